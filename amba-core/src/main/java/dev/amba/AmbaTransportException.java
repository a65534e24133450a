package dev.amba;

/** The call got no usable answer: connection refused or reset, a timeout, an interrupted wait. */
public class AmbaTransportException extends AmbaException {

  /**
   * The request id sent on every attempt.
   */
  private final String requestId;
  /**
   * How many attempts were made.
   */
  private final int attempts;

  /**
   * A call that got no usable answer; the message adds the request id and the attempt count.
   *
   * @param message what failed, e.g. the connection was refused
   * @param requestId the {@code X-Request-Id} the SDK sent on every attempt
   * @param attempts how many attempts were made, at least 1
   * @param cause the last attempt's failure, such as an {@link java.io.IOException}
   */
  public AmbaTransportException(String message, String requestId, int attempts, Throwable cause) {
    super(message + " (request id " + requestId + ", " + attempts + (attempts == 1 ? " attempt)" : " attempts)"), cause);
    this.requestId = requestId;
    this.attempts = attempts;
  }

  /**
   * The {@code X-Request-Id} the SDK sent on every attempt of this call.
   *
   * @return the request id, to match the call in the server's logs
   */
  public String requestId() {
    return requestId;
  }

  /**
   * How many attempts were made before giving up.
   *
   * @return the attempt count, at least 1
   */
  public int attempts() {
    return attempts;
  }

  /**
   * Whether the last attempt ran out of time rather than failing outright.
   *
   * @return true when an {@link java.net.http.HttpTimeoutException} is in the cause chain
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
