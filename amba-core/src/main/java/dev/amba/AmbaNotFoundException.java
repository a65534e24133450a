package dev.amba;

import java.time.Duration;
import java.util.Map;

/** Status 404: the thing addressed does not exist, or not for this caller. */
public class AmbaNotFoundException extends AmbaApiException {

  public AmbaNotFoundException(
      int status, String code, String serverMessage, String requestId, Map<String, Object> details, Duration retryAfter) {
    super(status, code, serverMessage, requestId, details, retryAfter);
  }
}
