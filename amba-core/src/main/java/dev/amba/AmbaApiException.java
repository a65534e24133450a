package dev.amba;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The API answered with an error status. {@link #code()} is the server's code verbatim (both
 * {@code NOT_FOUND} and {@code not_found} styles occur; test it with {@link #hasCode(String)},
 * which ignores case); the subclass follows the status. The message always carries the request
 * id, which Amba support asks for.
 */
public class AmbaApiException extends AmbaException {

  /**
   * The HTTP status of the answer.
   */
  private final int status;
  /**
   * The server's error code, verbatim.
   */
  private final String code;
  /**
   * The server's message.
   */
  private final String serverMessage;
  /**
   * The request id the server reported, or the one sent.
   */
  private final String requestId;
  /**
   * The error's {@code details} object; empty when none.
   */
  private final Map<String, Object> details;
  /**
   * The wait the server asked for, or null.
   */
  private final Duration retryAfter;

  /**
   * An error answer, as the SDK builds it from the response; the message joins status, code,
   * server message and request id.
   *
   * @param status the HTTP status of the answer
   * @param code the server's error code, verbatim; may be null when the body named none
   * @param serverMessage the server's message, without status, code or request id
   * @param requestId the request id the server reported, or the one the SDK sent
   * @param details the error's {@code details} object; null reads as empty
   * @param retryAfter how long the server asked the caller to wait, or null
   */
  public AmbaApiException(
      int status, String code, String serverMessage, String requestId, Map<String, Object> details, Duration retryAfter) {
    super(status + " " + code + ": " + serverMessage + " (request id " + requestId + ")");
    this.status = status;
    this.code = code;
    this.serverMessage = serverMessage;
    this.requestId = requestId;
    this.details = details == null ? Map.of() : details;
    this.retryAfter = retryAfter;
  }

  /**
   * The HTTP status of the answer.
   *
   * @return the status, 400 to 599
   */
  public int status() {
    return status;
  }

  /**
   * The server's error code, verbatim, e.g. {@code user_not_found}.
   *
   * @return the code as the server spelled it; compare it with {@link #hasCode(String)}
   */
  public String code() {
    return code;
  }

  /**
   * Whether the server's code is {@code code}, ignoring ASCII case: Amba's docs write codes
   * UPPER_SNAKE ({@code NOT_FOUND}) while its newer SDKs and the emulator answer lower_snake
   * ({@code not_found}), so an exact comparison would hold against one and fail against the other.
   *
   * @param code the code to test for, in either style
   * @return true when the codes are equal ignoring ASCII case; false when the server named no code
   * @throws IllegalArgumentException if {@code code} is null
   */
  public boolean hasCode(String code) {
    if (code == null) {
      throw new IllegalArgumentException("code must not be null");
    }
    String mine = this.code;
    if (mine == null || mine.length() != code.length()) {
      return false;
    }
    // ASCII only, like toLowerCase(Locale.ROOT) on codes but without Unicode folds such as the
    // Kelvin sign matching 'k': codes are ASCII, so a non-ASCII character must match exactly.
    for (int i = 0; i < mine.length(); i++) {
      if (asciiLower(mine.charAt(i)) != asciiLower(code.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static char asciiLower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  /**
   * The server's human-readable message, without status, code or request id.
   *
   * @return the message as the server wrote it
   */
  public String serverMessage() {
    return serverMessage;
  }

  /**
   * The request id the server reported (or the one the SDK sent, when the server named none).
   *
   * @return the id Amba support asks for
   */
  public String requestId() {
    return requestId;
  }

  /**
   * The error's {@code details} object, as plain maps, lists, strings, numbers and booleans.
   *
   * @return the details; empty when the answer had none
   */
  public Map<String, Object> details() {
    return details;
  }

  /**
   * How long the server asked the caller to wait, from {@code Retry-After} or the body.
   *
   * @return the wait, or empty when the server asked for none
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
