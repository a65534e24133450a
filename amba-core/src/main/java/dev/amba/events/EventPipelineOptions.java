package dev.amba.events;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/** How an {@link EventPipeline} queues, batches and reports. Immutable; each setter returns a copy. */
public final class EventPipelineOptions {

  /** The most events one ingest request may carry. */
  public static final int MAX_BATCH_SIZE = 500;

  private final int capacity;
  private final int batchSize;
  private final Duration flushInterval;
  private final Duration offerTimeout;
  private final Duration closeTimeout;
  private final Duration maxRetryBackoff;
  private final Consumer<EventPipelineFailure> onFailure;

  private EventPipelineOptions(int capacity, int batchSize, Duration flushInterval, Duration offerTimeout,
      Duration closeTimeout, Duration maxRetryBackoff, Consumer<EventPipelineFailure> onFailure) {
    this.capacity = capacity;
    this.batchSize = batchSize;
    this.flushInterval = flushInterval;
    this.offerTimeout = offerTimeout;
    this.closeTimeout = closeTimeout;
    this.maxRetryBackoff = maxRetryBackoff;
    this.onFailure = onFailure;
  }

  /**
   * 10,000 queued events, batches of 500, sent at least every second, callers blocked at most 5 s
   * on a full queue, 30 s to drain on close, retries at most 5 s apart, failures logged at WARNING.
   *
   * @return the default options
   */
  public static EventPipelineOptions defaults() {
    return new EventPipelineOptions(10_000, MAX_BATCH_SIZE, Duration.ofSeconds(1), Duration.ofSeconds(5),
        Duration.ofSeconds(30), Duration.ofSeconds(5), null);
  }

  /**
   * How many accepted events the queue holds before {@code track} waits.
   *
   * @param capacity the queue's size, at least 1
   * @return a copy with this capacity
   * @throws IllegalArgumentException if {@code capacity} is less than 1
   */
  public EventPipelineOptions capacity(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
    }
    return new EventPipelineOptions(capacity, batchSize, flushInterval, offerTimeout, closeTimeout, maxRetryBackoff, onFailure);
  }

  /**
   * How many events one ingest request carries at most.
   *
   * @param batchSize the batch size, 1 to {@value #MAX_BATCH_SIZE}
   * @return a copy with this batch size
   * @throws IllegalArgumentException for a size outside 1 to {@value #MAX_BATCH_SIZE}
   */
  public EventPipelineOptions batchSize(int batchSize) {
    if (batchSize < 1 || batchSize > MAX_BATCH_SIZE) {
      throw new IllegalArgumentException("batchSize must be 1.." + MAX_BATCH_SIZE + ", got " + batchSize);
    }
    return new EventPipelineOptions(capacity, batchSize, flushInterval, offerTimeout, closeTimeout, maxRetryBackoff, onFailure);
  }

  /**
   * A partial batch waits at most this long before it is sent.
   *
   * @param flushInterval the duration, positive
   * @return a copy with this setting
   * @throws NullPointerException if {@code flushInterval} is null
   * @throws IllegalArgumentException if {@code flushInterval} is zero or negative
   */
  public EventPipelineOptions flushInterval(Duration flushInterval) {
    return new EventPipelineOptions(capacity, batchSize, positive(flushInterval, "flushInterval"), offerTimeout,
        closeTimeout, maxRetryBackoff, onFailure);
  }

  /**
   * How long {@code track} waits for room in a full queue before it throws.
   *
   * @param offerTimeout the wait, zero or positive; zero never waits
   * @return a copy with this timeout
   * @throws NullPointerException if {@code offerTimeout} is null
   * @throws IllegalArgumentException if {@code offerTimeout} is negative
   */
  public EventPipelineOptions offerTimeout(Duration offerTimeout) {
    Objects.requireNonNull(offerTimeout, "offerTimeout");
    if (offerTimeout.isNegative()) {
      throw new IllegalArgumentException("offerTimeout must not be negative, got " + offerTimeout);
    }
    return new EventPipelineOptions(capacity, batchSize, flushInterval, offerTimeout, closeTimeout, maxRetryBackoff, onFailure);
  }

  /**
   * How long {@code close()} keeps delivering before it reports the rest as failed.
   *
   * @param closeTimeout the duration, positive
   * @return a copy with this setting
   * @throws NullPointerException if {@code closeTimeout} is null
   * @throws IllegalArgumentException if {@code closeTimeout} is zero or negative
   */
  public EventPipelineOptions closeTimeout(Duration closeTimeout) {
    return new EventPipelineOptions(capacity, batchSize, flushInterval, offerTimeout, positive(closeTimeout, "closeTimeout"),
        maxRetryBackoff, onFailure);
  }

  /**
   * The longest wait between two attempts at a failing batch (full jitter below it).
   *
   * @param maxRetryBackoff the duration, positive
   * @return a copy with this setting
   * @throws NullPointerException if {@code maxRetryBackoff} is null
   * @throws IllegalArgumentException if {@code maxRetryBackoff} is zero or negative
   */
  public EventPipelineOptions maxRetryBackoff(Duration maxRetryBackoff) {
    return new EventPipelineOptions(capacity, batchSize, flushInterval, offerTimeout, closeTimeout,
        positive(maxRetryBackoff, "maxRetryBackoff"), onFailure);
  }

  /**
   * Called on the sender thread for every batch that failed or was retried; must not block for long.
   * {@code flush()} and {@code close()} of the pipeline throw {@link IllegalStateException} when called
   * from it. Whatever it throws is ignored (the first time, logged without its message).
   *
   * @param onFailure the callback, replacing the default WARNING log line
   * @return a copy with this callback
   * @throws NullPointerException if {@code onFailure} is null
   */
  public EventPipelineOptions onFailure(Consumer<EventPipelineFailure> onFailure) {
    return new EventPipelineOptions(capacity, batchSize, flushInterval, offerTimeout, closeTimeout, maxRetryBackoff,
        Objects.requireNonNull(onFailure, "onFailure"));
  }

  /**
   * The queue's size.
   *
   * @return how many accepted events the queue holds, at least 1
   */
  public int capacity() {
    return capacity;
  }

  /**
   * The largest batch.
   *
   * @return events per ingest request at most, 1 to {@value #MAX_BATCH_SIZE}
   */
  public int batchSize() {
    return batchSize;
  }

  /**
   * The longest a partial batch waits.
   *
   * @return the flush interval, positive
   */
  public Duration flushInterval() {
    return flushInterval;
  }

  /**
   * How long {@code track} waits on a full queue.
   *
   * @return the offer timeout, zero (never wait) or positive
   */
  public Duration offerTimeout() {
    return offerTimeout;
  }

  /**
   * How long {@code close()} keeps delivering.
   *
   * @return the close timeout, positive
   */
  public Duration closeTimeout() {
    return closeTimeout;
  }

  /**
   * The longest wait between two attempts at a failing batch.
   *
   * @return the retry backoff cap, positive
   */
  public Duration maxRetryBackoff() {
    return maxRetryBackoff;
  }

  /**
   * The failure callback.
   *
   * @return the callback, or null for the default (a WARNING log line per failure)
   */
  public Consumer<EventPipelineFailure> onFailure() {
    return onFailure;
  }

  private static Duration positive(Duration d, String name) {
    Objects.requireNonNull(d, name);
    if (d.isZero() || d.isNegative()) {
      throw new IllegalArgumentException(name + " must be positive, got " + d);
    }
    return d;
  }

  @Override
  public String toString() {
    return "EventPipelineOptions{capacity=" + capacity + ", batchSize=" + batchSize + ", flushInterval=" + flushInterval
        + ", offerTimeout=" + offerTimeout + ", closeTimeout=" + closeTimeout + '}';
  }
}
