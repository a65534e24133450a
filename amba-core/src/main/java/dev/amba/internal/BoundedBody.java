package dev.amba.internal;

import java.io.IOException;
import java.net.http.HttpResponse;
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
final class BoundedBody implements HttpResponse.BodySubscriber<byte[]> {

  /** Thrown through the transport when an answer is larger than the client accepts. */
  static final class TooLargeException extends IOException {
    TooLargeException(long limit) {
      super("the answer is larger than maxResponseBytes (" + limit + " bytes)");
    }
  }

  static HttpResponse.BodyHandler<byte[]> handler(long limit) {
    return info -> new BoundedBody(limit, info.headers().firstValueAsLong("Content-Length").orElse(-1));
  }

  private final long limit;
  private final CompletableFuture<byte[]> result = new CompletableFuture<>();
  private final List<ByteBuffer> parts = new ArrayList<>();
  private long size;
  private Flow.Subscription subscription;

  private final long declared;

  private BoundedBody(long limit, long declared) {
    this.limit = limit;
    this.declared = declared;
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
    s.request(Long.MAX_VALUE);
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
      subscription.cancel();
      result.completeExceptionally(new TooLargeException(limit));
    }
  }

  @Override
  public void onError(Throwable t) {
    parts.clear();
    result.completeExceptionally(t);
  }

  @Override
  public void onComplete() {
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
