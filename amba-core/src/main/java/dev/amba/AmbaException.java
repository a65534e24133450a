package dev.amba;

/**
 * The root of every exception the SDK throws on purpose: {@link AmbaApiException} when the API
 * answered with an error, {@link AmbaTransportException} when no answer came. Misuse of the SDK is
 * reported with {@link IllegalArgumentException} or {@link IllegalStateException} before anything is
 * sent.
 */
public class AmbaException extends RuntimeException {

  /**
   * An exception with this message.
   *
   * @param message what went wrong; never a secret
   */
  public AmbaException(String message) {
    super(message);
  }

  /**
   * An exception with this message and cause.
   *
   * @param message what went wrong; never a secret
   * @param cause the failure underneath, or null
   */
  public AmbaException(String message, Throwable cause) {
    super(message, cause);
  }
}
