package dev.amba;

/**
 * The root of every exception the SDK throws on purpose: {@link AmbaApiException} when the API
 * answered with an error, {@link AmbaTransportException} when no answer came. Misuse of the SDK is
 * reported with {@link IllegalArgumentException} or {@link IllegalStateException} before anything is
 * sent.
 */
public class AmbaException extends RuntimeException {

  public AmbaException(String message) {
    super(message);
  }

  public AmbaException(String message, Throwable cause) {
    super(message, cause);
  }
}
