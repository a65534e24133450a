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
   * on a full queue, 30 s to drain on close, failures logged at WARNING.
   *
   * @return the default options, to adjust with the other methods
   */
  public static EventPipelineOptions defaults() {
    return new EventPipelineOptions(10_000, MAX_BATCH_SIZE, Duration.ofSeconds(1), Duration.ofSeconds(5),
        Duration.ofSeconds(30), Duration.ofSeconds(5), null);
  }

  /**
   * How many events the queue holds before {@code track} waits.
   *
   * @param capacity the queue's size, at least 1
   * @return a copy of these options with that capacity
   * @throws IllegalArgumentException when {@code capacity} is below 1
   */
  public EventPipelineOptions capacity(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
    }
    return new EventPipelineOptions(capacity, batchSize, flushInterval, offerTimeout, closeTimeout, maxRetryBackoff, onFailure);
  }

  /**
   * The most events the sender puts in one ingest request.
   *
   * @param batchSize 1 to {@value #MAX_BATCH_SIZE}
   * @return a copy of these options with that batch size
   * @throws IllegalArgumentException when {@code batchSize} is outside 1 to {@value #MAX_BATCH_SIZE}
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
   * @param flushInterval the longest wait; positive
   * @return a copy of these options with that interval
   * @throws NullPointerException when {@code flushInterval} is null
   * @throws IllegalArgumentException when {@code flushInterval} is zero or negative
   */
  public EventPipelineOptions flushInterval(Duration flushInterval) {
    return new EventPipelineOptions(capacity, batchSize, positive(flushInterval, "flushInterval"), offerTimeout,
        closeTimeout, maxRetryBackoff, onFailure);
  }

  /**
   * How long {@code track} waits for room in a full queue before it throws. Zero: never wait.
   *
   * @param offerTimeout the longest wait; zero or positive
   * @return a copy of these options with that timeout
   * @throws NullPointerException when {@code offerTimeout} is null
   * @throws IllegalArgumentException when {@code offerTimeout} is negative
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
   * @param closeTimeout the longest drain on close; positive
   * @return a copy of these options with that timeout
   * @throws NullPointerException when {@code closeTimeout} is null
   * @throws IllegalArgumentException when {@code closeTimeout} is zero or negative
   */
  public EventPipelineOptions closeTimeout(Duration closeTimeout) {
    return new EventPipelineOptions(capacity, batchSize, flushInterval, offerTimeout, positive(closeTimeout, "closeTimeout"),
        maxRetryBackoff, onFailure);
  }

  /**
   * The longest wait between two attempts at a failing batch (full jitter below it).
   *
   * @param maxRetryBackoff the cap on the wait; positive
   * @return a copy of these options with that cap
   * @throws NullPointerException when {@code maxRetryBackoff} is null
   * @throws IllegalArgumentException when {@code maxRetryBackoff} is zero or negative
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
   * @param onFailure the callback, in place of the default WARNING log line
   * @return a copy of these options with the callback
   * @throws NullPointerException when {@code onFailure} is null
   */
  public EventPipelineOptions onFailure(Consumer<EventPipelineFailure> onFailure) {
    return new EventPipelineOptions(capacity, batchSize, flushInterval, offerTimeout, closeTimeout, maxRetryBackoff,
        Objects.requireNonNull(onFailure, "onFailure"));
  }

  /**
   * How many events the queue holds.
   *
   * @return the capacity; 10,000 by default
   */
  public int capacity() {
    return capacity;
  }

  /**
   * The most events per ingest request.
   *
   * @return the batch size; {@value #MAX_BATCH_SIZE} by default
   */
  public int batchSize() {
    return batchSize;
  }

  /**
   * How long a partial batch waits.
   *
   * @return the interval; one second by default
   */
  public Duration flushInterval() {
    return flushInterval;
  }

  /**
   * How long {@code track} waits on a full queue.
   *
   * @return the timeout, possibly zero; five seconds by default
   */
  public Duration offerTimeout() {
    return offerTimeout;
  }

  /**
   * How long {@code close()} keeps delivering.
   *
   * @return the timeout; 30 seconds by default
   */
  public Duration closeTimeout() {
    return closeTimeout;
  }

  /**
   * The cap on the wait between attempts at a failing batch.
   *
   * @return the cap; five seconds by default
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
