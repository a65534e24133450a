package dev.amba.testkit;

import dev.amba.testkit.internal.FaultAction;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One kind of failure the emulator can inject, for {@link Faults#next(int, Fault)} and {@link
 * Faults#randomly(double, long, Fault...)}. Immutable.
 */
public final class Fault {

  private final FaultAction action;
  private final String description;

  private Fault(FaultAction action, String description) {
    this.action = action;
    this.description = description;
  }

  /**
   * The emulator's typed error body for this status (400..599), with an {@code X-Request-Id}.
   *
   * @param status the HTTP status, 400 to 599
   * @return the fault, to pass to {@link Faults#next(int, Fault)} or {@link Faults#randomly(double, long, Fault...)}
   * @throws IllegalArgumentException if {@code status} is out of range
   */
  public static Fault status(int status) {
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("status must be from 400 to 599: " + status);
    }
    return new Fault(new FaultAction.TypedError(status), "status " + status);
  }

  /**
   * Exactly this status (200..599), body and headers, nothing added.
   *
   * @param status the HTTP status, 200 to 599
   * @param body the body, sent as UTF-8; null for none
   * @param headers the answer's headers; null for none
   * @return the fault, to pass to {@link Faults#next(int, Fault)} or {@link Faults#randomly(double, long, Fault...)}
   * @throws IllegalArgumentException if {@code status} is out of range
   */
  public static Fault raw(int status, String body, Map<String, String> headers) {
    return raw(status, (body == null ? "" : body).getBytes(java.nio.charset.StandardCharsets.UTF_8), headers);
  }

  /**
   * Exactly these bytes as the body (which need not be UTF-8, nor JSON), with this status and headers.
   *
   * @param status the HTTP status, 200 to 599
   * @param body the body's bytes; null for none
   * @param headers the answer's headers; null for none
   * @return the fault, to pass to {@link Faults#next(int, Fault)} or {@link Faults#randomly(double, long, Fault...)}
   * @throws IllegalArgumentException if {@code status} is out of range
   */
  public static Fault raw(int status, byte[] body, Map<String, String> headers) {
    if (status < 200 || status > 599) {
      throw new IllegalArgumentException("status must be from 200 to 599: " + status);
    }
    Map<String, String> copy = new LinkedHashMap<>();
    if (headers != null) {
      headers.forEach((k, v) -> copy.put(Objects.requireNonNull(k), Objects.requireNonNull(v)));
    }
    return new Fault(new FaultAction.RawAnswer(status, body == null ? new byte[0] : body, copy), "raw " + status);
  }

  /**
   * 429 with {@code Retry-After} (whole seconds) and the same wait in the body.
   *
   * @param retryAfter the wait the answer asks for, rounded to whole seconds in the header
   * @return the fault, to pass to {@link Faults#next(int, Fault)} or {@link Faults#randomly(double, long, Fault...)}
   * @throws IllegalArgumentException if {@code retryAfter} is negative
   */
  public static Fault rateLimited(Duration retryAfter) {
    Objects.requireNonNull(retryAfter, "retryAfter");
    if (retryAfter.isNegative()) {
      throw new IllegalArgumentException("retryAfter must not be negative: " + retryAfter);
    }
    return new Fault(new FaultAction.RateLimited(retryAfter), "429 retry-after " + retryAfter);
  }

  /**
   * Holds the request this long, then handles it normally.
   *
   * @param delay how long the request waits before it is handled
   * @return the fault, to pass to {@link Faults#next(int, Fault)} or {@link Faults#randomly(double, long, Fault...)}
   * @throws IllegalArgumentException if {@code delay} is negative
   */
  public static Fault delay(Duration delay) {
    Objects.requireNonNull(delay, "delay");
    if (delay.isNegative()) {
      throw new IllegalArgumentException("delay must not be negative: " + delay);
    }
    return new Fault(new FaultAction.Delay(delay), "delay " + delay);
  }

  /**
   * Resets the connection before the request is handled: nothing is stored.
   *
   * @return the fault, to pass to {@link Faults#next(int, Fault)} or {@link Faults#randomly(double, long, Fault...)}
   */
  public static Fault resetBeforeHandling() {
    return new Fault(new FaultAction.Drop(), "reset before handling");
  }

  /**
   * Handles the request (its effects are stored), then resets the connection: the client never learns it worked.
   *
   * @return the fault, to pass to {@link Faults#next(int, Fault)} or {@link Faults#randomly(double, long, Fault...)}
   */
  public static Fault resetAfterHandling() {
    return new Fault(new FaultAction.DropAfterHandling(), "reset after handling");
  }

  /**
   * Handles the request, then sends only half of the answer's body and closes the connection.
   *
   * @return the fault, to pass to {@link Faults#next(int, Fault)} or {@link Faults#randomly(double, long, Fault...)}
   */
  public static Fault truncatedBody() {
    return new Fault(new FaultAction.TruncatedBody(), "truncated body");
  }

  /**
   * Answers 200 with a body that never ends, until the client gives up (at most a minute).
   *
   * @return the fault, to pass to {@link Faults#next(int, Fault)} or {@link Faults#randomly(double, long, Fault...)}
   */
  public static Fault endlessBody() {
    return new Fault(new FaultAction.EndlessBody(), "endless body");
  }

  FaultAction action() {
    return action;
  }

  @Override
  public String toString() {
    return "Fault[" + description + "]";
  }
}
