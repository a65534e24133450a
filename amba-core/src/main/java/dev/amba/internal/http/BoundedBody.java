package dev.amba.internal.http;

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

  /**
   * Whether the call failed on an answer refused for its shape (too large, no trustworthy length):
   * a repeat would only bring the same answer again.
   */
  static boolean isRefused(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof RefusedAnswer) {
        return true;
      }
    }
    return false;
  }

  /** Thrown through the transport for an answer the client will not read. */
  abstract static class RefusedAnswer extends IOException {
    RefusedAnswer(String message) {
      super(message);
    }
  }

  static final class TooLargeException extends RefusedAnswer {
    TooLargeException(long limit) {
      super("the answer is larger than maxResponseBytes (" + limit + " bytes)");
    }
  }

  /**
   * Content-Length headers that disagree leave no length to trust: the JDK reads by the first, a
   * proxy may have framed by another, and the bytes after the answer may belong to no answer at all.
   */
  static final class ConflictingLengthException extends RefusedAnswer {
    ConflictingLengthException(String lengths) {
      super("the answer's Content-Length headers disagree or are not lengths (" + lengths + ")");
    }

    /** The JDK itself failed to read the length, as a NumberFormatException. */
    ConflictingLengthException(NumberFormatException jdk) {
      super("the answer's Content-Length is not one length (" + cut(jdk.getMessage()) + ")");
      initCause(jdk);
    }
  }

  /** The JDK reads Content-Length as a number before any body handler runs; what it cannot read fails so. */
  static NumberFormatException unreadableLength(IllegalArgumentException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof NumberFormatException n) {
        return n;
      }
    }
    return null;
  }

  /**
   * @param deadlineNanos the {@link System#nanoTime()} by which the whole body must have arrived
   */
  static HttpResponse.BodyHandler<byte[]> handler(long limit, long deadlineNanos, BodyDeadlines deadlines) {
    return info -> {
      long declared;
      try {
        declared = declaredLength(info.headers().allValues("Content-Length"));
      } catch (ConflictingLengthException e) {
        return new BoundedBody(limit, -1, deadlineNanos, deadlines, e);
      }
      return new BoundedBody(limit, declared, deadlineNanos, deadlines, null);
    };
  }

  /** The one length all Content-Length values (each possibly a list, RFC 9110 8.6) agree on, or -1 for none. */
  static long declaredLength(List<String> values) throws ConflictingLengthException {
    long length = -1;
    for (String value : values) {
      for (String member : value.split(",", -1)) {
        String m = member.strip();
        if (m.isEmpty() || m.length() > 18 || !digits(m)) {
          throw new ConflictingLengthException(shown(values));
        }
        long n = Long.parseLong(m);
        if (length != -1 && n != length) {
          throw new ConflictingLengthException(shown(values));
        }
        length = n;
      }
    }
    return length;
  }

  // A loop, not chars().allMatch: on every answer, and the first stream pipeline of a JVM loads two
  // dozen classes its first call would wait for.
  private static boolean digits(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static String shown(List<String> values) {
    return cut(String.join(" / ", values));
  }

  private static String cut(String s) {
    return s == null || s.length() <= 80 ? s : s.substring(0, 80) + "…";
  }

  private final long limit;
  private final CompletableFuture<byte[]> result = new CompletableFuture<>();
  private final List<ByteBuffer> parts = new ArrayList<>();
  private long size;
  private Flow.Subscription subscription;

  private final long declared;
  private final long deadlineNanos;
  private final BodyDeadlines deadlines;

  /** Non-null when the answer is refused from its headers alone. */
  private final IOException refusal;

  private BoundedBody(long limit, long declared, long deadlineNanos, BodyDeadlines deadlines, IOException refusal) {
    this.refusal = refusal;
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
    if (refusal != null || declared > limit) {
      // Refuse before reading a byte of it.
      s.cancel();
      result.completeExceptionally(refusal != null ? refusal : new TooLargeException(limit));
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
