package dev.amba.benchmarks;

import dev.amba.AmbaClient;
import dev.amba.AmbaConfig;
import dev.amba.events.Event;
import java.net.http.HttpClient;
import dev.amba.internal.Json;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one set of inputs every part uses, so the micro-benchmarks, the load run and the baseline
 * all encode and decode the same bytes.
 */
public final class Fixtures {

  private Fixtures() {}

  public static final String PROJECT_ID = "proj_bench";
  public static final String CLIENT_KEY = "amba_ck_benchmark_0000000000000000";
  public static final String SERVER_KEY = "amba_sk_benchmark_0000000000000000";
  /** Shaped like the ids the API hands out, because asUser's check is linear in the length. */
  public static final String UID = "3f2b8c1e-9a4d-4e7b-b0c2-5d6e7f8a9b0c";

  public static final String EVENT_NAME = "checkout_completed";
  public static final String COLLECTION = "posts";
  public static final int PAGE_ROWS = 50;
  /** The streak a product-module call qualifies ({@code streaks.qualify}). */
  public static final String STREAK_KEY = "daily_workout";
  /** Users on one page of the admin list ({@code admin.users.list}, the default limit). */
  public static final int USER_ROWS = 50;

  /** A typical event: a handful of scalar properties. */
  public static Map<String, Object> eventProperties() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("amount", 99.5);
    p.put("currency", "EUR");
    p.put("items", 3);
    p.put("coupon", "SPRING24");
    p.put("first_order", true);
    return p;
  }

  /**
   * The body the SDK sends for {@code event}, mirroring its package-private code; the smoke test
   * proves it matches what the SDK puts on the wire.
   */
  public static Map<String, Object> trackWire(Event event) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("event", event.name());
    if (!event.properties().isEmpty()) {
      body.put("properties", event.properties());
    }
    body.put("event_id", event.eventId());
    return body;
  }

  /** The answer to a tracked event, {@code {"data": {"tracked": 1}}}. */
  public static byte[] trackAnswer() {
    return "{\"data\":{\"tracked\":1}}".getBytes(StandardCharsets.UTF_8);
  }

  /** One page of {@value #PAGE_ROWS} rows in the cursor-list envelope, as the API sends it. */
  public static byte[] pageAnswer() {
    Instant base = Instant.parse("2025-03-01T12:00:00.123456Z");
    List<Map<String, Object>> rows = new ArrayList<>(PAGE_ROWS);
    for (int i = 0; i < PAGE_ROWS; i++) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", String.format("0b6f2a4e-1c3d-4e5f-8a9b-%012d", i));
      row.put("user_id", UID);
      row.put("title", "Post number " + i + " about the spring release");
      row.put("status", "published");
      row.put("score", 100 + i * 7);
      row.put("tags", List.of("release", "spring", "t" + (i % 5)));
      row.put("created_at", base.plusSeconds(i * 60L).toString());
      row.put("updated_at", base.plusSeconds(i * 60L + 30).toString());
      row.put("deleted_at", null);
      rows.add(row);
    }
    Map<String, Object> envelope = new LinkedHashMap<>();
    envelope.put("data", rows);
    envelope.put("next_cursor", "eyJ2IjoxNDMsImlkIjoiMGI2ZjJhNGUifQ");
    envelope.put("has_more", true);
    return Json.encode(envelope);
  }

  /** A qualified streak, {@code {"data": UserStreak}}, as {@code POST /v1/client/streaks/{key}/qualify} answers. */
  public static byte[] qualifyAnswer() {
    Map<String, Object> streak = new LinkedHashMap<>();
    streak.put("id", "7c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e");
    streak.put("streak_definition_id", "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d");
    streak.put("key", STREAK_KEY);
    streak.put("name", "Daily workout");
    streak.put("current_count", 12);
    streak.put("longest_count", 40);
    streak.put("last_qualified_at", "2025-03-01T07:15:02.481Z");
    streak.put("current_period_start", "2025-03-01T00:00:00Z");
    streak.put("freezes_remaining", 1);
    streak.put("status", "active");
    streak.put("updated_at", "2025-03-01T07:15:02.481Z");
    return Json.encode(Map.of("data", streak));
  }

  /** One page of {@value #USER_ROWS} users in the offset-list envelope of {@code GET /v1/admin/projects/{p}/users}. */
  public static byte[] usersAnswer() {
    Instant base = Instant.parse("2025-02-01T09:00:00.250Z");
    List<Map<String, Object>> users = new ArrayList<>(USER_ROWS);
    for (int i = 0; i < USER_ROWS; i++) {
      Map<String, Object> user = new LinkedHashMap<>();
      user.put("id", String.format("5d6e7f8a-9b0c-4d1e-8f2a-%012d", i));
      user.put("anonymous_id", null);
      user.put("external_id", null);
      user.put("email", "user" + i + "@example.com");
      user.put("phone", null);
      user.put("display_name", "User " + i);
      user.put("avatar_url", null);
      user.put("properties", Map.of("plan", i % 3 == 0 ? "pro" : "free", "visits", i));
      user.put("timezone", "Europe/Berlin");
      user.put("first_seen_at", base.plusSeconds(i * 3600L).toString());
      user.put("last_seen_at", base.plusSeconds(i * 3600L + 600).toString());
      user.put("created_at", base.plusSeconds(i * 3600L).toString());
      user.put("updated_at", base.plusSeconds(i * 3600L + 600).toString());
      users.add(user);
    }
    Map<String, Object> envelope = new LinkedHashMap<>();
    envelope.put("data", users);
    envelope.put("total", 500);
    envelope.put("offset", 0);
    envelope.put("limit", USER_ROWS);
    return Json.encode(envelope);
  }

  /** A client for a local server, with the default settings a service would use. */
  public static AmbaClient client(String apiUrl) {
    return AmbaClient.configure(config(apiUrl));
  }

  /** A client whose calls go to {@code http} (an in-memory one, for the per-call CPU cost). */
  public static AmbaClient client(String apiUrl, HttpClient http) {
    return AmbaClient.configure(config(apiUrl).toBuilder().httpClient(http).build());
  }

  public static AmbaConfig config(String apiUrl) {
    return AmbaConfig.builder()
        .projectId(PROJECT_ID)
        .clientKey(CLIENT_KEY)
        .serverKey(SERVER_KEY)
        .apiUrl(apiUrl)
        .build();
  }
}
