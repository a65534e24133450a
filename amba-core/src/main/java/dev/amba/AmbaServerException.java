package dev.amba;

import java.time.Duration;
import java.util.Map;

/** Status 5xx: the service failed or is unavailable. */
public class AmbaServerException extends AmbaApiException {

  public AmbaServerException(
      int status, String code, String serverMessage, String requestId, Map<String, Object> details, Duration retryAfter) {
    super(status, code, serverMessage, requestId, details, retryAfter);
  }
}
