package dev.amba;

import java.time.Duration;
import java.util.Map;

/** Status 429: too many requests; {@link #retryAfter()} says how long to wait. */
public class AmbaRateLimitException extends AmbaApiException {

  public AmbaRateLimitException(
      int status, String code, String serverMessage, String requestId, Map<String, Object> details, Duration retryAfter) {
    super(status, code, serverMessage, requestId, details, retryAfter);
  }
}
