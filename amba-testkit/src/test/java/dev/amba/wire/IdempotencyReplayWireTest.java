package dev.amba.wire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amba.AmbaClient;
import dev.amba.AmbaUser;
import dev.amba.collections.CollectionDefinition;
import dev.amba.collections.Column;
import dev.amba.collections.ColumnType;
import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.EmulatorProject;
import dev.amba.testkit.Fault;
import dev.amba.testkit.RecordedRequest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, finding 8: {@code Idempotency-Key} on POST, as amba-api-modules.md M2 says. The
 * emulator runs on a clock the test moves, so the 24-hour window is tested without waiting.
 */
class IdempotencyReplayWireTest {

  private static final ManualClock CLOCK = new ManualClock(Instant.parse("2030-01-01T00:00:00Z"));
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();
  private static AmbaEmulator emulator;
  private static AmbaClient amba;

  @BeforeAll
  static void start() {
    emulator = AmbaEmulator.builder().quiet(true).clock(CLOCK).start();
    // Retries sleep nowhere: the test's time is the emulator's clock, not the wall.
    amba = AmbaClient.configure(emulator.config().toBuilder().sleeper(d -> { }).build());
    amba.collections().define(CollectionDefinition.of("notes", Column.of("title", ColumnType.TEXT)));
    amba.collections().define(CollectionDefinition.of("drafts", Column.of("title", ColumnType.TEXT)));
    amba.storage().createBucket("files");
  }

  @AfterAll
  static void stop() {
    amba.close();
    emulator.close();
  }

  @AfterEach
  void clearFaults() {
    emulator.faults().reset();
  }

  private static String newUser() {
    return emulator.createUser(emulator.defaultProject());
  }

  private static long notes(String uid) {
    return amba.asUser(uid).collection("notes").count();
  }

  // ---- the regression

  @Test
  void collectionInsert_whoseAnswerIsLost_isRetriedWithTheSameKeyAndStoredOnce() {
    String uid = newUser();
    AmbaUser user = amba.asUser(uid);
    emulator.clearRecordedRequests();
    emulator.faults().next(1, Fault.resetAfterHandling());

    Map<String, Object> returned = user.collection("notes").insert(Map.of("title", "once"));

    assertThat(notes(uid)).isEqualTo(1);
    List<Map<String, Object>> stored = user.collection("notes").find(dev.amba.collections.Query.all()).items();
    assertThat(stored).singleElement().satisfies(row -> assertThat(row.get("id")).isEqualTo(returned.get("id")));
    List<RecordedRequest> posts = emulator.recordedRequests().stream()
        .filter(r -> r.method().equals("POST")).toList();
    assertThat(posts).hasSize(2);
    assertThat(posts.get(0).header("idempotency-key")).isNotBlank()
        .isEqualTo(posts.get(1).header("idempotency-key"));
  }

  @Test
  void collectionInsert_sendsAFreshKeyPerLogicalInsert() {
    String uid = newUser();
    emulator.clearRecordedRequests();
    amba.asUser(uid).collection("notes").insert(Map.of("title", "same"));
    amba.asUser(uid).collection("notes").insert(Map.of("title", "same"));

    assertThat(notes(uid)).isEqualTo(2);
    Set<String> keys = new java.util.HashSet<>();
    emulator.recordedRequests().stream().filter(r -> r.method().equals("POST"))
        .forEach(r -> keys.add(r.header("idempotency-key")));
    assertThat(keys).hasSize(2).doesNotContainNull();
  }

  // ---- replay

  @Test
  void sameKeySameBody_replaysTheFirstAnswerMarkedAsAReplay_andStoresNothingNew() {
    String uid = newUser();
    String key = UUID.randomUUID().toString();

    Answer first = insert(emulator.defaultProject(), uid, "notes", key, "{\"title\":\"a\"}");
    Answer second = insert(emulator.defaultProject(), uid, "notes", key, "{\"title\":\"a\"}");

    assertThat(first.status()).isEqualTo(201);
    assertThat(first.header("idempotent-replayed")).isNull();
    assertThat(second.status()).isEqualTo(201);
    assertThat(second.header("idempotent-replayed")).isEqualTo("true");
    assertThat(second.json()).isEqualTo(first.json());
    assertThat(second.header("x-request-id")).isNotEqualTo(first.header("x-request-id"));
    assertThat(notes(uid)).isEqualTo(1);
  }

  @Test
  void sameKeyOtherBody_is409IdempotencyKeyReused_andStoresNothing() {
    String uid = newUser();
    String key = UUID.randomUUID().toString();
    insert(emulator.defaultProject(), uid, "notes", key, "{\"title\":\"a\"}");

    Answer other = insert(emulator.defaultProject(), uid, "notes", key, "{\"title\":\"b\"}");

    assertThat(other.status()).isEqualTo(409);
    assertThat(other.code()).isEqualTo("idempotency_key_reused");
    assertThat(other.json().getJsonObject("error").getString("kind")).isEqualTo("validation");
    assertThat(notes(uid)).isEqualTo(1);
  }

  @Test
  void aKeyIsScopedToTheActingUser() {
    String alice = newUser();
    String bob = newUser();
    String key = UUID.randomUUID().toString();

    Answer a = insert(emulator.defaultProject(), alice, "notes", key, "{\"title\":\"a\"}");
    Answer b = insert(emulator.defaultProject(), bob, "notes", key, "{\"title\":\"a\"}");

    assertThat(b.status()).isEqualTo(201);
    assertThat(b.header("idempotent-replayed")).isNull();
    assertThat(b.dataId()).isNotEqualTo(a.dataId());
    assertThat(notes(alice)).isEqualTo(1);
    assertThat(notes(bob)).isEqualTo(1);
  }

  @Test
  void aKeyIsScopedToTheProject() {
    EmulatorProject other = emulator.createProject();
    try (AmbaClient otherClient = AmbaClient.configure(emulator.config(other))) {
      otherClient.collections().define(CollectionDefinition.of("notes", Column.of("title", ColumnType.TEXT)));
      String here = newUser();
      String there = emulator.createUser(other);
      String key = UUID.randomUUID().toString();

      Answer a = insert(emulator.defaultProject(), here, "notes", key, "{\"title\":\"a\"}");
      Answer b = insert(other, there, "notes", key, "{\"title\":\"a\"}");

      assertThat(b.status()).isEqualTo(201);
      assertThat(b.header("idempotent-replayed")).isNull();
      assertThat(b.dataId()).isNotEqualTo(a.dataId());
      assertThat(otherClient.asUser(there).collection("notes").count()).isEqualTo(1);
    }
  }

  @Test
  void aKeyIsScopedToTheConcretePath() {
    String uid = newUser();
    String key = UUID.randomUUID().toString();

    insert(emulator.defaultProject(), uid, "notes", key, "{\"title\":\"a\"}");
    Answer drafts = insert(emulator.defaultProject(), uid, "drafts", key, "{\"title\":\"a\"}");

    assertThat(drafts.status()).isEqualTo(201);
    assertThat(drafts.header("idempotent-replayed")).isNull();
    assertThat(amba.asUser(uid).collection("drafts").count()).isEqualTo(1);
    assertThat(notes(uid)).isEqualTo(1);
  }

  @Test
  void aKeyIsKept24HoursByTheEmulatorClock_thenExecutesAnew() {
    String uid = newUser();
    String key = UUID.randomUUID().toString();
    Answer first = insert(emulator.defaultProject(), uid, "notes", key, "{\"title\":\"a\"}");

    CLOCK.advance(Duration.ofHours(24).minusSeconds(1));
    Answer within = insert(emulator.defaultProject(), uid, "notes", key, "{\"title\":\"a\"}");
    CLOCK.advance(Duration.ofSeconds(1));
    Answer after = insert(emulator.defaultProject(), uid, "notes", key, "{\"title\":\"a\"}");

    assertThat(within.header("idempotent-replayed")).isEqualTo("true");
    assertThat(within.dataId()).isEqualTo(first.dataId());
    assertThat(after.status()).isEqualTo(201);
    assertThat(after.header("idempotent-replayed")).isNull();
    assertThat(after.dataId()).isNotEqualTo(first.dataId());
    assertThat(notes(uid)).isEqualTo(2);
  }

  @Test
  void concurrentRequestsWithOneKey_executeOnce_andAllGetTheFirstAnswer() throws Exception {
    String uid = newUser();
    String key = UUID.randomUUID().toString();
    int threads = 16;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch ready = new CountDownLatch(threads);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Answer>> answers = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        answers.add(pool.submit(() -> {
          ready.countDown();
          go.await();
          return insert(emulator.defaultProject(), uid, "notes", key, "{\"title\":\"race\"}");
        }));
      }
      assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
      go.countDown();
      Set<String> ids = ConcurrentHashMap.newKeySet();
      int replays = 0;
      for (Future<Answer> f : answers) {
        Answer a = f.get(60, TimeUnit.SECONDS);
        assertThat(a.status()).as(a.toString()).isEqualTo(201);
        ids.add(a.dataId());
        if ("true".equals(a.header("idempotent-replayed"))) {
          replays++;
        }
      }
      assertThat(ids).hasSize(1);
      assertThat(replays).isEqualTo(threads - 1);
      assertThat(notes(uid)).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  // ---- which answers are kept

  @Test
  void aTypedClientErrorIsReplayed_soTheKeyStaysBoundToItsFirstOutcome() {
    String uid = newUser();
    String key = UUID.randomUUID().toString();
    String body = "{\"title\":\"a\",\"user_id\":\"" + newUser() + "\"}";

    Answer first = insert(emulator.defaultProject(), uid, "notes", key, body);
    Answer second = insert(emulator.defaultProject(), uid, "notes", key, body);

    assertThat(first.status()).isEqualTo(403);
    assertThat(first.code()).isEqualTo("as_user_mismatch");
    assertThat(second.status()).isEqualTo(403);
    assertThat(second.code()).isEqualTo("as_user_mismatch");
    assertThat(second.header("idempotent-replayed")).isEqualTo("true");
    // The replayed error carries the request id of the call it answers, like every error body.
    assertThat(second.json().getJsonObject("error").getString("request_id")).isEqualTo(second.header("x-request-id"));
  }

  @Test
  void anAnswerNeverReachingTheHandler_isNotKept_soTheRetryExecutes() {
    String uid = newUser();
    String key = UUID.randomUUID().toString();
    emulator.faults().next(1, Fault.status(503));

    Answer refused = insert(emulator.defaultProject(), uid, "notes", key, "{\"title\":\"a\"}");
    Answer retried = insert(emulator.defaultProject(), uid, "notes", key, "{\"title\":\"a\"}");

    assertThat(refused.status()).isEqualTo(503);
    assertThat(retried.status()).isEqualTo(201);
    assertThat(retried.header("idempotent-replayed")).isNull();
    assertThat(notes(uid)).isEqualTo(1);
  }

  @Test
  void anUnauthenticatedCall_neverBindsTheKey() {
    String uid = newUser();
    String key = UUID.randomUUID().toString();
    Answer refused = send("POST", "/v1/client/collections/notes", "{\"title\":\"a\"}",
        "X-Api-Key", emulator.defaultProject().clientKey(), "Authorization", "Bearer not-a-key",
        "X-Amba-On-Behalf-Of", uid, "Idempotency-Key", key);

    Answer ok = insert(emulator.defaultProject(), uid, "notes", key, "{\"title\":\"a\"}");

    assertThat(refused.status()).isEqualTo(401);
    assertThat(ok.status()).isEqualTo(201);
    assertThat(ok.header("idempotent-replayed")).isNull();
  }

  @Test
  void aKeyLongerThan255Characters_is400() {
    String uid = newUser();
    Answer a = insert(emulator.defaultProject(), uid, "notes", "k".repeat(256), "{\"title\":\"a\"}");

    assertThat(a.status()).isEqualTo(400);
    assertThat(a.code()).isEqualTo("invalid_idempotency_key");
    assertThat(notes(uid)).isZero();
  }

  // ---- other POSTs

  @Test
  void eventsTrack_withAKey_isStoredOnce() {
    String uid = newUser();
    String key = UUID.randomUUID().toString();
    String body = "{\"event\":\"keyed_event\",\"properties\":{}}";

    Answer first = asUser(emulator.defaultProject(), uid, "POST", "/v1/client/events", body, key);
    Answer second = asUser(emulator.defaultProject(), uid, "POST", "/v1/client/events", body, key);

    assertThat(first.status()).isEqualTo(200);
    assertThat(second.status()).isEqualTo(200);
    assertThat(second.header("idempotent-replayed")).isEqualTo("true");
    Answer count = send("GET", "/v1/admin/projects/" + emulator.defaultProject().projectId()
            + "/events/count?event_name=keyed_event&user_id=" + uid, null,
        "Authorization", "Bearer " + emulator.defaultProject().serverKey());
    assertThat(count.json().getJsonObject("data").getJsonNumber("total").longValue()).as(count.toString())
        .isEqualTo(1);
  }

  @Test
  void storagePresign_withAKey_replaysTheSameUpload() {
    String uid = newUser();
    String key = UUID.randomUUID().toString();
    String body = "{\"bucket\":\"files\",\"filename\":\"a.txt\",\"mime_type\":\"text/plain\",\"size_bytes\":1}";

    Answer first = asUser(emulator.defaultProject(), uid, "POST", "/v1/client/storage/presign", body, key);
    Answer second = asUser(emulator.defaultProject(), uid, "POST", "/v1/client/storage/presign", body, key);
    Answer unkeyed = asUser(emulator.defaultProject(), uid, "POST", "/v1/client/storage/presign", body, null);

    assertThat(first.status()).as(first.toString()).isEqualTo(200);
    assertThat(second.header("idempotent-replayed")).isEqualTo("true");
    String upload = first.json().getJsonObject("data").getString("upload_id");
    assertThat(second.json().getJsonObject("data").getString("upload_id")).isEqualTo(upload);
    assertThat(unkeyed.json().getJsonObject("data").getString("upload_id")).isNotEqualTo(upload);
  }

  // ---- raw HTTP

  record Answer(int status, HttpHeaders headers, String body) {
    String header(String name) {
      return headers.firstValue(name).orElse(null);
    }

    JsonObject json() {
      try (JsonReader r = Json.createReader(new StringReader(body))) {
        return r.readObject();
      }
    }

    String dataId() {
      return json().getJsonObject("data").getString("id");
    }

    String code() {
      return json().getJsonObject("error").getString("code");
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }

  private static Answer insert(EmulatorProject project, String uid, String collection, String key, String json) {
    return asUser(project, uid, "POST", "/v1/client/collections/" + collection, json, key);
  }

  private static Answer asUser(EmulatorProject project, String uid, String method, String path, String json,
      String key) {
    List<String> headers = new ArrayList<>(List.of("X-Api-Key", project.clientKey(),
        "Authorization", "Bearer " + project.serverKey(), "X-Amba-On-Behalf-Of", uid));
    if (key != null) {
      headers.addAll(List.of("Idempotency-Key", key));
    }
    return send(method, path, json, headers.toArray(String[]::new));
  }

  private static Answer send(String method, String path, String json, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(emulator.apiUrl() + path))
        .timeout(Duration.ofSeconds(60))
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      b.header("Content-Type", "application/json");
    }
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    try {
      HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(r.statusCode(), r.headers(), r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
