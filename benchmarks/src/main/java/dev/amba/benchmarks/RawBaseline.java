package dev.amba.benchmarks;

import dev.amba.events.TrackResult;
import dev.amba.internal.util.SdkVersion;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyNamingStrategy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * What a careful engineer would write by hand instead of using the SDK: a raw {@link HttpClient}
 * and the same JSON-B implementation. It does the work the SDK does on every call and nothing
 * more (the same headers and ids, a JSON-B encode of the same body, a decode of the answer into the
 * same record type), so the SDK-to-baseline ratio is the price of the SDK itself.
 *
 * <p>The HTTP client is built with the SDK's settings (connect timeout, no redirects, HTTP/1.1 on
 * cleartext), so both sides open connections the same way; its TLS context is the JDK's default,
 * as a hand-written client's would be.
 */
public final class RawBaseline {

  private final HttpClient http;
  private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig()
      .withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES));
  private final URI events;
  private final String collections;
  private final String streaks;
  private final String apiUrl;
  private final String clientKey;
  private final String authorization;
  private final Duration timeout = Duration.ofSeconds(30);
  private final boolean viaSendAsync;

  /** The answer envelope, written out for the one type it carries, as hand-written code would. */
  public static final class TrackEnvelope {
    public TrackResult data;
  }

  /** The cursor-list envelope for the one row type this code reads. */
  public static final class PostPage {
    public List<Post> data;
    public String nextCursor;
    public Boolean hasMore;
  }

  /** A user's row of a streak, as hand-written code would declare it: the status as the wire's word. */
  public record StreakRow(String id, String streakDefinitionId, String key, String name, int currentCount,
      int longestCount, java.time.Instant lastQualifiedAt, java.time.Instant currentPeriodStart,
      int freezesRemaining, String status, java.time.Instant updatedAt) {}

  /** The single-item envelope for a streak row. */
  public static final class StreakEnvelope {
    public StreakRow data;
  }

  /** One user as the admin list sends it, the fields a back office reads. */
  public record UserRow(String id, String anonymousId, String email, String displayName, String avatarUrl,
      Map<String, Object> properties, String timezone, java.time.Instant createdAt, java.time.Instant updatedAt) {}

  /** The offset-list envelope for users. */
  public static final class UserPage {
    public List<UserRow> data;
    public long total;
    public int offset;
    public int limit;
  }

  public RawBaseline(String apiUrl, String clientKey, String serverKey) {
    this(apiUrl, clientKey, serverKey, false);
  }

  /**
   * @param viaSendAsync wait for answers with {@code sendAsync(...).get(timeout)} instead of {@code
   *     send(...)}: not what a hand-written client would do, but what the SDK's transport does, so
   *     that the load run can tell that choice's cost apart from the rest of the SDK
   */
  public RawBaseline(String apiUrl, String clientKey, String serverKey, boolean viaSendAsync) {
    this(apiUrl, clientKey, serverKey, HttpClient.newBuilder()
        .connectTimeout(Duration.ofSeconds(10))
        .followRedirects(HttpClient.Redirect.NEVER)
        // As the SDK: HTTP/1.1 on cleartext, so both send the same bytes (no h2c upgrade offer).
        .version(apiUrl.startsWith("https:") ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1)
        .build(), viaSendAsync);
  }

  /** Over a given HTTP client, such as {@link InMemoryHttpClient}. */
  public RawBaseline(String apiUrl, String clientKey, String serverKey, HttpClient http, boolean viaSendAsync) {
    this.http = http;
    this.viaSendAsync = viaSendAsync;
    this.events = URI.create(apiUrl + "/v1/client/events");
    this.collections = apiUrl + "/v1/client/collections/";
    this.streaks = apiUrl + "/v1/client/streaks/";
    this.apiUrl = apiUrl;
    this.clientKey = clientKey;
    this.authorization = "Bearer " + serverKey;
  }

  /** {@code POST /v1/client/events} for {@code uid}, as the SDK's {@code track} sends it. */
  public TrackResult track(String uid, String eventName, Map<String, ?> properties)
      throws IOException, InterruptedException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("event", eventName);
    body.put("properties", properties);
    body.put("event_id", UUID.randomUUID().toString());
    byte[] json = jsonb.toJson(body).getBytes(StandardCharsets.UTF_8);
    HttpRequest request = userRequest(events, uid)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(json))
        .build();
    HttpResponse<byte[]> response = exchange(request);
    TrackEnvelope envelope = jsonb.fromJson(new ByteArrayInputStream(response.body()), TrackEnvelope.class);
    return envelope.data;
  }

  /**
   * {@code GET /v1/client/collections/{name}?query=...} for {@code uid}: the find options
   * JSON-B-encoded into the query parameter, the page decoded into {@link Post} rows.
   */
  public PostPage find(String uid, String collection, Map<String, Object> findOptions)
      throws IOException, InterruptedException {
    // RFC 3986, as amba-api.md section 2.1 asks: URLEncoder's form encoding, with a space as %20.
    String query = URLEncoder.encode(jsonb.toJson(findOptions), StandardCharsets.UTF_8)
        .replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
    HttpRequest request = userRequest(URI.create(collections + collection + "?query=" + query), uid)
        .GET()
        .build();
    HttpResponse<byte[]> response = exchange(request);
    return jsonb.fromJson(new ByteArrayInputStream(response.body()), PostPage.class);
  }

  /** {@code POST /v1/client/streaks/{key}/qualify} for {@code uid}: no body, the row decoded. */
  public StreakRow qualify(String uid, String streakKey) throws IOException, InterruptedException {
    HttpRequest request = userRequest(URI.create(streaks + streakKey + "/qualify"), uid)
        .POST(HttpRequest.BodyPublishers.noBody())
        .build();
    HttpResponse<byte[]> response = exchange(request);
    return jsonb.fromJson(new ByteArrayInputStream(response.body()), StreakEnvelope.class).data;
  }

  /** {@code GET /v1/admin/projects/{p}/users?limit=50&offset=0} with the server key: one page of users. */
  public UserPage listUsers(String projectId) throws IOException, InterruptedException {
    HttpRequest request = request(URI.create(apiUrl + "/v1/admin/projects/" + projectId + "/users?limit=50&offset=0"))
        .header("Authorization", authorization)
        .GET()
        .build();
    HttpResponse<byte[]> response = exchange(request);
    return jsonb.fromJson(new ByteArrayInputStream(response.body()), UserPage.class);
  }

  private HttpRequest.Builder userRequest(URI uri, String uid) {
    return request(uri)
        .header("X-Api-Key", clientKey)
        .header("Authorization", authorization)
        .header("X-Amba-On-Behalf-Of", uid);
  }

  /** The headers every call sends, whatever its credential. */
  private HttpRequest.Builder request(URI uri) {
    return HttpRequest.newBuilder(uri)
        .timeout(timeout)
        .header("Accept", "application/json")
        .header("User-Agent", SdkVersion.USER_AGENT)
        .header("X-SDK-Version", SdkVersion.HEADER_VALUE)
        .header("X-Request-Id", UUID.randomUUID().toString());
  }

  private HttpResponse<byte[]> exchange(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<byte[]> response;
    if (viaSendAsync) {
      try {
        response = http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
            .get(timeout.toNanos(), TimeUnit.NANOSECONDS);
      } catch (ExecutionException | TimeoutException e) {
        throw new IOException(e);
      }
    } else {
      response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
    check(response);
    return response;
  }

  private static void check(HttpResponse<byte[]> response) throws IOException {
    if (response.statusCode() < 200 || response.statusCode() > 299) {
      throw new IOException("baseline call answered " + response.statusCode() + ": "
          + new String(response.body(), StandardCharsets.UTF_8));
    }
  }
}
