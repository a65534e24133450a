package dev.amba;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The API answered with an error status. {@link #code()} is the server's code verbatim (both
 * {@code NOT_FOUND} and {@code not_found} styles occur); the subclass follows the status. The
 * message always carries the request id, which Amba support asks for.
 */
public class AmbaApiException extends AmbaException {

  private final int status;
  private final String code;
  private final String serverMessage;
  private final String requestId;
  private final Map<String, Object> details;
  private final Duration retryAfter;

  public AmbaApiException(
      int status, String code, String serverMessage, String requestId, Map<String, Object> details, Duration retryAfter) {
    super(status + " " + code + ": " + serverMessage + " (request id " + requestId + ")");
    this.status = status;
    this.code = code;
    this.serverMessage = serverMessage;
    this.requestId = requestId;
    this.details = details == null ? Map.of() : details;
    this.retryAfter = retryAfter;
  }

  public int status() {
    return status;
  }

  /** The server's error code, verbatim, e.g. {@code user_not_found}. */
  public String code() {
    return code;
  }

  /** The server's human-readable message, without status, code or request id. */
  public String serverMessage() {
    return serverMessage;
  }

  /** The request id the server reported (or the one the SDK sent, when the server named none). */
  public String requestId() {
    return requestId;
  }

  /** The error's {@code details} object, as plain maps, lists, strings, numbers and booleans. */
  public Map<String, Object> details() {
    return details;
  }

  /** How long the server asked the caller to wait, from {@code Retry-After} or the body. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
