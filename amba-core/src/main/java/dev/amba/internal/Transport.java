package dev.amba.internal;

import java.io.IOException;

/** Sends one request. Decorators add retries and logging around the HTTP transport. */
interface Transport {

  HttpResult send(ApiRequest request, int attempt) throws IOException;
}
