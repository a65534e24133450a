package dev.amba.events;

import dev.amba.AmbaException;

/** The pipeline's queue stayed full for the offer timeout; the event was not taken. */
public class EventPipelineFullException extends AmbaException {

  /**
   * An exception with this message.
   *
   * @param message what was full and for how long; never the event's content
   */
  public EventPipelineFullException(String message) {
    super(message);
  }
}
