package dev.amba.testkit.internal;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One request as the handlers see it: header names lower-cased (the JDK server only normalises
 * the first letter), query parameters decoded, the body read once as text (after routing and
 * authentication, so it is empty until then).
 */
public final class ApiRequest {
  private final String method;
  private final String path;
  private final String rawQuery;
  private final Map<String, List<String>> headers;
  private final Map<String, String> query;
  private String body;
  private final String requestId;
  private Map<String, String> pathParams = Map.of();
  private InputStream bodyStream;
  private String baseUrl;
  private boolean fromLoopback;

  public ApiRequest(
      String method,
      String path,
      String rawQuery,
      Map<String, List<String>> headers,
      String body,
      String requestId) {
    this.method = method;
    this.path = path;
    this.rawQuery = rawQuery;
    this.headers = headers;
    this.body = body;
    this.requestId = requestId;
    this.query = parseQuery(rawQuery);
  }

  /**
   * Whether the request comes from the emulator's operator, set by the server: from a loopback
   * address, or, when the emulator listens beyond loopback, carrying its console token (then a
   * loopback peer without the token is refused before any handler runs).
   */
  public boolean fromLoopback() {
    return fromLoopback;
  }

  public void fromLoopback(boolean loopback) {
    this.fromLoopback = loopback;
  }

  public String method() {
    return method;
  }

  /** The decoded path, without the query. */
  public String path() {
    return path;
  }

  public String rawQuery() {
    return rawQuery;
  }

  public String requestId() {
    return requestId;
  }

  public String body() {
    return body;
  }

  /**
   * The emulator's own base URL, {@code http://host:port} as it listens, for the URLs it hands out
   * (uploads, media). Never taken from the request's {@code Host}, which the caller controls.
   */
  public String baseUrl() {
    if (baseUrl == null) {
      throw new IllegalStateException("the server did not set its base URL");
    }
    return baseUrl;
  }

  /** The server reads the body only once routing and authentication let it. */
  void body(String body) {
    this.body = body;
  }

  void baseUrl(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  public Map<String, List<String>> headers() {
    return headers;
  }

  /** The first value of a header, or null. */
  public String header(String name) {
    List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** The first value of a query parameter, or null. */
  public String query(String name) {
    return query.get(name);
  }

  public String pathParam(String name) {
    String value = pathParams.get(name);
    if (value == null) {
      throw new IllegalStateException("route has no path parameter " + name);
    }
    return value;
  }

  /**
   * The unread body of a {@link Handler.StreamingBody} route (whose {@link #body()} is empty).
   *
   * @throws IllegalStateException on any other route
   */
  public InputStream bodyStream() {
    if (bodyStream == null) {
      throw new IllegalStateException("route is not declared Handler.StreamingBody");
    }
    return bodyStream;
  }

  void bodyStream(InputStream stream) {
    this.bodyStream = stream;
  }

  public void pathParams(Map<String, String> params) {
    this.pathParams = Map.copyOf(params);
  }

  /** The body as JSON, whatever its shape; malformed or missing JSON is 400 invalid_json. */
  public JsonValue json() {
    return JsonIo.parse(body, "invalid_json", "request body");
  }

  /** The body as a JSON object; another JSON shape is 400 invalid_argument. */
  public JsonObject jsonObject() {
    JsonValue value = json();
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      throw new FieldErrors().wrongType("$", "a JSON object", value).toException();
    }
    return value.asJsonObject();
  }

  /** Like {@link #jsonObject()}, but an empty body counts as {@code {}}. */
  public JsonObject jsonObjectOrEmpty() {
    return body == null || body.isBlank() ? JsonValue.EMPTY_JSON_OBJECT : jsonObject();
  }

  private static Map<String, String> parseQuery(String rawQuery) {
    Map<String, String> params = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return params;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      // The first occurrence wins, so a repeated parameter cannot override an earlier one.
      params.putIfAbsent(name, value);
    }
    return params;
  }

  private static String decode(String text) {
    try {
      // RFC 3986, as the SDK encodes (amba-api.md section 2.1): a '+' is a plus, never a space.
      return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("invalid_query", "malformed percent-encoding in query: " + text);
    }
  }
}
