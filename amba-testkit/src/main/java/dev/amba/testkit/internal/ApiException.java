package dev.amba.testkit.internal;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An answer the API gives on purpose: thrown anywhere below the server, turned into the typed
 * error body in exactly one place ({@link EmulatorServer}).
 *
 * <p>Its code is lower_snake, checked here: the typed form spells codes that way (amba-api.md
 * section 3), and a route that drifts to Amba's documented UPPER_SNAKE fails at the throw, in the
 * route's own test, instead of in some client's exact-match comparison.
 */
public final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]*");

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
    if (code == null || !CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("code must be lower_snake (^[a-z][a-z0-9_]*$): " + code);
    }
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
