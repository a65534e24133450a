package dev.amba;

import java.time.Duration;
import java.util.Map;

/** Status 400 or 422: the request was refused as invalid; {@code details()} may name the fields. */
public class AmbaBadRequestException extends AmbaApiException {

  public AmbaBadRequestException(
      int status, String code, String serverMessage, String requestId, Map<String, Object> details, Duration retryAfter) {
    super(status, code, serverMessage, requestId, details, retryAfter);
  }
}
