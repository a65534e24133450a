package dev.amba.internal.http;

import dev.amba.internal.util.Log;
import java.io.IOException;
import java.lang.System.Logger.Level;

/**
 * Debug-level wire log: method, path, request id, status, time. Header values and bodies are never
 * logged (they hold keys, tokens and user data); the scope is logged by kind, the acting uid by name.
 */
public final class LoggingTransport implements Transport {

  private final Transport next;

  public LoggingTransport(Transport next) {
    this.next = next;
  }

  @Override
  public HttpResult send(ApiRequest request, int attempt) throws IOException {
    if (!Log.LOG.isLoggable(Level.DEBUG)) {
      return next.send(request, attempt);
    }
    long start = System.nanoTime();
    Log.LOG.log(Level.DEBUG, () -> "-> " + request.method() + ' ' + request.path() + " request-id=" + request.requestId()
        + " attempt=" + attempt + " auth=" + describe(request.scope()));
    try {
      HttpResult result = next.send(request, attempt);
      long micros = (System.nanoTime() - start) / 1000;
      Log.LOG.log(Level.DEBUG, () -> "<- " + result.status() + ' ' + request.method() + ' ' + request.path()
          + " request-id=" + request.requestId() + " in " + micros / 1000.0 + " ms, " + result.body().length + " bytes");
      return result;
    } catch (IOException | RuntimeException e) {
      Log.LOG.log(Level.DEBUG, () -> "<- failed " + request.method() + ' ' + request.path() + " request-id="
          + request.requestId() + ": " + e.getClass().getSimpleName());
      throw e;
    }
  }

  private static String describe(Scope scope) {
    if (scope instanceof Scope.OnBehalfOf obo) {
      return "server-key on-behalf-of " + obo.uid();
    }
    if (scope instanceof Scope.Admin) {
      return "server-key";
    }
    if (scope instanceof Scope.Session) {
      // The token stays out: a log line is no place for a bearer credential.
      return "client-key session";
    }
    return scope instanceof Scope.ClientKey ? "client-key" : "none";
  }
}
