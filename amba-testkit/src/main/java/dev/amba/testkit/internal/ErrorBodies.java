package dev.amba.testkit.internal;

import jakarta.json.JsonObject;

/** The typed error form of amba-api.md section 3, the only error form the emulator writes. */
public final class ErrorBodies {
  private ErrorBodies() {}

  /** The error kind is a function of the status alone, so SDKs can rely on it. */
  public static String kindFor(int status) {
    switch (status) {
      case 401:
      case 403:
        return "auth";
      case 404:
        return "not_found";
      case 400:
      case 409:
      case 413:
      case 422:
        return "validation";
      case 429:
        return "rate_limit";
      case 503:
        return "tenant_unavailable";
      default:
        return "internal";
    }
  }

  /** The code an injected fault carries when the test asked only for a status. */
  public static String defaultCodeFor(int status) {
    switch (status) {
      case 400: return "invalid_argument";
      case 401: return "invalid_token";
      case 402: return "tier_quota_exceeded";
      case 403: return "forbidden";
      case 404: return "not_found";
      case 405: return "method_not_allowed";
      case 408: return "request_timeout";
      case 409: return "conflict";
      case 413: return "payload_too_large";
      case 422: return "unprocessable_entity";
      case 429: return "rate_limited";
      case 500: return "internal";
      case 502: return "bad_gateway";
      case 503: return "tenant_unavailable";
      case 504: return "gateway_timeout";
      default: return "http_" + status;
    }
  }

  public static JsonObject body(
      int status, String code, String message, String requestId, JsonObject details) {
    return JsonIo.object()
        .add(
            "error",
            JsonIo.object()
                .add("kind", kindFor(status))
                .add("code", code)
                .add("status", status)
                .add("message", message == null ? "" : message)
                .add("request_id", requestId)
                .add("details", details))
        .build();
  }
}
