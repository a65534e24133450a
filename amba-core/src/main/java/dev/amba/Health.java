package dev.amba;

/**
 * The answer of {@code GET /health}.
 *
 * @param httpStatus the HTTP status of the answer
 * @param status the {@code status} the server reported, e.g. {@code ok}; empty when there was none
 */
public record Health(int httpStatus, String status) {

  /**
   * Whether the API is ready.
   *
   * @return true when the API answered 200 with status {@code ok}
   */
  public boolean isReady() {
    return httpStatus == 200 && "ok".equals(status);
  }
}
