package dev.amba.internal.http;

import java.io.IOException;

/**
 * Sends one request. The stack is decorators of this all the way down: {@link RetryingTransport} over
 * {@link LoggingTransport} over {@link HttpTransport}, composed by {@code ClientRuntime}.
 */
public interface Transport {

  HttpResult send(ApiRequest request, int attempt) throws IOException;
}
