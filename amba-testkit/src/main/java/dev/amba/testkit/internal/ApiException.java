package dev.amba.testkit.internal;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Map;

/**
 * An answer the API gives on purpose: thrown anywhere below the server, turned into the typed
 * error body in exactly one place ({@link EmulatorServer}).
 */
public final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;
  private final transient JsonObject details;
  private final transient Map<String, String> headers;

  public ApiException(int status, String code, String message) {
    this(status, code, message, JsonValue.EMPTY_JSON_OBJECT, Map.of());
  }

  public ApiException(int status, String code, String message, JsonObject details) {
    this(status, code, message, details, Map.of());
  }

  public ApiException(
      int status, String code, String message, JsonObject details, Map<String, String> headers) {
    // No stack trace: these are answers, not bugs, and some paths throw many of them.
    super(message, null, false, false);
    this.status = status;
    this.code = code;
    this.details = details == null ? JsonValue.EMPTY_JSON_OBJECT : details;
    this.headers = Map.copyOf(headers);
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public JsonObject details() {
    return details;
  }

  public Map<String, String> headers() {
    return headers;
  }

  public static ApiException notFound(String code, String message) {
    return new ApiException(404, code, message);
  }

  public static ApiException badRequest(String code, String message) {
    return new ApiException(400, code, message);
  }

  public static ApiException unauthorized(String code, String message) {
    return new ApiException(401, code, message);
  }

  public static ApiException forbidden(String code, String message) {
    return new ApiException(403, code, message);
  }
}
