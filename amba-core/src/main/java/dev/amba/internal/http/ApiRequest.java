package dev.amba.internal.http;

import dev.amba.RequestOptions;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;

/**
 * One logical call, as the transports see it. Retries resend exactly this value, so the body, the
 * request id and any idempotency key are the same on every attempt.
 *
 * @param path from the API root, e.g. {@code /v1/client/events}; already encoded
 * @param query unencoded names and values, in order
 * @param body JSON bytes, or null for no body
 * @param retrySafe whether repeating the call after it may have reached the server is harmless
 * @param headers call-specific headers (conditional requests), never credentials
 * @param external null for an API call; else the absolute target that replaces path, query, body,
 *     headers and credentials
 */
public record ApiRequest(
    String method,
    String path,
    Map<String, String> query,
    byte[] body,
    Scope scope,
    boolean retrySafe,
    String requestId,
    RequestOptions options,
    Map<String, String> headers,
    External external) {

  public ApiRequest(String method, String path, Map<String, String> query, byte[] body, Scope scope,
      boolean retrySafe, String requestId, RequestOptions options) {
    this(method, path, query, body, scope, retrySafe, requestId, options, Map.of());
  }

  public ApiRequest(String method, String path, Map<String, String> query, byte[] body, Scope scope,
      boolean retrySafe, String requestId, RequestOptions options, Map<String, String> headers) {
    this(method, path, query, body, scope, retrySafe, requestId, options, headers, null);
  }

  /**
   * A request to an absolute URL outside the API root, such as a presigned upload: it carries exactly
   * these headers and this body, and none of the SDK's own headers or credentials, because the URL's
   * signature is its authority and a key must never reach a third-party host.
   *
   * @param display the URL without its query (which may hold a signature), for logs and messages
   * @param headers sent as given, in order; none of the names the JDK refuses (Content-Length, Host...)
   * @param body opened afresh for every attempt
   */
  public record External(URI uri, String display, List<Map.Entry<String, String>> headers,
      boolean expectContinue, BodySource body) {

    public External {
      headers = List.copyOf(headers);
    }

    /**
     * What a storage host's error answer must not show: the URL, its query, and each long query
     * value (a signature, a credential, a security token), raw and decoded, since the host may echo
     * either. Short values (an expiry, a method) are not secrets and too common to remove.
     */
    public List<String> secrets() {
      List<String> out = new java.util.ArrayList<>();
      out.add(uri.toString());
      String rawQuery = uri.getRawQuery();
      if (rawQuery != null) {
        out.add(rawQuery);
        out.add(decode(rawQuery));
        for (String pair : rawQuery.split("&")) {
          String value = pair.substring(pair.indexOf('=') + 1);
          if (value.length() >= 16) {
            out.add(value);
            out.add(decode(value));
          }
        }
      }
      return out;
    }

    private static String decode(String s) {
      try {
        return java.net.URLDecoder.decode(s, java.nio.charset.StandardCharsets.UTF_8);
      } catch (IllegalArgumentException malformed) {
        return s;
      }
    }
  }

  /** Opens a streaming body; an I/O failure here fails the attempt like a network failure. */
  @FunctionalInterface
  public interface BodySource {
    HttpRequest.BodyPublisher open() throws IOException;
  }

  /** Whether the method itself is idempotent, so any retry is harmless. */
  static boolean idempotentMethod(String method) {
    return dev.amba.internal.endpoint.Endpoint.idempotentMethod(method);
  }

  @Override
  public String toString() {
    return method + " " + path + " (request id " + requestId + ")";
  }
}
