package dev.amba;

import java.time.Duration;
import java.util.Map;

/** Status 401: a key or session was missing or not accepted. */
public class AmbaAuthenticationException extends AmbaApiException {

  public AmbaAuthenticationException(
      int status, String code, String serverMessage, String requestId, Map<String, Object> details, Duration retryAfter) {
    super(status, code, serverMessage, requestId, details, retryAfter);
  }
}
