package dev.amba.events;

import dev.amba.AmbaException;

/** The pipeline's queue stayed full for the offer timeout; the event was not taken. */
public class EventPipelineFullException extends AmbaException {

  public EventPipelineFullException(String message) {
    super(message);
  }
}
