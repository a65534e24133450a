package dev.amba;

import java.time.Duration;
import java.util.Map;

/** Status 429: too many requests; {@link #retryAfter()} says how long to wait. */
public class AmbaRateLimitException extends AmbaApiException {

  /**
   * An error answer, as the SDK builds it from the response (status 429).
   *
   * @param status the HTTP status of the answer
   * @param code the server's error code, verbatim; may be null when the body named none
   * @param serverMessage the server's message, without status, code or request id
   * @param requestId the request id the server reported, or the one the SDK sent
   * @param details the error's {@code details} object; null reads as empty
   * @param retryAfter how long the server asked the caller to wait, or null
   */
  public AmbaRateLimitException(
      int status, String code, String serverMessage, String requestId, Map<String, Object> details, Duration retryAfter) {
    super(status, code, serverMessage, requestId, details, retryAfter);
  }
}
