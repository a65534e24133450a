package dev.amba;

import java.time.Duration;
import java.util.Map;

/** Status 409: the request conflicts with the current state (exists already, already sent). */
public class AmbaConflictException extends AmbaApiException {

  /**
   * An exception for one error answer; the SDK makes these from the answer, tests may too.
   *
   * @param status the HTTP status
   * @param code the server's error code, verbatim
   * @param serverMessage the server's human-readable message
   * @param requestId the request id the server reported, or the one the SDK sent
   * @param details the error's {@code details} object; null reads as empty
   * @param retryAfter how long the server asked the caller to wait, or null
   */
  public AmbaConflictException(
      int status, String code, String serverMessage, String requestId, Map<String, Object> details, Duration retryAfter) {
    super(status, code, serverMessage, requestId, details, retryAfter);
  }
}
