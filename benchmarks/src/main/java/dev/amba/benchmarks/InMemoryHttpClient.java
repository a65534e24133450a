package dev.amba.benchmarks;

import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;

/**
 * An {@link HttpClient} that answers at once, on the calling thread, with the same canned bodies
 * as {@link LoopbackServer}, feeding them through the caller's own body handler. Given to the SDK
 * (through {@code AmbaConfig.Builder.httpClient}) and to the baseline, it leaves exactly the
 * client-side work of a call to measure: the SDK's (or the baseline's) own code, with no socket,
 * no selector thread and no scheduling.
 */
public final class InMemoryHttpClient extends HttpClient {

  private final byte[] track = Fixtures.trackAnswer();
  private final byte[] page = Fixtures.pageAnswer();
  private final byte[] qualify = Fixtures.qualifyAnswer();
  private final byte[] users = Fixtures.usersAnswer();
  private final byte[] notFound = "{\"error\":{\"kind\":\"not_found\",\"code\":\"not_found\",\"message\":\"no canned answer\"}}"
      .getBytes(StandardCharsets.UTF_8);

  @Override
  public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) throws IOException {
    return answer(request, handler);
  }

  @Override
  public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
    return CompletableFuture.completedFuture(answer(request, handler));
  }

  @Override
  public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
      HttpResponse.PushPromiseHandler<T> pushPromiseHandler) {
    return sendAsync(request, handler);
  }

  private <T> HttpResponse<T> answer(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
    String path = request.uri().getRawPath();
    byte[] body;
    int status = 200;
    if (request.method().equals("POST") && path.endsWith("/v1/client/events")) {
      body = track;
    } else if (request.method().equals("GET") && path.contains("/v1/client/collections/")
        && request.uri().getRawQuery() != null) {
      body = page;
    } else if (request.method().equals("POST") && path.endsWith("/qualify") && path.contains("/v1/client/streaks/")) {
      body = qualify;
    } else if (request.method().equals("GET") && path.endsWith("/users") && path.contains("/v1/admin/projects/")) {
      body = users;
    } else {
      body = notFound;
      status = 404;
    }
    HttpHeaders headers = HttpHeaders.of(Map.of(
        "content-type", List.of("application/json"),
        "content-length", List.of(Integer.toString(body.length)),
        "x-request-id", List.of(request.headers().firstValue("X-Request-Id").orElse("none"))), (k, v) -> true);
    int code = status;
    HttpResponse.BodySubscriber<T> subscriber = handler.apply(new HttpResponse.ResponseInfo() {
      @Override
      public int statusCode() {
        return code;
      }

      @Override
      public HttpHeaders headers() {
        return headers;
      }

      @Override
      public Version version() {
        return Version.HTTP_1_1;
      }
    });
    subscriber.onSubscribe(new Flow.Subscription() {
      @Override
      public void request(long n) {
        // Everything is delivered below, at once.
      }

      @Override
      public void cancel() {
        // Nothing to stop.
      }
    });
    subscriber.onNext(List.of(ByteBuffer.wrap(body)));
    subscriber.onComplete();
    T value = subscriber.getBody().toCompletableFuture().join();
    return new Response<>(request, code, headers, value);
  }

  private record Response<T>(HttpRequest request, int statusCode, HttpHeaders headers, T body)
      implements HttpResponse<T> {
    @Override
    public Optional<HttpResponse<T>> previousResponse() {
      return Optional.empty();
    }

    @Override
    public Optional<SSLSession> sslSession() {
      return Optional.empty();
    }

    @Override
    public java.net.URI uri() {
      return request.uri();
    }

    @Override
    public Version version() {
      return Version.HTTP_1_1;
    }
  }

  @Override
  public Optional<CookieHandler> cookieHandler() {
    return Optional.empty();
  }

  @Override
  public Optional<Duration> connectTimeout() {
    return Optional.empty();
  }

  @Override
  public Redirect followRedirects() {
    return Redirect.NEVER;
  }

  @Override
  public Optional<ProxySelector> proxy() {
    return Optional.empty();
  }

  @Override
  public SSLContext sslContext() {
    throw new UnsupportedOperationException("in-memory: no TLS");
  }

  @Override
  public SSLParameters sslParameters() {
    throw new UnsupportedOperationException("in-memory: no TLS");
  }

  @Override
  public Optional<Authenticator> authenticator() {
    return Optional.empty();
  }

  @Override
  public Version version() {
    return Version.HTTP_1_1;
  }

  @Override
  public Optional<Executor> executor() {
    return Optional.empty();
  }
}
