package dev.amba.events;

import java.util.List;

/**
 * A batch that did not get through.
 *
 * @param events the events of the batch, each with its user, time and id: passing them to {@link
 *     ProjectEvents#ingest} later stores each at most once
 * @param cause why it failed
 * @param willRetry true when the pipeline tries the batch again; false when it gave up on it
 */
public record EventPipelineFailure(List<IngestEvent> events, RuntimeException cause, boolean willRetry) {

  /**
   * Copies {@code events}, so later changes to the caller's list do not show.
   *
   * @param events the events of the batch
   * @param cause why it failed
   * @param willRetry whether the pipeline tries the batch again
   * @throws NullPointerException if {@code events} or one of its elements is null
   */
  public EventPipelineFailure {
    events = List.copyOf(events);
  }
}
