package dev.amba.events;

import dev.amba.AmbaException;

/** The pipeline's queue stayed full for the offer timeout; the event was not taken. */
public class EventPipelineFullException extends AmbaException {

  /**
   * An exception saying how long the pipeline waited for room.
   *
   * @param message what was refused and for how long the queue stayed full
   */
  public EventPipelineFullException(String message) {
    super(message);
  }
}
