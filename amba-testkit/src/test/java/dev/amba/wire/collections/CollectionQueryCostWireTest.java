package dev.amba.wire.collections;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.EmulatorProject;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, finding 6: a hostile query must cost the emulator little, and must not stall anyone
 * else. Before the fix a like pattern with a few {@code %} against one 300-character row outlasted
 * the client's 30 s timeout (H2 backtracks over every split of the row among the {@code %}s, and
 * cannot be cancelled inside a row), a
 * slow read held its collection's lock so schema changes and, behind them, every other user's
 * inserts waited, and 16 slow reads took every pooled connection, stalling all projects.
 *
 * <p>Slow reads are made with {@link ReadHold}, a trigger that keeps a statement inside H2 until the
 * test lets it go; so the emulator runs on a data directory, which the test connects to as well.
 */
class CollectionQueryCostWireTest {
  private static final String LONG_ROW = "a".repeat(300);
  /** Generous: every awaited answer normally comes in milliseconds. */
  private static final long ANSWER_SECONDS = 20;

  @TempDir static Path dir;

  private static AmbaEmulator emulator;
  private static RawWire raw;
  private static RawWire elsewhere;
  private static String owner;
  private static String neighbour;
  private static String otherProjectUser;
  private static ExecutorService threads;

  @BeforeAll
  static void start() {
    emulator = AmbaEmulator.builder().dataDirectory(dir).quiet(true).start();
    threads = Executors.newCachedThreadPool();
    raw = new RawWire(emulator);
    owner = emulator.createUser(emulator.defaultProject());
    neighbour = emulator.createUser(emulator.defaultProject());
    define(raw, "notes");
    insert(raw, owner, "notes", LONG_ROW);

    EmulatorProject other = emulator.createProject();
    elsewhere = new RawWire(emulator, other);
    otherProjectUser = emulator.createUser(other);
    define(elsewhere, "things");
    insert(elsewhere, otherProjectUser, "things", "theirs");
  }

  @AfterAll
  static void stop() {
    if (threads != null) {
      threads.shutdownNow();
    }
    if (emulator != null) {
      emulator.close();
    }
  }

  // ---- pattern limits ----

  @Test
  void likeWithManyPercents_againstAThreeHundredCharRow_isRefusedAtOnceNamingTheColumn() {
    // Twelve %: before the fix H2 tried every way to split the row among them, past the 30 s timeout.
    String pattern = "%a".repeat(12) + "b";

    for (String op : List.of("like", "ilike")) {
      RawWire.Answer find = raw.find(owner, "notes", filter("body", op, pattern));
      assertThat(find.status()).as(find.toString()).isEqualTo(400);
      assertThat(find.code()).isEqualTo("invalid_argument");
      assertThat(find.firstFieldPath()).isEqualTo("body");
      assertThat(find.message()).contains("%");

      RawWire.Answer count = count(raw, owner, "notes", filter("body", op, pattern));
      assertThat(count.status()).as(count.toString()).isEqualTo(400);
      assertThat(count.firstFieldPath()).isEqualTo("body");
    }
  }

  @Test
  void likePatternsAtTheLimits_answerCorrectly_evenWhenTheyCannotMatch() {
    // Eight %, the most a pattern may hold, and no match: the worst case for a backtracking matcher.
    assertThat(countOf(filter("body", "like", "%a".repeat(8) + "b"))).isZero();
    assertThat(countOf(filter("body", "ilike", "%A".repeat(8) + "B"))).isZero();
    assertThat(countOf(filter("body", "like", "%a".repeat(7) + "%"))).isEqualTo(1);
    assertThat(countOf(filter("body", "ilike", "%A".repeat(7) + "%"))).isEqualTo(1);
    // A run of % is one wildcard: 32 of them in 8 runs are within the limit.
    assertThat(countOf(filter("body", "like", "%%%%a".repeat(8)))).isEqualTo(1);
    // 256 characters, the longest pattern; _ and escaped % are not wildcards of the % kind.
    assertThat(countOf(filter("body", "like", "a".repeat(254) + "_%"))).isEqualTo(1);
    assertThat(countOf(filter("body", "like", "\\%".repeat(100) + "%"))).isZero();
  }

  @Test
  void likePatternsPastTheLimits_areRefusedNamingTheColumn() {
    RawWire.Answer tooLong = raw.find(owner, "notes", filter("body", "like", "a".repeat(257)));
    assertThat(tooLong.status()).as(tooLong.toString()).isEqualTo(400);
    assertThat(tooLong.code()).isEqualTo("invalid_argument");
    assertThat(tooLong.firstFieldPath()).isEqualTo("body");
    assertThat(tooLong.message()).contains("256");

    RawWire.Answer tooMany = raw.find(owner, "notes", filter("body", "ilike", "%a".repeat(9)));
    assertThat(tooMany.status()).as(tooMany.toString()).isEqualTo(400);
    assertThat(tooMany.firstFieldPath()).isEqualTo("body");
    assertThat(tooMany.message()).contains("8");
  }

  // ---- locks ----

  @Test
  void aSlowRead_blocksNeitherASchemaChangeNorAnotherUsersInsertNorAnotherProject() throws Exception {
    define(raw, "lock_notes");
    insert(raw, owner, "lock_notes", "mine");
    CountDownLatch held = new CountDownLatch(1);
    try (ReadHold hold = ReadHold.hold(dir, "lock_notes", 1, held::countDown)) {
      CompletableFuture<RawWire.Answer> slowRead = async(() -> raw.find(owner, "lock_notes", "{}"));
      assertThat(held.await(ANSWER_SECONDS, TimeUnit.SECONDS)).as("the read reached the database").isTrue();

      // Before the fix the change queued for the collection's write lock, and every insert queued behind it.
      CompletableFuture<RawWire.Answer> addColumn = async(() -> raw.admin("PATCH", "/collections/lock_notes",
          "{\"add_column\":{\"name\":\"extra\",\"type\":\"text\",\"nullable\":true}}"));
      RawWire.Answer inserted = within(async(() -> raw.asUser(neighbour, "POST", "/v1/client/collections/lock_notes",
          "{\"body\":\"neighbour's\"}")));
      assertThat(inserted.status()).as(inserted.toString()).isEqualTo(201);
      RawWire.Answer added = within(addColumn);
      assertThat(added.status()).as(added.toString()).isEqualTo(200);
      RawWire.Answer other = within(async(() -> elsewhere.find(otherProjectUser, "things", "{}")));
      assertThat(other.status()).as(other.toString()).isEqualTo(200);
      assertThat(slowRead).as("the read is still held").isNotDone();

      hold.release();
      RawWire.Answer read = within(slowRead);
      assertThat(read.status()).as(read.toString()).isEqualTo(200);
      assertThat(read.json().getJsonArray("data")).extracting(v -> v.asJsonObject().getString("body"))
          .containsExactly("mine");
    }
  }

  @Test
  void aColumnDroppedDuringARead_givesEachReadACleanAnswer() throws Exception {
    define(raw, "drop_notes");
    insert(raw, owner, "drop_notes", "mine");
    CountDownLatch held = new CountDownLatch(2);
    try (ReadHold hold = ReadHold.hold(dir, "drop_notes", 2, held::countDown)) {
      CompletableFuture<RawWire.Answer> byTag = async(() -> raw.find(owner, "drop_notes", filter("tag", "is_null", null)));
      CompletableFuture<RawWire.Answer> all = async(() -> raw.find(owner, "drop_notes", "{}"));
      assertThat(held.await(ANSWER_SECONDS, TimeUnit.SECONDS)).as("both reads reached the database").isTrue();

      RawWire.Answer dropped = within(async(() -> raw.admin("PATCH", "/collections/drop_notes?confirm=tag",
          "{\"drop_column\":\"tag\"}")));
      assertThat(dropped.status()).as(dropped.toString()).isEqualTo(200);

      hold.release();
      // Each read answers as it would have right after the change: the dropped column is unknown.
      RawWire.Answer filtered = within(byTag);
      assertThat(filtered.status()).as(filtered.toString()).isEqualTo(400);
      assertThat(filtered.code()).isEqualTo("invalid_argument");
      assertThat(filtered.firstFieldPath()).isEqualTo("tag");
      RawWire.Answer plain = within(all);
      assertThat(plain.status()).as(plain.toString()).isEqualTo(200);
      assertThat(plain.json().getJsonArray("data")).extracting(v -> v.asJsonObject().getString("body"))
          .containsExactly("mine");
    }
  }

  // ---- the connection pool ----

  @Test
  void sixteenSlowReadsOfOneProject_leaveOtherProjectsServed() throws Exception {
    define(raw, "pool_notes");
    insert(raw, owner, "pool_notes", "mine");
    int reads = 16;
    // Each read either reaches the database (and is held there) or is answered at once.
    CountDownLatch settled = new CountDownLatch(reads);
    try (ReadHold hold = ReadHold.hold(dir, "pool_notes", reads, settled::countDown)) {
      List<CompletableFuture<RawWire.Answer>> answers = new ArrayList<>();
      for (int i = 0; i < reads; i++) {
        answers.add(async(() -> {
          RawWire.Answer a = raw.find(owner, "pool_notes", "{}");
          if (a.status() != 200) {
            settled.countDown();
          }
          return a;
        }));
      }
      assertThat(settled.await(ANSWER_SECONDS, TimeUnit.SECONDS)).as("every read was held or answered").isTrue();

      RawWire.Answer other = within(async(() -> elsewhere.find(otherProjectUser, "things", "{}")));
      assertThat(other.status()).as(other.toString()).isEqualTo(200);
      RawWire.Answer otherInsert = within(async(() ->
          elsewhere.asUser(otherProjectUser, "POST", "/v1/client/collections/things", "{\"body\":\"more\"}")));
      assertThat(otherInsert.status()).as(otherInsert.toString()).isEqualTo(201);
      assertThat(hold.held()).as("one project's reads hold only part of the pool").isLessThan(reads);

      hold.release();
      int refused = 0;
      for (CompletableFuture<RawWire.Answer> f : answers) {
        RawWire.Answer a = within(f);
        if (a.status() == 429) {
          refused++;
          assertThat(a.code()).isEqualTo("rate_limited");
          assertThat(a.json().getJsonObject("error").getJsonObject("details").getInt("retry_after_seconds"))
              .isPositive();
        } else {
          assertThat(a.status()).as(a.toString()).isEqualTo(200);
        }
      }
      assertThat(refused).isEqualTo(reads - hold.held());
    }
  }

  // ---- the statement timeout ----

  @Test
  void aQueryPastTheStatementTimeout_isA503QueryTimeout(@TempDir Path slowDir) throws Exception {
    try (AmbaEmulator slow = AmbaEmulator.builder().dataDirectory(slowDir).quiet(true)
        .queryTimeout(Duration.ofMillis(50)).start()) {
      RawWire wire = new RawWire(slow);
      String uid = slow.createUser(slow.defaultProject());
      define(wire, "slow_notes");
      // H2 looks at the clock every 128 rows it reads, so the scan must pass that many.
      for (int i = 0; i < 130; i++) {
        insert(wire, uid, "slow_notes", "row " + i);
      }
      define(wire, "quick_notes");
      insert(wire, uid, "quick_notes", "quick");

      // Every read of slow_notes now spends 250 ms in the database before its first row.
      ReadHold delay = ReadHold.delay(slowDir, "slow_notes", Duration.ofMillis(250));
      try {
        String noMatch = filter("body", "like", "%zzz%");
        for (RawWire.Answer a : List.of(wire.find(uid, "slow_notes", noMatch), count(wire, uid, "slow_notes", noMatch))) {
          assertThat(a.status()).as(a.toString()).isEqualTo(503);
          JsonObject error = a.json().getJsonObject("error");
          assertThat(error.getString("code")).isEqualTo("query_timeout");
          assertThat(error.getString("kind")).isEqualTo("tenant_unavailable");
          assertThat(error.getJsonObject("details").getInt("timeout_ms")).isEqualTo(50);
        }
        // The cancelled statements gave their connections back: quick reads are answered.
        RawWire.Answer quick = wire.find(uid, "quick_notes", "{}");
        assertThat(quick.status()).as(quick.toString()).isEqualTo(200);
      } finally {
        delay.close();
      }
    }
  }

  @Test
  void theQueryTimeout_mustBePositive() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> AmbaEmulator.builder().queryTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("queryTimeout");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> AmbaEmulator.builder().queryTimeout(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("queryTimeout");
  }

  // ---- helpers ----

  private static void define(RawWire wire, String name) {
    RawWire.Answer a = wire.admin("POST", "/collections", "{\"name\":\"" + name + "\",\"columns\":["
        + "{\"name\":\"body\",\"type\":\"text\"},{\"name\":\"tag\",\"type\":\"text\",\"nullable\":true}]}");
    assertThat(a.status()).as(a.toString()).isEqualTo(201);
  }

  private static void insert(RawWire wire, String uid, String collection, String body) {
    RawWire.Answer a = wire.asUser(uid, "POST", "/v1/client/collections/" + collection, "{\"body\":\"" + body + "\"}");
    assertThat(a.status()).as(a.toString()).isEqualTo(201);
  }

  private static String filter(String column, String op, String value) {
    return "{\"filter\":{\"column\":\"" + column + "\",\"op\":\"" + op + "\""
        + (value == null ? "" : ",\"value\":\"" + value.replace("\\", "\\\\") + "\"") + "}}";
  }

  private static RawWire.Answer count(RawWire wire, String uid, String collection, String options) {
    return wire.asUser(uid, "GET", "/v1/client/collections/" + collection + "/count?query=" + RawWire.enc(options), null);
  }

  private static long countOf(String options) {
    RawWire.Answer a = count(raw, owner, "notes", options);
    assertThat(a.status()).as(a.toString()).isEqualTo(200);
    return a.json().getJsonObject("data").getJsonNumber("count").longValue();
  }

  private static <T> CompletableFuture<T> async(Supplier<T> call) {
    return CompletableFuture.supplyAsync(call, threads);
  }

  private static <T> T within(CompletableFuture<T> answer) throws Exception {
    return answer.get(ANSWER_SECONDS, TimeUnit.SECONDS);
  }
}
