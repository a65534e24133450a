package dev.amba.wire.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaBadRequestException;
import dev.amba.AmbaClient;
import dev.amba.AmbaUser;
import dev.amba.collections.CollectionDefinition;
import dev.amba.collections.Column;
import dev.amba.collections.ColumnType;
import dev.amba.collections.Index;
import dev.amba.sync.ChangeResult;
import dev.amba.sync.ChangeStatus;
import dev.amba.sync.PulledChange;
import dev.amba.sync.SyncAction;
import dev.amba.sync.SyncChange;
import dev.amba.sync.SyncConflict;
import dev.amba.sync.SyncPull;
import dev.amba.sync.SyncResult;
import dev.amba.testkit.Fault;
import dev.amba.testkit.RecordedRequest;
import dev.amba.wire.ManualClock;
import dev.amba.wire.ModuleCalls;
import dev.amba.wire.ProjectPerTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * 37.3 over the wire, rule by rule: what a push applies, skips, reports as a conflict or finds
 * unchanged, in array order; the batch check that refuses a whole batch; the limits; the pull's
 * order, pages and checkpoints; and that one user's changes and pulls never reach another's rows.
 */
class SyncWireTest {

  static final ManualClock clock = new ManualClock(Instant.parse("2030-03-04T10:00:00Z"));
  @RegisterExtension
  static final ProjectPerTest p = new ProjectPerTest(clock);

  private AmbaUser ada;
  private AmbaUser bob;

  @BeforeEach
  void notes() {
    p.amba().collections().define(CollectionDefinition.of("notes", Column.of("body", ColumnType.TEXT),
        Column.optional("stars", ColumnType.INTEGER)));
    ada = p.newUser("Ada");
    bob = p.newUser("Bob");
  }

  private static String newId() {
    return UUID.randomUUID().toString();
  }

  /** An instant before the clock's now: when the user made the change offline. */
  private static Instant earlier() {
    return clock.instant().minusSeconds(60);
  }

  private static List<ChangeStatus> statuses(SyncResult r) {
    return r.results().stream().map(ChangeResult::status).toList();
  }

  private static Map<String, Object> row(AmbaUser user, String id) {
    return user.collection("notes").get(id).orElseThrow();
  }

  private static Map<String, Object> insert(AmbaUser user, String body) {
    return user.collection("notes").insert(Map.of("body", body));
  }

  // ---------------------------------------------------------------- #2 create

  @Test
  void create_insertsTheRowWithTheClientsId_forTheActingUser_andAnswersItsCheckpoint() {
    String id = newId();
    SyncResult r = ada.sync().pushChanges(List.of(SyncChange.create("notes", id, Map.of("body", "offline"), earlier())));

    assertThat(r.applied()).isEqualTo(1);
    assertThat(r.conflicts()).isEmpty();
    assertThat(r.results()).containsExactly(new ChangeResult("notes", id, ChangeStatus.APPLIED));
    Map<String, Object> stored = row(ada, id);
    assertThat(stored).containsEntry("body", "offline").containsEntry("user_id", ada.uid());
    // The row was written at the server's clock, not at the client's timestamp.
    assertThat(stored.get("created_at")).isEqualTo(clock.instant().toString());
    assertThat(r.checkpointToken()).isNotBlank();
  }

  @Test
  void create_onAnIdOfTheUsersOwnRow_isAnUpdate() {
    Map<String, Object> mine = insert(ada, "first");
    clock.advance(Duration.ofMinutes(1));
    String id = (String) mine.get("id");

    SyncResult r = ada.sync().pushChanges(List.of(SyncChange.create("notes", id, Map.of("body", "second"),
        clock.instant())));

    assertThat(statuses(r)).containsExactly(ChangeStatus.APPLIED);
    assertThat(row(ada, id)).containsEntry("body", "second").containsEntry("created_at", mine.get("created_at"));
    assertThat(ada.collection("notes").count()).isEqualTo(1);
  }

  @Test
  void create_onAnIdOfTheUsersDeletedRow_isSkipped_theRowStaysDeleted() {
    String id = (String) insert(ada, "gone").get("id");
    ada.collection("notes").delete(id);

    SyncResult r = ada.sync().pushChanges(List.of(SyncChange.create("notes", id, Map.of("body", "back"),
        clock.instant())));

    assertThat(r.applied()).isZero();
    assertThat(statuses(r)).containsExactly(ChangeStatus.SKIPPED);
    assertThat(ada.collection("notes").get(id)).isEmpty();
  }

  @Test
  void create_sentAsThe4xInsertAction_readsAsCreate() {
    String id = newId();
    ModuleCalls.Answer a = p.raw().asUser(ada.uid(), "POST", "/sync", "{\"changes\":[{\"entity_type\":\"notes\","
        + "\"entity_id\":\"" + id + "\",\"action\":\"insert\",\"data\":{\"body\":\"x\"},"
        + "\"client_timestamp\":\"2030-03-04T09:00:00Z\"}]}");

    assertThat(a.status()).isEqualTo(200);
    assertThat(a.data().getInt("applied")).isEqualTo(1);
    assertThat(row(ada, id)).containsEntry("body", "x");
  }

  // ---------------------------------------------------------------- #2 update and delete

  @Test
  void update_setsTheDatasColumns_andLeavesTheOthers() {
    String id = (String) ada.collection("notes").insert(Map.of("body", "a", "stars", 1)).get("id");
    clock.advance(Duration.ofMinutes(1));

    SyncResult r = ada.sync().pushChanges(List.of(SyncChange.update("notes", id, Map.of("stars", 5), clock.instant())));

    assertThat(statuses(r)).containsExactly(ChangeStatus.APPLIED);
    assertThat(row(ada, id)).containsEntry("body", "a").containsEntry("stars", 5L)
        .containsEntry("updated_at", clock.instant().toString());
  }

  @Test
  void updateAndDelete_ofAnIdWithNoLiveRow_areSkipped_notCounted_notConflicts() {
    String deleted = (String) insert(ada, "x").get("id");
    ada.collection("notes").delete(deleted);
    String never = newId();

    SyncResult r = ada.sync().pushChanges(List.of(
        SyncChange.update("notes", never, Map.of("body", "y"), clock.instant()),
        SyncChange.delete("notes", never, clock.instant()),
        SyncChange.update("notes", deleted, Map.of("body", "y"), clock.instant()),
        SyncChange.delete("notes", deleted, clock.instant())));

    assertThat(r.applied()).isZero();
    assertThat(r.conflicts()).isEmpty();
    assertThat(r.checkpointToken()).isNull();
    assertThat(statuses(r)).containsOnly(ChangeStatus.SKIPPED);
    assertThat(ada.collection("notes").count()).isZero();
  }

  @Test
  void delete_softDeletesTheRow_whichThenPullsAsADelete() {
    String id = (String) insert(ada, "bye").get("id");
    clock.advance(Duration.ofMinutes(1));

    SyncResult r = ada.sync().pushChanges(List.of(SyncChange.delete("notes", id, clock.instant())));

    assertThat(statuses(r)).containsExactly(ChangeStatus.APPLIED);
    assertThat(ada.collection("notes").get(id)).isEmpty();
    PulledChange pulled = ada.sync().pullChanges("notes").changes().get(0);
    assertThat(pulled).isEqualTo(new PulledChange("notes", id, SyncAction.DELETE, Map.of("id", id), clock.instant()));
  }

  // ---------------------------------------------------------------- #3 conflicts

  @Test
  void aChangeMadeBeforeTheRowsLastServerWrite_isAConflict_theServerWins_andNothingChanges() {
    String id = (String) insert(ada, "server").get("id");
    Map<String, Object> before = row(ada, id);
    Instant offline = clock.instant().minusMillis(1);
    clock.advance(Duration.ofMinutes(1));

    SyncResult r = ada.sync().pushChanges(List.of(
        SyncChange.update("notes", id, Map.of("body", "client"), offline),
        SyncChange.create("notes", id, Map.of("body", "client"), offline),
        SyncChange.delete("notes", id, offline)));

    assertThat(r.applied()).isZero();
    assertThat(statuses(r)).containsOnly(ChangeStatus.CONFLICT);
    assertThat(r.conflicts()).hasSize(3).allSatisfy(c -> {
      assertThat(c.entityType()).isEqualTo("notes");
      assertThat(c.entityId()).isEqualTo(id);
      assertThat(c.resolution()).isEqualTo(SyncConflict.SERVER_WINS);
      assertThat(c.serverData()).isEqualTo(before);
    });
    assertThat(row(ada, id)).isEqualTo(before);
  }

  @Test
  void aChangeMadeAtTheRowsLastServerWrite_orAfter_isApplied() {
    String id = (String) insert(ada, "server").get("id");
    Instant written = clock.instant();
    clock.advance(Duration.ofMinutes(1));

    SyncResult r = ada.sync().pushChanges(List.of(SyncChange.update("notes", id, Map.of("body", "client"), written)));

    assertThat(statuses(r)).containsExactly(ChangeStatus.APPLIED);
    assertThat(row(ada, id)).containsEntry("body", "client");
  }

  // ---------------------------------------------------------------- #4 order and the batch check

  @Test
  void changesApplyInArrayOrder_andALaterChangeBuildsOnARowTheSameBatchWrote() {
    String id = newId();
    Instant t = earlier();

    SyncResult r = ada.sync().pushChanges(List.of(
        SyncChange.update("notes", id, Map.of("body", "too early"), t),
        SyncChange.create("notes", id, Map.of("body", "made"), t),
        SyncChange.update("notes", id, Map.of("stars", 3), t.plusSeconds(1)),
        SyncChange.update("notes", id, Map.of("body", "edited"), t.plusSeconds(2))));

    assertThat(statuses(r)).containsExactly(ChangeStatus.SKIPPED, ChangeStatus.APPLIED, ChangeStatus.APPLIED,
        ChangeStatus.APPLIED);
    assertThat(r.applied()).isEqualTo(3);
    assertThat(r.conflicts()).isEmpty();
    assertThat(row(ada, id)).containsEntry("body", "edited").containsEntry("stars", 3L);
  }

  @Test
  void oneMalformedChange_refusesTheWholeBatch_400_namingEveryProblem_andNothingIsApplied() {
    String good = newId();
    String id = (String) insert(ada, "kept").get("id");
    String body = "{\"changes\":["
        + change(good, "create", "{\"body\":\"would be made\"}", "2030-03-04T09:00:00Z") + ","
        + "{\"entity_type\":\"nope\",\"entity_id\":\"" + id + "\",\"action\":\"update\",\"data\":{\"body\":\"x\"},"
        + "\"client_timestamp\":\"2030-03-04T09:00:00Z\"},"
        + change("not-a-uuid", "update", "{\"body\":\"x\"}", "2030-03-04T09:00:00Z") + ","
        + change(id, "upsert", "{\"body\":\"x\"}", "2030-03-04T09:00:00Z") + ","
        + change(id, "update", "{\"body\":\"x\"}", "yesterday") + ","
        + change(id, "update", "{\"title\":\"x\",\"stars\":\"many\",\"user_id\":\"" + bob.uid() + "\"}",
            "2030-03-04T09:00:00Z") + ","
        + change(id, "update", "{}", "2030-03-04T09:00:00Z") + ","
        + change(newId(), "create", "{\"stars\":1}", "2030-03-04T09:00:00Z") + ","
        + "{\"entity_type\":\"notes\",\"entity_id\":\"" + id + "\",\"action\":\"update\","
        + "\"client_timestamp\":\"2030-03-04T09:00:00Z\",\"extra\":1}"
        + "]}";

    ModuleCalls.Answer a = p.raw().asUser(ada.uid(), "POST", "/sync", body);

    assertThat(a.status()).isEqualTo(400);
    assertThat(a.code()).isEqualTo("invalid_input");
    assertThat(a.fieldPaths()).containsExactlyInAnyOrder(
        "changes[1].entity_type", "changes[2].entity_id", "changes[3].action", "changes[4].client_timestamp",
        "changes[5].data.title", "changes[5].data.stars", "changes[5].data.user_id", "changes[6].data",
        "changes[7].data.body", "changes[8].extra", "changes[8].data");
    assertThat(ada.collection("notes").get(good)).isEmpty();
    assertThat(row(ada, id)).containsEntry("body", "kept");
  }

  private static String change(String id, String action, String data, String at) {
    return "{\"entity_type\":\"notes\",\"entity_id\":\"" + id + "\",\"action\":\"" + action + "\",\"data\":" + data
        + ",\"client_timestamp\":\"" + at + "\"}";
  }

  @Test
  void anUnknownCollection_throughTheSdk_isInvalidInput() {
    assertThatThrownBy(() -> ada.sync().pushChanges(List.of(SyncChange.create("drafts", newId(), Map.of("body", "x"),
        clock.instant())))).isInstanceOfSatisfying(AmbaBadRequestException.class,
            e -> assertThat(e.code()).isEqualTo("invalid_input"));
  }

  @Test
  void aChangeThatBreaksAUniqueIndex_isSkipped_andTheRestOfTheBatchGoesOn() {
    p.amba().collections().define(CollectionDefinition.of("handles", Column.of("name", ColumnType.TEXT))
        .withIndex(Index.unique("name")));
    bob.collection("handles").insert(Map.of("name", "taken"));
    String clash = newId();
    String fine = newId();

    SyncResult r = ada.sync().pushChanges(List.of(
        SyncChange.create("handles", clash, Map.of("name", "taken"), clock.instant()),
        SyncChange.create("handles", fine, Map.of("name", "free"), clock.instant())));

    assertThat(statuses(r)).containsExactly(ChangeStatus.SKIPPED, ChangeStatus.APPLIED);
    assertThat(ada.collection("handles").get(clash)).isEmpty();
    assertThat(ada.collection("handles").get(fine)).isPresent();
  }

  // ---------------------------------------------------------------- replays (idempotency)

  @Test
  void aReplayedBatch_changesNothing_andAnswersEachChangeUnchangedOrSkipped_withoutConflicts() {
    String existing = (String) insert(ada, "old").get("id");
    clock.advance(Duration.ofMinutes(1));
    String made = newId();
    String gone = (String) insert(ada, "to delete").get("id");
    clock.advance(Duration.ofMinutes(1));
    List<SyncChange> batch = List.of(
        SyncChange.create("notes", made, Map.of("body", "new", "stars", 2), clock.instant()),
        SyncChange.update("notes", existing, Map.of("body", "edited"), clock.instant()),
        SyncChange.delete("notes", gone, clock.instant()));
    SyncResult first = ada.sync().pushChanges(batch);
    assertThat(first.applied()).isEqualTo(3);
    SyncPull after = ada.sync().pullChanges("notes");
    clock.advance(Duration.ofMinutes(5));

    SyncResult again = ada.sync().pushChanges(batch);

    assertThat(again.applied()).isZero();
    assertThat(again.conflicts()).isEmpty();
    assertThat(again.checkpointToken()).isNull();
    assertThat(statuses(again)).containsExactly(ChangeStatus.UNCHANGED, ChangeStatus.UNCHANGED, ChangeStatus.SKIPPED);
    assertThat(ada.sync().pullChanges("notes")).isEqualTo(after);
  }

  @Test
  void aReplayAfterAnotherWrite_isAConflict_notAnOverwrite() {
    String id = (String) insert(ada, "v1").get("id");
    clock.advance(Duration.ofMinutes(1));
    SyncChange edit = SyncChange.update("notes", id, Map.of("body", "v2"), clock.instant());
    ada.sync().pushChanges(List.of(edit));
    clock.advance(Duration.ofMinutes(1));
    ada.collection("notes").update(id, Map.of("body", "v3"));

    SyncResult replay = ada.sync().pushChanges(List.of(edit));

    assertThat(statuses(replay)).containsExactly(ChangeStatus.CONFLICT);
    assertThat(replay.conflicts().get(0).serverData()).containsEntry("body", "v3");
    assertThat(row(ada, id)).containsEntry("body", "v3");
  }

  @Test
  void aPushWhoseAnswerIsLost_isRetriedWithItsKey_andAnsweredAsTheFirstTime() {
    String id = newId();
    try (AmbaClient noWait = AmbaClient.configure(p.amba().settings().toBuilder().sleeper(d -> { }).build())) {
      p.emulator().clearRecordedRequests();
      p.emulator().faults().next(1, Fault.resetAfterHandling());

      SyncResult r = noWait.asUser(ada.uid()).sync().pushChanges(List.of(SyncChange.create("notes", id,
          Map.of("body", "once"), clock.instant())));

      assertThat(statuses(r)).containsExactly(ChangeStatus.APPLIED);
      List<RecordedRequest> posts = p.emulator().recordedRequests().stream()
          .filter(q -> q.method().equals("POST")).toList();
      assertThat(posts).hasSize(2);
      assertThat(posts.get(0).header("idempotency-key")).isNotBlank().isEqualTo(posts.get(1).header("idempotency-key"));
    } finally {
      p.emulator().faults().reset();
    }
    assertThat(ada.collection("notes").count()).isEqualTo(1);
  }

  // ---------------------------------------------------------------- limits

  @Test
  void aPushOfMoreThan500Changes_isRefusedBeforeSending_andByTheServerWith413() {
    List<SyncChange> many = new ArrayList<>();
    StringBuilder raw = new StringBuilder("{\"changes\":[");
    for (int i = 0; i < 501; i++) {
      String id = newId();
      many.add(SyncChange.delete("notes", id, clock.instant()));
      raw.append(i == 0 ? "" : ",").append(change(id, "delete", "{}", "2030-03-04T09:00:00Z"));
    }
    assertThatThrownBy(() -> ada.sync().pushChanges(many)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("changes").hasMessageContaining("500");

    ModuleCalls.Answer a = p.raw().asUser(ada.uid(), "POST", "/sync", raw.append("]}").toString());

    assertThat(a.status()).isEqualTo(413);
    assertThat(a.code()).isEqualTo("batch_too_large");
  }

  @Test
  void aPushOf500Changes_isAccepted() {
    List<SyncChange> many = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      many.add(SyncChange.create("notes", newId(), Map.of("body", "n" + i), clock.instant()));
    }
    assertThat(ada.sync().pushChanges(many).applied()).isEqualTo(500);
    assertThat(ada.collection("notes").count()).isEqualTo(500);
  }

  @Test
  void aBodyWithoutAChangesArray_isInvalidInput() {
    ModuleCalls.Answer a = p.raw().asUser(ada.uid(), "POST", "/sync", "{\"changes\":{}}");
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.fieldPaths()).containsExactly("changes");
  }

  // ---------------------------------------------------------------- #5 and #6 pull

  @Test
  void pull_returnsTheUsersRowsByUpdatedAtThenId_liveAsUpdateWithTheRow_deletedAsDeleteWithTheId() {
    String a = (String) insert(ada, "a").get("id");
    clock.advance(Duration.ofSeconds(1));
    String b = (String) insert(ada, "b").get("id");
    clock.advance(Duration.ofSeconds(1));
    ada.collection("notes").update(a, Map.of("body", "a2"));
    clock.advance(Duration.ofSeconds(1));
    ada.collection("notes").delete(b);

    SyncPull pull = ada.sync().pullChanges("notes");

    assertThat(pull.hasMore()).isFalse();
    assertThat(pull.changes()).extracting(PulledChange::entityId).containsExactly(a, b);
    PulledChange live = pull.changes().get(0);
    assertThat(live.action()).isEqualTo(SyncAction.UPDATE);
    assertThat(live.data()).isEqualTo(row(ada, a));
    assertThat(live.clientTimestamp()).isEqualTo(Instant.parse((String) row(ada, a).get("updated_at")));
    assertThat(pull.changes().get(1)).isEqualTo(new PulledChange("notes", b, SyncAction.DELETE, Map.of("id", b),
        clock.instant()));
  }

  @Test
  void pull_pagesBy100_andEachTokenContinuesWhereThePageEnded_thenEchoesItself() {
    List<SyncChange> many = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      many.add(SyncChange.create("notes", newId(), Map.of("body", "n" + i), clock.instant()));
    }
    ada.sync().pushChanges(many);

    SyncPull first = ada.sync().pullChanges("notes");
    SyncPull second = ada.sync().pullChanges("notes", first.checkpointToken());
    SyncPull third = ada.sync().pullChanges("notes", second.checkpointToken());

    assertThat(first.changes()).hasSize(100);
    assertThat(first.hasMore()).isTrue();
    assertThat(second.changes()).hasSize(50);
    assertThat(second.hasMore()).isFalse();
    List<String> ids = new ArrayList<>(first.changes().stream().map(PulledChange::entityId).toList());
    ids.addAll(second.changes().stream().map(PulledChange::entityId).toList());
    assertThat(ids).doesNotHaveDuplicates().hasSize(150);
    // Same updated_at for all: the id orders them.
    assertThat(ids).isSorted();
    assertThat(third.changes()).isEmpty();
    assertThat(third.checkpointToken()).isEqualTo(second.checkpointToken());
    assertThat(third.hasMore()).isFalse();
  }

  @Test
  void aPushsCheckpoint_pullsOnlyWhatChangedAfterTheRowsItWrote() {
    insert(ada, "before");
    clock.advance(Duration.ofSeconds(1));
    SyncResult pushed = ada.sync().pushChanges(List.of(SyncChange.create("notes", newId(), Map.of("body", "pushed"),
        clock.instant())));
    clock.advance(Duration.ofSeconds(1));
    String after = (String) insert(ada, "after").get("id");

    SyncPull pull = ada.sync().pullChanges("notes", pushed.checkpointToken());

    assertThat(pull.changes()).extracting(PulledChange::entityId).containsExactly(after);
  }

  @Test
  void pull_refusesAnUnknownCollection_aTokenItDidNotMake_andAMissingEntityType_with400() {
    assertThatThrownBy(() -> ada.sync().pullChanges("drafts")).isInstanceOfSatisfying(AmbaBadRequestException.class,
        e -> assertThat(e.code()).isEqualTo("invalid_input"));
    assertThatThrownBy(() -> ada.sync().pullChanges("notes", "bm90LWEtdG9rZW4"))
        .isInstanceOfSatisfying(AmbaBadRequestException.class, e -> assertThat(e.code()).isEqualTo("invalid_input"));
    ModuleCalls.Answer missing = p.raw().asUser(ada.uid(), "GET", "/sync", null);
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.fieldPaths()).containsExactly("entity_type");
  }

  // ---------------------------------------------------------------- isolation

  @Test
  void anotherUsersReplay_withTheRowsOfTheFirst_skipsEveryChange_andLearnsNothingOfThem() {
    String id = (String) insert(ada, "ada's").get("id");
    Map<String, Object> before = row(ada, id);
    clock.advance(Duration.ofMinutes(1));

    SyncResult r = bob.sync().pushChanges(List.of(
        SyncChange.create("notes", id, Map.of("body", "bob's"), clock.instant()),
        SyncChange.update("notes", id, Map.of("body", "bob's"), clock.instant()),
        // Older than Ada's write: a conflict would hand Ada's row to Bob; it must not be one.
        SyncChange.update("notes", id, Map.of("body", "bob's"), earlier().minusSeconds(3600)),
        SyncChange.delete("notes", id, clock.instant())));

    assertThat(r.applied()).isZero();
    assertThat(r.conflicts()).isEmpty();
    assertThat(statuses(r)).containsOnly(ChangeStatus.SKIPPED);
    assertThat(row(ada, id)).isEqualTo(before);
    assertThat(bob.collection("notes").get(id)).isEmpty();
    assertThat(bob.sync().pullChanges("notes").changes()).isEmpty();
    assertThat(ada.sync().pullChanges("notes").changes()).extracting(PulledChange::entityId).containsExactly(id);
  }

  @Test
  void aUsersPullToken_givesAnotherUserNothingOfTheFirst() {
    insert(ada, "a1");
    SyncPull adas = ada.sync().pullChanges("notes");
    clock.advance(Duration.ofSeconds(1));
    insert(ada, "a2");

    assertThat(bob.sync().pullChanges("notes", adas.checkpointToken()).changes()).isEmpty();
  }
}
