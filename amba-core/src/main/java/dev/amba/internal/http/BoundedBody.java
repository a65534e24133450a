package dev.amba.internal.http;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Collects a response body up to a size limit, so a runaway answer (a 100 MB error page, a stream
 * that never ends) fails the call with a clear error instead of filling the heap.
 *
 * <p>It reaches the JDK through {@link HttpResponse.BodySubscribers#fromSubscriber}, not as a body
 * subscriber of its own: the JDK trusts its own adapters and calls their {@code getBody()} in place,
 * while for any other subscriber it first hands the call to the client's executor, a thread hop per
 * answer that cost 4-5% of throughput with 64 callers on 2 cores (benchmarks, "Load"). The adapter
 * completes only on the JDK's onComplete or onError, so a refusal of ours (too large, too slow)
 * signals onError to the adapter itself, then cancels the subscription.
 */
final class BoundedBody implements Flow.Subscriber<List<ByteBuffer>>, BodyDeadlines.Watched {

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
      BoundedBody body;
      try {
        body = new BoundedBody(limit, declaredLength(info.headers().allValues("Content-Length")), deadlineNanos,
            deadlines, null);
      } catch (ConflictingLengthException e) {
        body = new BoundedBody(limit, -1, deadlineNanos, deadlines, e);
      }
      body.adapter = HttpResponse.BodySubscribers.fromSubscriber(body, BoundedBody::bytes);
      return body.adapter;
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
  private final List<ByteBuffer> parts = new ArrayList<>();
  private long size;
  private Flow.Subscription subscription;
  /** What the JDK holds; failing it is how a refusal of ours ends the call. */
  private HttpResponse.BodySubscriber<byte[]> adapter;
  /** Set once the call has an outcome, whoever decided it: the JDK, the size limit or the deadline. */
  private final AtomicBoolean finished = new AtomicBoolean();

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
  public void onSubscribe(Flow.Subscription s) {
    this.subscription = s;
    if (refusal != null || declared > limit) {
      // Refuse before reading a byte of it.
      refuse(refusal != null ? refusal : new TooLargeException(limit));
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

  /** Called by the deadline sweeper's thread, possibly while the JDK is delivering a part. */
  @Override
  public void timeOut() {
    refuse(new HttpTimeoutException("the answer's body did not arrive in time"));
  }

  private void refuse(IOException why) {
    if (finished.compareAndSet(false, true)) {
      deadlines.unwatch(this);
      // The outcome first, then the cancel: from Java 21 a cancelled exchange can fail the call with
      // an error of the JDK's own before ours arrives (seen on 25 for the deadline). The adapter
      // passes this to onError below, which finds the call finished.
      adapter.onError(why);
      subscription.cancel();
    }
  }

  @Override
  public void onNext(List<ByteBuffer> items) {
    if (finished.get()) {
      return;
    }
    for (ByteBuffer b : items) {
      size += b.remaining();
      parts.add(b);
    }
    if (size > limit) {
      parts.clear();
      refuse(new TooLargeException(limit));
    }
  }

  @Override
  public void onError(Throwable t) {
    // The parts are left to the collector: the sweeper's thread may get here while onNext runs.
    if (finished.compareAndSet(false, true)) {
      deadlines.unwatch(this);
    }
  }

  @Override
  public void onComplete() {
    if (finished.compareAndSet(false, true)) {
      deadlines.unwatch(this);
    } else {
      // Refused first: the adapter's outcome is already the refusal, and its finisher builds nothing.
      parts.clear();
      size = 0;
    }
  }

  /** The adapter's finisher, run after onComplete; ignored by the adapter when the call was refused. */
  private byte[] bytes() {
    byte[] out = new byte[(int) size];
    int at = 0;
    for (ByteBuffer b : parts) {
      int n = b.remaining();
      b.get(out, at, n);
      at += n;
    }
    parts.clear();
    return out;
  }
}
