package dev.amba;

/** The call got no usable answer: connection refused or reset, a timeout, an interrupted wait. */
public class AmbaTransportException extends AmbaException {

  /** The {@code X-Request-Id} sent on every attempt. */
  private final String requestId;
  /** How many attempts were made. */
  private final int attempts;

  /**
   * An exception for a call that got no usable answer; the message gets the request id and attempt count.
   *
   * @param message what went wrong on the last attempt
   * @param requestId the {@code X-Request-Id} sent on every attempt
   * @param attempts how many attempts were made
   * @param cause the failure of the last attempt
   */
  public AmbaTransportException(String message, String requestId, int attempts, Throwable cause) {
    super(message + " (request id " + requestId + ", " + attempts + (attempts == 1 ? " attempt)" : " attempts)"), cause);
    this.requestId = requestId;
    this.attempts = attempts;
  }

  /**
   * The {@code X-Request-Id} the SDK sent on every attempt of this call.
   *
   * @return the id, to find the call in the server's logs
   */
  public String requestId() {
    return requestId;
  }

  /**
   * How many attempts were made before giving up.
   *
   * @return 1 or more
   */
  public int attempts() {
    return attempts;
  }

  /**
   * True when the last attempt ran out of time rather than failing outright.
   *
   * @return whether an {@link java.net.http.HttpTimeoutException} is among the causes
   */
  public boolean isTimeout() {
    for (Throwable t = getCause(); t != null; t = t.getCause()) {
      if (t instanceof java.net.http.HttpTimeoutException) {
        return true;
      }
    }
    return false;
  }
}
