package dev.amba;

/** The call got no usable answer: connection refused or reset, a timeout, an interrupted wait. */
public class AmbaTransportException extends AmbaException {

  private final String requestId;
  private final int attempts;

  public AmbaTransportException(String message, String requestId, int attempts, Throwable cause) {
    super(message + " (request id " + requestId + ", " + attempts + (attempts == 1 ? " attempt)" : " attempts)"), cause);
    this.requestId = requestId;
    this.attempts = attempts;
  }

  /** The {@code X-Request-Id} the SDK sent on every attempt of this call. */
  public String requestId() {
    return requestId;
  }

  /** How many attempts were made before giving up. */
  public int attempts() {
    return attempts;
  }

  /** True when the last attempt ran out of time rather than failing outright. */
  public boolean isTimeout() {
    for (Throwable t = getCause(); t != null; t = t.getCause()) {
      if (t instanceof java.net.http.HttpTimeoutException) {
        return true;
      }
    }
    return false;
  }
}
