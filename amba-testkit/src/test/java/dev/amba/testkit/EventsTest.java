package dev.amba.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@ExtendWith(AmbaEmulatorExtension.class)
class EventsTest {
  private static AmbaEmulator emulator;
  private static Api api;

  /** A fresh project per test, so counts see only that test's events. */
  private EmulatorProject project;
  private String uid;

  @BeforeAll
  static void start(AmbaEmulator started) {
    emulator = started;
    api = new Api(emulator);
  }


  @BeforeEach
  void freshProject() {
    project = emulator.createProject();
    uid = emulator.createUser(project);
  }

  private Api.Response track(String json) {
    return api.post("/v1/client/events").asUser(project, uid).json(json).send();
  }

  private Api.Response ingest(String json) {
    return api.post(admin("/events")).admin(project).json(json).send();
  }

  private String admin(String path) {
    return "/v1/admin/projects/" + project.projectId() + path;
  }

  private int count(String query) {
    Api.Response r = api.get(admin("/events/count" + query)).admin(project).send();
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    return r.data().getInt("total");
  }

  private static String batchOf(int n, String idPrefix) {
    StringBuilder json = new StringBuilder("{\"events\":[");
    for (int i = 0; i < n; i++) {
      json.append(i == 0 ? "" : ",").append("{\"event\":\"tick\"");
      if (idPrefix != null) {
        json.append(",\"event_id\":\"").append(idPrefix).append(i).append('"');
      }
      json.append('}');
    }
    return json.append("]}").toString();
  }

  @Test
  void trackOne_storesItForTheActingUser() {
    Api.Response r = track("{\"event\":\"checkout_completed\",\"properties\":{\"amount\":99}}");

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.data().getInt("tracked")).isEqualTo(1);
    JsonObject listed = api.get(admin("/events")).admin(project).send().json();
    JsonObject event = listed.getJsonArray("data").getJsonObject(0);
    assertThat(event.keySet())
        .containsExactlyInAnyOrder("id", "app_user_id", "event_name", "properties", "occurred_at");
    assertThat(event.getString("app_user_id")).isEqualTo(uid);
    assertThat(event.getString("event_name")).isEqualTo("checkout_completed");
    assertThat(event.getJsonObject("properties").getInt("amount")).isEqualTo(99);
    assertThat(event.getString("occurred_at")).endsWith("Z");
  }

  @Test
  void trackBatch_countsEveryEvent() {
    Api.Response r = track(batchOf(3, null));

    assertThat(r.data().getInt("tracked")).isEqualTo(3);
    assertThat(count("")).isEqualTo(3);
  }

  @Test
  void trackWithKnownEventId_isAcknowledgedButStoredOnce() {
    String event = "{\"event\":\"purchase\",\"event_id\":\"evt-1\"}";

    Api.Response first = track(event);
    Api.Response retry = track(event);
    Api.Response batchWithRepeat = track("{\"events\":[{\"event\":\"purchase\",\"event_id\":\"evt-1\"},"
        + "{\"event\":\"purchase\",\"event_id\":\"evt-2\"},{\"event\":\"purchase\",\"event_id\":\"evt-2\"}]}");

    assertThat(first.data().getInt("tracked")).isEqualTo(1);
    assertThat(retry.data().getInt("tracked")).isEqualTo(1);
    assertThat(batchWithRepeat.data().getInt("tracked")).isEqualTo(3);
    assertThat(count("")).isEqualTo(2);
  }

  @Test
  void eventIds_arePerProject() {
    track("{\"event\":\"purchase\",\"event_id\":\"shared\"}");
    EmulatorProject other = emulator.createProject();
    String otherUser = emulator.createUser(other);

    api.post("/v1/client/events").asUser(other, otherUser)
        .json("{\"event\":\"purchase\",\"event_id\":\"shared\"}").send();

    Api.Response otherCount = api.get("/v1/admin/projects/" + other.projectId() + "/events/count")
        .admin(other).send();
    assertThat(otherCount.data().getInt("total")).isEqualTo(1);
    assertThat(count("")).isEqualTo(1);
  }

  @Test
  void concurrentRetriesOfTheSameBatch_storeEachEventOnce() throws Exception {
    String batch = batchOf(50, "c-");
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<Api.Response>> results = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        results.add(pool.submit(() -> {
          go.await();
          return track(batch);
        }));
      }
      go.countDown();
      for (Future<Api.Response> f : results) {
        Api.Response r = f.get(30, TimeUnit.SECONDS);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.data().getInt("tracked")).isEqualTo(50);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(count("")).isEqualTo(50);
  }

  @Test
  void concurrentBatchesSharingIdsInOppositeOrders_storeEachEventOnce() throws Exception {
    StringBuilder forward = new StringBuilder("{\"events\":[");
    StringBuilder backward = new StringBuilder("{\"events\":[");
    for (int i = 0; i < 100; i++) {
      forward.append(i == 0 ? "" : ",").append("{\"event\":\"x\",\"event_id\":\"o-").append(i).append("\"}");
      backward.append(i == 0 ? "" : ",").append("{\"event\":\"x\",\"event_id\":\"o-").append(99 - i).append("\"}");
    }
    String[] batches = {forward.append("]}").toString(), backward.append("]}").toString()};
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<Api.Response>> results = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        String batch = batches[i % 2];
        results.add(pool.submit(() -> {
          go.await();
          return track(batch);
        }));
      }
      go.countDown();
      for (Future<Api.Response> f : results) {
        Api.Response r = f.get(60, TimeUnit.SECONDS);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(count("")).isEqualTo(100);
  }

  @Test
  void batchOver500_isBatchTooLarge() {
    Api.Response tooMany = track(batchOf(501, null));
    Api.Response tooManyAdmin = ingest(batchOf(501, null));

    assertThat(tooMany.status()).isEqualTo(413);
    assertThat(tooMany.code()).isEqualTo("batch_too_large");
    assertThat(tooMany.error().getString("kind")).isEqualTo("validation");
    assertThat(tooManyAdmin.status()).isEqualTo(413);
    assertThat(track(batchOf(500, null)).data().getInt("tracked")).isEqualTo(500);
    assertThat(count("")).isEqualTo(500);
  }

  @Test
  void badEventNames_areInvalidArgumentAndNothingIsStored() {
    String tooLong = "a".repeat(129);
    Api.Response r = track("{\"events\":[{\"event\":\"ok_name\"},{\"event\":\"CamelCase\"},"
        + "{\"event\":\"has-dash\"},{\"event\":\"" + tooLong + "\"},{\"properties\":{}}]}");

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.code()).isEqualTo("invalid_argument");
    JsonArray fields = r.error().getJsonObject("details").getJsonArray("fields");
    assertThat(fields.getValuesAs(JsonObject.class)).extracting(f -> f.getString("path"))
        .containsExactly("events[1].event", "events[2].event", "events[3].event", "events[4].event");
    assertThat(count("")).isZero();
    assertThat(track("{\"event\":\"" + "a".repeat(128) + "\"}").status()).isEqualTo(200);
  }

  @Test
  void badFieldValues_areInvalidArgument() {
    Api.Response badTime = track("{\"event\":\"x\",\"timestamp\":\"yesterday\"}");
    Api.Response badProps = track("{\"event\":\"x\",\"properties\":[1]}");
    Api.Response unknownField = track("{\"event\":\"x\",\"occurred_at\":\"2024-01-01T00:00:00Z\"}");

    assertThat(badTime.status()).isEqualTo(400);
    assertThat(badTime.error().getJsonObject("details").getJsonArray("fields").getJsonObject(0)
        .getString("path")).isEqualTo("timestamp");
    assertThat(badProps.status()).isEqualTo(400);
    assertThat(unknownField.status()).isEqualTo(400);
  }

  @Test
  void clientTimestamp_becomesOccurredAt() {
    track("{\"event\":\"x\",\"timestamp\":\"2030-01-02T03:04:05.123+01:00\"}");

    JsonObject listed = api.get(admin("/events?until=2031-01-01T00:00:00Z")).admin(project).send().json();

    assertThat(listed.getJsonArray("data").getJsonObject(0).getString("occurred_at"))
        .isEqualTo("2030-01-02T02:04:05.123Z");
  }

  @Test
  void adminIngest_reportsIngestedAndDuplicates() {
    String body = "{\"events\":[{\"event_id\":\"a\",\"user_id\":\"u1\",\"event\":\"sign_in\"},"
        + "{\"event_id\":\"b\",\"user_id\":\"u2\",\"event\":\"sign_in\",\"properties\":{\"via\":\"sso\"},"
        + "\"occurred_at\":\"" + Instant.now().minusSeconds(60) + "\"}]}";

    Api.Response first = ingest(body);
    Api.Response again = ingest(body);

    assertThat(first.status()).isEqualTo(200);
    assertThat(first.data().getInt("ingested")).isEqualTo(2);
    assertThat(first.data().getInt("duplicates")).isZero();
    assertThat(again.data().getInt("ingested")).isZero();
    assertThat(again.data().getInt("duplicates")).isEqualTo(2);
    assertThat(count("?user_id=u2")).isEqualTo(1);
  }

  @Test
  void adminIngest_requiresUserIdAndEvents() {
    Api.Response noUser = ingest("{\"events\":[{\"event\":\"x\"}]}");
    Api.Response noEvents = ingest("{\"event\":\"x\",\"user_id\":\"u\"}");

    assertThat(noUser.status()).isEqualTo(400);
    assertThat(noUser.error().getJsonObject("details").getJsonArray("fields").getJsonObject(0)
        .getString("path")).isEqualTo("events[0].user_id");
    assertThat(noEvents.status()).isEqualTo(400);
  }

  @Test
  void list_isNewestFirstAndPagesByCursor() {
    Instant base = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    StringBuilder json = new StringBuilder("{\"events\":[");
    for (int i = 0; i < 5; i++) {
      json.append(i == 0 ? "" : ",").append("{\"event\":\"step\",\"properties\":{\"i\":").append(i)
          .append("},\"timestamp\":\"").append(base.plusSeconds(i)).append("\"}");
    }
    track(json.append("]}").toString());
    // Two events at the very same instant must still page without loss or repetition.
    track("{\"event\":\"step\",\"properties\":{\"i\":5},\"timestamp\":\"" + base.plusSeconds(4) + "\"}");

    List<Integer> seen = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      String query = "?limit=2" + (cursor == null ? "" : "&cursor=" + Api.enc(cursor));
      JsonObject page = api.get(admin("/events" + query)).admin(project).send().json();
      page.getJsonArray("data").getValuesAs(JsonObject.class)
          .forEach(e -> seen.add(e.getJsonObject("properties").getInt("i")));
      cursor = page.isNull("next_cursor") ? null : page.getString("next_cursor");
      assertThat(page.getBoolean("has_more")).isEqualTo(cursor != null);
      pages++;
    } while (cursor != null && pages < 10);

    assertThat(pages).isEqualTo(3);
    assertThat(seen).containsExactly(5, 4, 3, 2, 1, 0);
  }

  @Test
  void list_filtersByNameUserAndWindow() {
    String other = emulator.createUser(project);
    track("{\"event\":\"a\"}");
    track("{\"event\":\"b\"}");
    api.post("/v1/client/events").asUser(project, other).json("{\"event\":\"a\"}").send();
    track("{\"event\":\"a\",\"timestamp\":\"" + Instant.now().minus(Duration.ofDays(2)) + "\"}");

    assertThat(listSize("?event_name=a")).isEqualTo(2);
    assertThat(listSize("?user_id=" + other)).isEqualTo(1);
    assertThat(listSize("")).isEqualTo(3);
    assertThat(listSize("?since=" + Instant.now().minus(Duration.ofDays(3)))).isEqualTo(4);
    assertThat(listSize("?until=" + Instant.now().minus(Duration.ofDays(1)) + "&since="
        + Instant.now().minus(Duration.ofDays(3)))).isEqualTo(1);
  }

  private int listSize(String query) {
    Api.Response r = api.get(admin("/events" + query.replace("+", "%2B"))).admin(project).send();
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    return r.json().getJsonArray("data").size();
  }

  @Test
  void list_rejectsBadParametersWithTheirCodes() {
    assertAdminError("/events?since=noon", "invalid_since");
    assertAdminError("/events?until=2024-13-01", "invalid_until");
    assertAdminError("/events?limit=1001", "invalid_limit");
    assertAdminError("/events?limit=0", "invalid_limit");
    assertAdminError("/events?cursor=not-a-cursor", "invalid_cursor");
    assertAdminError("/events/count?since=noon", "invalid_since");
    assertAdminError("/events/count?group_by=hour", "invalid_group_by");
    assertAdminError("/events/count?properties=" + Api.enc("[1]"), "invalid_properties");
    assertAdminError("/events/count?properties=" + Api.enc("{bad"), "invalid_properties");
  }

  @Test
  void count_rangeOver90DaysIsInvalidRange() {
    Instant until = Instant.parse("2024-06-01T00:00:00Z");

    assertAdminError("/events/count?since=" + until.minus(Duration.ofDays(91)) + "&until=" + until,
        "invalid_range");
    assertAdminError("/events/count?since=" + Instant.now().minus(Duration.ofDays(91)),
        "invalid_range");
    assertAdminError("/events/count?since=2024-06-02&until=2024-06-01", "invalid_range");
    assertThat(count("?since=" + until.minus(Duration.ofDays(90)) + "&until=" + until)).isZero();
  }

  private void assertAdminError(String path, String code) {
    Api.Response r = api.get(admin(path)).admin(project).send();
    assertThat(r.status()).as(path + " -> " + r).isEqualTo(400);
    assertThat(r.code()).as(path).isEqualTo(code);
  }

  @Test
  void count_groupsByDayAndByEventName() {
    track("{\"events\":["
        + "{\"event\":\"open\",\"timestamp\":\"2024-03-01T10:00:00Z\"},"
        + "{\"event\":\"open\",\"timestamp\":\"2024-03-01T23:59:59Z\"},"
        + "{\"event\":\"buy\",\"timestamp\":\"2024-03-02T00:00:00Z\"},"
        + "{\"event\":\"open\",\"timestamp\":\"2024-03-03T08:00:00+09:00\"},"
        + "{\"event\":\"open\",\"timestamp\":\"2024-04-01T00:00:00Z\"}]}");
    String window = "?since=2024-03-01T00:00:00Z&until=2024-03-04T00:00:00Z";

    JsonObject byDay = countData(window + "&group_by=day");
    JsonObject byName = countData(window + "&group_by=event_name");
    JsonObject plain = countData(window + "&event_name=open");

    assertThat(byDay.getInt("total")).isEqualTo(4);
    assertThat(buckets(byDay)).containsExactly("2024-03-01=2", "2024-03-02=2");
    assertThat(buckets(byName)).containsExactly("open=3", "buy=1");
    assertThat(plain.getInt("total")).isEqualTo(3);
    assertThat(plain.getJsonArray("buckets")).isEmpty();
  }

  @Test
  void count_filtersByProperties_andAnUnknownSegmentIs404() {
    track("{\"events\":["
        + "{\"event\":\"buy\",\"properties\":{\"plan\":\"pro\",\"amount\":10}},"
        + "{\"event\":\"buy\",\"properties\":{\"plan\":\"pro\",\"amount\":10.0,\"coupon\":true}},"
        + "{\"event\":\"buy\",\"properties\":{\"plan\":\"free\",\"amount\":10}},"
        + "{\"event\":\"buy\"}]}");

    assertThat(count("?properties=" + Api.enc("{\"plan\":\"pro\"}"))).isEqualTo(2);
    assertThat(count("?properties=" + Api.enc("{\"plan\":\"pro\",\"amount\":10}"))).isEqualTo(2);
    assertThat(count("?properties=" + Api.enc("{\"coupon\":true}"))).isEqualTo(1);
    assertThat(count("?properties=" + Api.enc("{\"missing\":null}"))).isZero();
    Api.Response unknown = api.get(admin("/events/count?segment_id=seg_anything")).admin(project).send();
    assertThat(unknown.status()).isEqualTo(404);
  }

  private JsonObject countData(String query) {
    Api.Response r = api.get(admin("/events/count" + query.replace("+", "%2B"))).admin(project).send();
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    return r.data();
  }

  private static List<String> buckets(JsonObject data) {
    List<String> out = new ArrayList<>();
    for (JsonObject b : data.getJsonArray("buckets").getValuesAs(JsonObject.class)) {
      out.add(b.getString("key") + "=" + b.getInt("count"));
    }
    return out;
  }
}
