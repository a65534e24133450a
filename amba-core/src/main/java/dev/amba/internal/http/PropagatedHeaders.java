package dev.amba.internal.http;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What a listener may add to a call's requests (trace context such as {@code traceparent}): any
 * well-formed header except those the SDK sets itself, so a listener can neither replace a
 * credential, the request id or the idempotency key, nor add a header the JDK refuses.
 */
final class PropagatedHeaders {

  private PropagatedHeaders() {}

  static final int MAX_VALUE = 8192;

  // X decision: a deny list, not an allow list, so a propagator's own headers (b3, baggage, vendor
  // ones) pass; every name here is one the SDK or the JDK owns.
  private static final Set<String> RESERVED = Set.of("authorization", "x-api-key", "x-request-id",
      "idempotency-key", "x-sdk-version", "user-agent", "accept", "content-type", "if-none-match",
      "host", "connection", "content-length", "expect", "upgrade", "te", "transfer-encoding");

  /** {@code name}, when it and {@code value} may be sent. */
  static String check(String name, String value) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    if (name.isEmpty() || !name.chars().allMatch(PropagatedHeaders::tokenChar)) {
      throw new IllegalArgumentException("HeaderSink: a header name must be an HTTP token");
    }
    String lower = name.toLowerCase(Locale.ROOT);
    if (RESERVED.contains(lower) || lower.startsWith("x-amba-")) {
      throw new IllegalArgumentException("HeaderSink: " + name + " is set by the SDK and cannot be added");
    }
    // The value is not quoted in the message: it is the listener's, and may be anything.
    if (value.length() > MAX_VALUE || !value.chars().allMatch(c -> c == '\t' || (c >= ' ' && c < 127))) {
      throw new IllegalArgumentException("HeaderSink: the value of " + name
          + " must be at most " + MAX_VALUE + " visible ASCII characters, spaces or tabs");
    }
    return name;
  }

  private static boolean tokenChar(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
  }
}
