package dev.amba;

import java.time.Duration;
import java.util.Map;

/** Status 409: the request conflicts with the current state (exists already, already sent). */
public class AmbaConflictException extends AmbaApiException {

  public AmbaConflictException(
      int status, String code, String serverMessage, String requestId, Map<String, Object> details, Duration retryAfter) {
    super(status, code, serverMessage, requestId, details, retryAfter);
  }
}
