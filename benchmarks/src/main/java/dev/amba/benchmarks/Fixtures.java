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
