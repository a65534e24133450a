package dev.amba.wire.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaBadRequestException;
import dev.amba.AmbaClient;
import dev.amba.AmbaNotFoundException;
import dev.amba.AmbaUser;
import dev.amba.Page;
import dev.amba.events.Event;
import dev.amba.events.EventCount;
import dev.amba.events.EventCountQuery;
import dev.amba.events.EventGrouping;
import dev.amba.events.EventListQuery;
import dev.amba.events.IngestEvent;
import dev.amba.events.IngestResult;
import dev.amba.events.StoredEvent;
import dev.amba.events.TrackResult;
import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.AmbaEmulatorExtension;
import dev.amba.testkit.EmulatorProject;
import dev.amba.testkit.RecordedRequest;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Events (amba-api.md section 8) through the SDK against the emulator. Each test works in a
 * project of its own, so every count is exact.
 */
@ExtendWith(AmbaEmulatorExtension.class)
class EventsWireTest {

  private static final Instant TODAY = LocalDate.now(ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant();

  private AmbaEmulator emulator;
  private EmulatorProject project;
  private AmbaClient amba;

  @BeforeEach
  void freshProject(AmbaEmulator emulator) {
    this.emulator = emulator;
    this.project = emulator.createProject();
    // Retries wait through this sleeper, which returns at once.
    this.amba = AmbaClient.configure(emulator.config(project).toBuilder().sleeper(d -> { }).build());
  }

  @AfterEach
  void close() {
    amba.close();
  }

  private List<RecordedRequest> requests(String method, String pathPrefix) {
    return emulator.recordedRequests().stream()
        .filter(r -> r.method().equals(method) && r.path().startsWith(pathPrefix))
        .collect(Collectors.toList());
  }

  private static JsonObject json(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }

  private String adminEvents() {
    return "/v1/admin/projects/" + project.projectId() + "/events";
  }

  @Test
  void track_oneEvent_isStoredForTheActingUserWithItsEventId() {
    String uid = emulator.createUser(project);
    TrackResult r = amba.asUser(uid).events().track("checkout_completed", Map.of("amount", 99));
    assertThat(r.tracked()).isEqualTo(1);

    JsonObject sent = json(requests("POST", "/v1/client/events").get(0).body());
    assertThat(sent.getString("event")).isEqualTo("checkout_completed");
    assertThat(sent.getString("event_id")).matches("[0-9a-f-]{36}");
    assertThat(sent.getJsonObject("properties").getInt("amount")).isEqualTo(99);

    List<StoredEvent> stored = amba.events().listAll(EventListQuery.recent().userId(uid)).collect(Collectors.toList());
    assertThat(stored).singleElement().satisfies(e -> {
      assertThat(e.appUserId()).isEqualTo(uid);
      assertThat(e.eventName()).isEqualTo("checkout_completed");
      assertThat(e.properties()).containsEntry("amount", new BigDecimal(99));
    });
  }

  @Test
  void track_listOf1200_goesOutAsThreeRequestsOfAtMost500() {
    String uid = emulator.createUser(project);
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < 1200; i++) {
      events.add(Event.of("item_viewed", Map.of("i", i)));
    }
    TrackResult r = amba.asUser(uid).events().track(events);

    assertThat(r.tracked()).isEqualTo(1200);
    List<RecordedRequest> posts = requests("POST", "/v1/client/events");
    assertThat(posts).hasSize(3);
    List<Integer> sizes = posts.stream().map(p -> json(p.body()).getJsonArray("events").size()).toList();
    assertThat(sizes).containsExactly(500, 500, 200);
    Set<String> ids = posts.stream().flatMap(p -> json(p.body()).getJsonArray("events").stream())
        .map(v -> v.asJsonObject().getString("event_id")).collect(Collectors.toSet());
    assertThat(ids).hasSize(1200);
    assertThat(amba.events().count(EventCountQuery.since(TODAY.minus(1, ChronoUnit.DAYS))).total()).isEqualTo(1200);
  }

  @Test
  void track_retriedBatch_andResentEvents_areCountedOnce() {
    String uid = emulator.createUser(project);
    AmbaUser user = amba.asUser(uid);
    List<Event> events = List.of(Event.of("song_played"), Event.of("song_played"), Event.of("song_skipped"));
    emulator.faults().onlyFor("/v1/client/events").failNext(1, 503);

    assertThat(user.events().track(events).tracked()).isEqualTo(3);
    List<RecordedRequest> posts = requests("POST", "/v1/client/events");
    assertThat(posts).hasSize(2);
    assertThat(posts.get(1).body()).isEqualTo(posts.get(0).body());
    assertThat(posts.get(1).header("X-Request-Id")).isEqualTo(posts.get(0).header("X-Request-Id"));

    // The caller resending the same Event objects (an answer it never saw) is deduplicated too.
    assertThat(user.events().track(events).tracked()).isEqualTo(3);
    EventCount n = amba.events().count(EventCountQuery.since(TODAY).groupBy(EventGrouping.EVENT_NAME));
    assertThat(n.total()).isEqualTo(3);
    assertThat(n.byKey()).containsExactly(Map.entry("song_played", 2L), Map.entry("song_skipped", 1L));
  }

  @Test
  void track_emptyList_sendsNothing_andBadInput_isRefusedBeforeSending() {
    AmbaUser user = amba.asUser(emulator.createUser(project));
    emulator.clearRecordedRequests();
    assertThat(user.events().track(List.of()).tracked()).isZero();
    List<Event> withNull = new ArrayList<>(List.of(Event.of("a_b")));
    withNull.add(null);
    assertThatThrownBy(() -> user.events().track(withNull))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("events[1]");
    assertThatThrownBy(() -> user.events().track("Checkout")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("event name");
    assertThat(emulator.recordedRequests()).isEmpty();
  }

  @Test
  void track_forAnUnknownUser_is404() {
    assertThatThrownBy(() -> amba.asUser("nobody_here").events().track(List.of(Event.of("x_happened"))))
        .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> assertThat(e.code()).isEqualTo("user_not_found"));
  }

  /** 1,050 events of 3 users over the last 3 days (150, 300, 600 a day), a third of them checkouts. */
  @Test
  void ingest_listAutoPages_andCountGroupsExactly() {
    List<String> users = List.of(emulator.createUser(project), emulator.createUser(project), emulator.createUser(project));
    List<IngestEvent> batch = new ArrayList<>();
    Map<String, Long> perDay = new LinkedHashMap<>();
    Map<String, Long> perName = new LinkedHashMap<>();
    long proCheckouts = 0;
    for (int i = 0; i < 1050; i++) {
      int day = i < 150 ? 3 : i < 450 ? 2 : 1;
      Instant at = TODAY.minus(day, ChronoUnit.DAYS).plus(12, ChronoUnit.HOURS).plusSeconds(i);
      String name = i % 3 == 0 ? "checkout_completed" : "page_viewed";
      String plan = i % 2 == 0 ? "pro" : "free";
      batch.add(IngestEvent.of(users.get(i % 3), Event.of(name, Map.of("plan", plan)).at(at)));
      perDay.merge(LocalDate.ofInstant(at, ZoneOffset.UTC).toString(), 1L, Long::sum);
      perName.merge(name, 1L, Long::sum);
      if (name.equals("checkout_completed") && plan.equals("pro")) {
        proCheckouts++;
      }
    }

    IngestResult first = amba.events().ingest(batch);
    assertThat(first).isEqualTo(new IngestResult(1050, 0));
    List<RecordedRequest> posts = requests("POST", adminEvents());
    assertThat(posts).extracting(p -> json(p.body()).getJsonArray("events").size()).containsExactly(500, 500, 50);
    JsonObject one = json(posts.get(0).body()).getJsonArray("events").getJsonObject(0);
    assertThat(one.keySet()).containsExactly("event_id", "user_id", "event", "properties", "occurred_at");
    // Re-running (part of) the import stores nothing: every event_id is known.
    assertThat(amba.events().ingest(batch.subList(0, 20))).isEqualTo(new IngestResult(0, 20));

    emulator.clearRecordedRequests();
    Instant since = TODAY.minus(4, ChronoUnit.DAYS);
    List<StoredEvent> all = amba.events().listAll(EventListQuery.since(since).limit(200)).collect(Collectors.toList());
    assertThat(all).hasSize(1050);
    assertThat(all.stream().map(StoredEvent::id).distinct()).hasSize(1050);
    for (int i = 1; i < all.size(); i++) {
      assertThat(all.get(i).occurredAt()).isBeforeOrEqualTo(all.get(i - 1).occurredAt());
    }
    assertThat(requests("GET", adminEvents())).hasSize(6);
    Page<StoredEvent> firstPage = amba.events().list(EventListQuery.since(since).limit(1000));
    assertThat(firstPage.items()).hasSize(1000);
    assertThat(firstPage.hasMore()).isTrue();
    assertThat(amba.events().list(EventListQuery.since(since).limit(1000).cursor(firstPage.nextCursor())).items())
        .hasSize(50);

    EventCount byDay = amba.events().count(EventCountQuery.since(since).groupBy(EventGrouping.DAY));
    assertThat(byDay.total()).isEqualTo(1050);
    assertThat(byDay.byKey()).containsExactlyEntriesOf(perDay);
    assertThat(perDay.values()).containsExactly(150L, 300L, 600L);

    EventCount byName = amba.events().count(EventCountQuery.since(since).groupBy(EventGrouping.EVENT_NAME));
    assertThat(byName.buckets()).containsExactly(
        new EventCount.Bucket("page_viewed", perName.get("page_viewed")),
        new EventCount.Bucket("checkout_completed", perName.get("checkout_completed")));
    assertThat(perName).containsEntry("checkout_completed", 350L).containsEntry("page_viewed", 700L);

    Instant dayMinus2 = TODAY.minus(2, ChronoUnit.DAYS);
    assertThat(amba.events().count(EventCountQuery.between(dayMinus2, dayMinus2.plus(1, ChronoUnit.DAYS))).total())
        .isEqualTo(300);
    assertThat(amba.events().count(EventCountQuery.since(since).eventName("checkout_completed")
        .property("plan", "pro")).total()).isEqualTo(proCheckouts);
    assertThat(amba.events().count(EventCountQuery.since(since).userId(users.get(0))).total()).isEqualTo(350);
    assertThat(amba.events().count(EventCountQuery.since(since).userId(users.get(0)).eventName("page_viewed")).total())
        .isZero();
  }

  @Test
  void count_rangeOver90Days_isRefusedBeforeSending() {
    emulator.clearRecordedRequests();
    Instant now = Instant.now();
    assertThatThrownBy(() -> amba.events().count(EventCountQuery.since(now.minus(91, ChronoUnit.DAYS))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("90 days");
    assertThatThrownBy(() -> EventCountQuery.between(now.minus(100, ChronoUnit.DAYS), now.minus(5, ChronoUnit.DAYS)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("90 days");
    assertThat(emulator.recordedRequests()).isEmpty();
    // Exactly 90 days is allowed.
    assertThat(amba.events().count(EventCountQuery.between(now.minus(90, ChronoUnit.DAYS), now)).total()).isZero();
  }

  @Test
  void list_withACursorTheServerNeverIssued_is400InvalidCursor() {
    assertThatThrownBy(() -> amba.events().list(EventListQuery.recent().cursor("not-a-cursor!")))
        .isInstanceOfSatisfying(AmbaBadRequestException.class, e -> assertThat(e.code()).isEqualTo("invalid_cursor"));
  }

  @Test
  void count_sendsEveryFilterAsDocumented() {
    String segment = amba.segments().list().get(0).id();
    Instant since = Instant.parse("2030-01-01T00:00:00Z");
    amba.events().count(EventCountQuery.between(since, since.plus(7, ChronoUnit.DAYS))
        .eventName("checkout_completed").userId("u_1").segmentId(segment).property("plan", "pro")
        .groupBy(EventGrouping.DAY));
    RecordedRequest r = requests("GET", adminEvents() + "/count").get(0);
    assertThat(r.path()).contains("since=2030-01-01T00%3A00%3A00Z", "until=2030-01-08T00%3A00%3A00Z",
        "event_name=checkout_completed", "user_id=u_1", "segment_id=" + segment,
        "properties=%7B%22plan%22%3A%22pro%22%7D", "group_by=day");
  }

  @Test
  void ingest_refusesAnInvalidUserIdBeforeSending() {
    emulator.clearRecordedRequests();
    List<IngestEvent> bad = List.of(IngestEvent.of("ok_user", Event.of("a_b")), IngestEvent.of("bad user", Event.of("a_b")));
    assertThatThrownBy(() -> amba.events().ingest(bad)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("events[1].userId");
    assertThat(emulator.recordedRequests()).isEmpty();
  }
}
