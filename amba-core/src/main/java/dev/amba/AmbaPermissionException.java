package dev.amba;

import java.time.Duration;
import java.util.Map;

/** Status 403: the credentials are valid but may not do this (another project's user, say). */
public class AmbaPermissionException extends AmbaApiException {

  public AmbaPermissionException(
      int status, String code, String serverMessage, String requestId, Map<String, Object> details, Duration retryAfter) {
    super(status, code, serverMessage, requestId, details, retryAfter);
  }
}
