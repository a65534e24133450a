package dev.amba.events;

/**
 * A background sender for high event volumes: {@link #track} only enqueues; a sender thread
 * delivers batches of up to 500 events to the admin ingest route. Every event keeps its {@code
 * event_id} across retries, so the server stores it exactly once.
 *
 * <p>Nothing is dropped silently. When the queue is full, {@code track} waits up to {@link
 * EventPipelineOptions#offerTimeout()} and then throws {@link EventPipelineFullException}: the caller
 * still holds the event. A batch that fails for a reason worth retrying (no answer, 408, 429, 5xx) is
 * retried until it is delivered or the pipeline is closed; one the server refuses (another 4xx) is
 * handed to {@link EventPipelineOptions#onFailure} and counted in {@link #stats()}. {@link #close()}
 * delivers everything accepted before it (up to {@link EventPipelineOptions#closeTimeout()}); what
 * cannot be delivered by then is reported the same way. So is a batch whose sending threw anything
 * else (a caller's {@code HttpClient} failing oddly, an {@code Error}): the sender reports it as given
 * up, with what was thrown as the cause, and goes on with the next batch.
 *
 * <p>Thread-safe. Closed with its client, if not before.
 */
public interface EventPipeline extends AutoCloseable {

  /**
   * Enqueues one event for the user. Its time is the event's own timestamp, or now.
   *
   * @param uid the app user the event is recorded for
   * @param event the event, not null
   * @throws IllegalArgumentException for a bad uid, before anything is queued
   * @throws NullPointerException if {@code event} is null
   * @throws EventPipelineFullException when the queue stayed full for the offer timeout
   * @throws IllegalStateException after {@link #close()}
   */
  void track(String uid, Event event);

  /**
   * Blocks until every event accepted before this call is delivered or reported as failed.
   *
   * @throws IllegalStateException at once when called from the failure callback, which runs on the
   *     sender thread and would wait for itself
   */
  void flush();

  /**
   * A snapshot of the pipeline's counters; cheap, safe from any thread.
   *
   * @return the counters since the pipeline started
   */
  EventPipelineStats stats();

  /**
   * Stops accepting, delivers what was accepted, then stops the sender. Idempotent. Called from the
   * failure callback (the sender thread), it closes without waiting: the pipeline takes no more
   * events and delivers the rest once the callback returns.
   */
  @Override
  void close();
}
