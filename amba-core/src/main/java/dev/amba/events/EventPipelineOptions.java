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
   */
  public static EventPipelineOptions defaults() {
    return new EventPipelineOptions(10_000, MAX_BATCH_SIZE, Duration.ofSeconds(1), Duration.ofSeconds(5),
        Duration.ofSeconds(30), Duration.ofSeconds(5), null);
  }

  public EventPipelineOptions capacity(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
    }
    return new EventPipelineOptions(capacity, batchSize, flushInterval, offerTimeout, closeTimeout, maxRetryBackoff, onFailure);
  }

  public EventPipelineOptions batchSize(int batchSize) {
    if (batchSize < 1 || batchSize > MAX_BATCH_SIZE) {
      throw new IllegalArgumentException("batchSize must be 1.." + MAX_BATCH_SIZE + ", got " + batchSize);
    }
    return new EventPipelineOptions(capacity, batchSize, flushInterval, offerTimeout, closeTimeout, maxRetryBackoff, onFailure);
  }

  /** A partial batch waits at most this long before it is sent. */
  public EventPipelineOptions flushInterval(Duration flushInterval) {
    return new EventPipelineOptions(capacity, batchSize, positive(flushInterval, "flushInterval"), offerTimeout,
        closeTimeout, maxRetryBackoff, onFailure);
  }

  /** How long {@code track} waits for room in a full queue before it throws. Zero: never wait. */
  public EventPipelineOptions offerTimeout(Duration offerTimeout) {
    Objects.requireNonNull(offerTimeout, "offerTimeout");
    if (offerTimeout.isNegative()) {
      throw new IllegalArgumentException("offerTimeout must not be negative, got " + offerTimeout);
    }
    return new EventPipelineOptions(capacity, batchSize, flushInterval, offerTimeout, closeTimeout, maxRetryBackoff, onFailure);
  }

  /** How long {@code close()} keeps delivering before it reports the rest as failed. */
  public EventPipelineOptions closeTimeout(Duration closeTimeout) {
    return new EventPipelineOptions(capacity, batchSize, flushInterval, offerTimeout, positive(closeTimeout, "closeTimeout"),
        maxRetryBackoff, onFailure);
  }

  /** The longest wait between two attempts at a failing batch (full jitter below it). */
  public EventPipelineOptions maxRetryBackoff(Duration maxRetryBackoff) {
    return new EventPipelineOptions(capacity, batchSize, flushInterval, offerTimeout, closeTimeout,
        positive(maxRetryBackoff, "maxRetryBackoff"), onFailure);
  }

  /**
   * Called on the sender thread for every batch that failed or was retried; must not block for long.
   * {@code flush()} and {@code close()} of the pipeline throw {@link IllegalStateException} when called
   * from it. Whatever it throws is ignored (the first time, logged without its message).
   */
  public EventPipelineOptions onFailure(Consumer<EventPipelineFailure> onFailure) {
    return new EventPipelineOptions(capacity, batchSize, flushInterval, offerTimeout, closeTimeout, maxRetryBackoff,
        Objects.requireNonNull(onFailure, "onFailure"));
  }

  public int capacity() {
    return capacity;
  }

  public int batchSize() {
    return batchSize;
  }

  public Duration flushInterval() {
    return flushInterval;
  }

  public Duration offerTimeout() {
    return offerTimeout;
  }

  public Duration closeTimeout() {
    return closeTimeout;
  }

  public Duration maxRetryBackoff() {
    return maxRetryBackoff;
  }

  /** The failure callback, or null for the default (a WARNING log line per failure). */
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
