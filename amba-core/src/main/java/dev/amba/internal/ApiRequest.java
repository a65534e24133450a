package dev.amba.internal;

import dev.amba.RequestOptions;
import java.util.Map;

/**
 * One logical call, as the transports see it. Retries resend exactly this value, so the body, the
 * request id and any idempotency key are the same on every attempt.
 *
 * @param path from the API root, e.g. {@code /v1/client/events}; already encoded
 * @param query unencoded names and values, in order
 * @param body JSON bytes, or null for no body
 * @param retrySafe whether repeating the call after it may have reached the server is harmless
 */
public record ApiRequest(
    String method,
    String path,
    Map<String, String> query,
    byte[] body,
    Scope scope,
    boolean retrySafe,
    String requestId,
    RequestOptions options) {

  /** Whether the method itself is idempotent, so any retry is harmless. */
  static boolean idempotentMethod(String method) {
    return switch (method) {
      case "GET", "HEAD", "PUT", "DELETE", "OPTIONS" -> true;
      default -> false;
    };
  }

  @Override
  public String toString() {
    return method + " " + path + " (request id " + requestId + ")";
  }
}
