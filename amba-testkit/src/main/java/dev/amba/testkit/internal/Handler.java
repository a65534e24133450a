package dev.amba.testkit.internal;

/** One route's behaviour. Checked exceptions (SQL, I/O) are bugs and become 500 internal. */
@FunctionalInterface
public interface Handler {
  ApiResponse handle(ApiRequest request, Caller caller) throws Exception;

  /**
   * A handler that reads the request body itself, as it streams in, through
   * {@link ApiRequest#bodyStream()}: uploads of any size never sit in memory, and are not
   * recorded as text.
   */
  @FunctionalInterface
  interface StreamingBody extends Handler {}
}
