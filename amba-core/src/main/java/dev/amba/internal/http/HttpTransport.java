package dev.amba.internal.http;

import dev.amba.internal.endpoint.Headers;
import dev.amba.internal.util.SdkVersion;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** The bottom of the stack: one attempt over the shared {@link HttpClient}. */
public final class HttpTransport implements Transport {

  private final HttpClients http;
  private final BodyDeadlines deadlines;
  private final String apiRoot;
  private final Credentials credentials;
  private final Duration defaultTimeout;
  private final long maxResponseBytes;

  public HttpTransport(HttpClients http, BodyDeadlines deadlines, URI apiUrl, Credentials credentials,
      Duration defaultTimeout, long maxResponseBytes) {
    this.maxResponseBytes = maxResponseBytes;
    this.http = http;
    this.deadlines = deadlines;
    this.apiRoot = apiUrl.toString();
    this.credentials = credentials;
    this.defaultTimeout = defaultTimeout;
  }

  @Override
  public HttpResult send(ApiRequest request, int attempt) throws IOException {
    Duration timeout = request.options().timeout().orElse(defaultTimeout);
    if (request.external() != null) {
      return exchange(external(request.method(), request.external(), timeout), timeout);
    }
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(request))
        .timeout(timeout)
        .header("Accept", "application/json")
        .header("User-Agent", SdkVersion.USER_AGENT)
        .header(Headers.SDK_VERSION, SdkVersion.HEADER_VALUE)
        .header(Headers.REQUEST_ID, request.requestId());
    request.options().idempotencyKey().ifPresent(k -> b.header(Headers.IDEMPOTENCY_KEY, k));
    request.headers().forEach(b::header);
    credentials.apply(request.scope(), b);
    if (request.body() != null) {
      b.header("Content-Type", "application/json");
      b.method(request.method(), HttpRequest.BodyPublishers.ofByteArray(request.body()));
    } else {
      b.method(request.method(), HttpRequest.BodyPublishers.noBody());
    }
    return exchange(b.build(), timeout);
  }

  /** Only the target's own headers and body: no SDK headers, no credentials. */
  private static HttpRequest external(String method, ApiRequest.External target, Duration timeout) throws IOException {
    HttpRequest.Builder b = HttpRequest.newBuilder(target.uri())
        .timeout(timeout)
        .expectContinue(target.expectContinue())
        .method(method, target.body().open());
    target.headers().forEach(h -> b.header(h.getKey(), h.getValue()));
    return b.build();
  }

  private HttpResult exchange(HttpRequest httpRequest, Duration timeout) throws IOException {
    // A plain blocking send: sendAsync(...).get() hands each completion to another thread, which on
    // small machines means a thread start per call. HttpRequest.timeout covers the wait for the
    // headers; BoundedBody's deadline covers the body, so one timeout bounds the whole answer.
    long deadline = System.nanoTime() + timeout.toNanos();
    try {
      HttpResponse<byte[]> response = http.forTarget(httpRequest.uri()).send(httpRequest, BoundedBody.handler(maxResponseBytes, deadline, deadlines));
      return new HttpResult(response.statusCode(), response.headers(), response.body());
    } catch (IllegalArgumentException e) {
      // The request is built by the SDK, so a NumberFormatException here is the answer's length.
      NumberFormatException length = BoundedBody.unreadableLength(e);
      if (length == null) {
        throw e;
      }
      throw new BoundedBody.ConflictingLengthException(length);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException io = new InterruptedIOException("interrupted while waiting for the answer");
      io.initCause(e);
      throw io;
    }
  }

  private URI uri(ApiRequest request) {
    StringBuilder sb = new StringBuilder(apiRoot.length() + request.path().length() + 32);
    sb.append(apiRoot).append(request.path());
    char sep = '?';
    for (Map.Entry<String, String> q : request.query().entrySet()) {
      sb.append(sep);
      percentEncode(q.getKey(), sb);
      sb.append('=');
      percentEncode(q.getValue(), sb);
      sep = '&';
    }
    return URI.create(sb.toString());
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /**
   * RFC 3986 percent-encoding: everything but the unreserved characters, so a space is {@code %20}
   * and a plus {@code %2B}. Form encoding ({@code URLEncoder}) sends a space as {@code +}, which a
   * server decoding with {@code decodeURIComponent} reads as a plus (amba-api.md section 2.1).
   */
  static void percentEncode(String value, StringBuilder out) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    for (byte b : bytes) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '-' || c == '.' || c == '_' || c == '~') {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
  }
}
