package dev.amba.internal;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a size limit, so a runaway answer (a 100 MB error page, a stream
 * that never ends) fails the call with a clear error instead of filling the heap.
 */
final class BoundedBody implements HttpResponse.BodySubscriber<byte[]>, BodyDeadlines.Watched {

  /** Thrown through the transport when an answer is larger than the client accepts. */
  static boolean isTooLarge(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof TooLargeException) {
        return true;
      }
    }
    return false;
  }

  static final class TooLargeException extends IOException {
    TooLargeException(long limit) {
      super("the answer is larger than maxResponseBytes (" + limit + " bytes)");
    }
  }

  /**
   * @param deadlineNanos the {@link System#nanoTime()} by which the whole body must have arrived
   */
  static HttpResponse.BodyHandler<byte[]> handler(long limit, long deadlineNanos, BodyDeadlines deadlines) {
    return info -> new BoundedBody(limit, info.headers().firstValueAsLong("Content-Length").orElse(-1),
        deadlineNanos, deadlines);
  }

  private final long limit;
  private final CompletableFuture<byte[]> result = new CompletableFuture<>();
  private final List<ByteBuffer> parts = new ArrayList<>();
  private long size;
  private Flow.Subscription subscription;

  private final long declared;
  private final long deadlineNanos;
  private final BodyDeadlines deadlines;

  private BoundedBody(long limit, long declared, long deadlineNanos, BodyDeadlines deadlines) {
    this.limit = limit;
    this.declared = declared;
    this.deadlineNanos = deadlineNanos;
    this.deadlines = deadlines;
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return result;
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    this.subscription = s;
    if (declared > limit) {
      // Refuse before reading a byte of it.
      s.cancel();
      result.completeExceptionally(new TooLargeException(limit));
      return;
    }
    if (declared != 0) {
      long remaining = deadlineNanos - System.nanoTime();
      if (remaining <= 0) {
        timeOut();
        return;
      }
      deadlines.watch(this);
    }
    s.request(Long.MAX_VALUE);
  }

  @Override
  public long deadlineNanos() {
    return deadlineNanos;
  }

  @Override
  public void timeOut() {
    if (result.completeExceptionally(new HttpTimeoutException("the answer's body did not arrive in time"))) {
      subscription.cancel();
    }
  }

  private void stopTimer() {
    deadlines.unwatch(this);
  }

  @Override
  public void onNext(List<ByteBuffer> items) {
    if (result.isDone()) {
      return;
    }
    for (ByteBuffer b : items) {
      size += b.remaining();
      parts.add(b);
    }
    if (size > limit) {
      parts.clear();
      stopTimer();
      subscription.cancel();
      result.completeExceptionally(new TooLargeException(limit));
    }
  }

  @Override
  public void onError(Throwable t) {
    stopTimer();
    parts.clear();
    result.completeExceptionally(t);
  }

  @Override
  public void onComplete() {
    stopTimer();
    if (result.isDone()) {
      parts.clear();
      return;
    }
    byte[] out = new byte[(int) size];
    int at = 0;
    for (ByteBuffer b : parts) {
      int n = b.remaining();
      b.get(out, at, n);
      at += n;
    }
    parts.clear();
    result.complete(out);
  }
}
