package dev.amba.testkit.internal;

/** One route's behaviour. Checked exceptions (SQL, I/O) are bugs and become 500 internal. */
@FunctionalInterface
public interface Handler {
  ApiResponse handle(ApiRequest request, Caller caller) throws Exception;
}
