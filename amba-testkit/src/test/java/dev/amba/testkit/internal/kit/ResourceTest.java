package dev.amba.testkit.internal.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.testkit.internal.ApiException;
import dev.amba.testkit.internal.JsonIo;
import dev.amba.testkit.internal.kit.Resource.Owner;
import dev.amba.testkit.internal.kit.Resource.Scope;
import dev.amba.testkit.internal.kit.Resource.Values;
import dev.amba.testkit.internal.store.Database;
import dev.amba.testkit.internal.store.Listing;
import dev.amba.testkit.internal.store.Stores;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The kit's derived behaviour over a real H2 database: bodies, lookups, scoping, order, paging. */
class ResourceTest {
  private static final Instant T0 = Instant.parse("2026-05-01T10:00:00.123456Z");

  private static final Resource DEFINITIONS = Resource.in("kit_probe_definitions", Owner.PROJECT).withId()
      .field(Field.key("key"), Field.text("name").asRequired().withLength(1, 64),
          Field.eventName("qualifying_event").asRequired(),
          Field.text("period").withValues("daily", "weekly").withDefault(Json.createValue("daily")),
          Field.integer("grace_period_hours").withRange(0, 168).withDefault(Json.createValue(0)),
          Field.integer("max_freezes").withRange(0, 10).withDefault(Json.createValue(1)).offWire())
      .timestamps().key("key").orderBy("name")
      .notFound("probe_not_found", "no such probe").conflict("probe_exists", "key taken")
      .build();

  private static final Resource MINE = Resource.in("kit_probe_rows", Owner.USER).withId()
      .field(Field.text("label").asRequired(), Field.json("data"))
      .timestamps().orderBy("label").build();

  private static final Resource MARKS = Resource.in("kit_probe_marks", Owner.USER).withId()
      .field(Field.text("definition_id").asRequired().asServerSet(), Field.date("marked_on").asServerSet())
      .build();

  private static final Resource TALLIES = Resource.in("kit_probe_tallies", Owner.USER).onePerUser()
      .field(Field.bigint("total").asServerSet().withDefault(Json.createValue(0)), Field.text("note"))
      .orderBy("-total").build();

  /** A link table: one row per (parent, child), rows in the order made, 409 for a second. */
  private static final Resource LINKS = Resource.in("kit_probe_links", Owner.PROJECT).withId()
      .field(Field.uuid("parent_id").asRequired(), Field.uuid("child_id").asRequired(), Field.integer("weight"))
      .unique("parent_id", "child_id").creationOrder().orderBy("weight")
      .conflict("probe_linked", "linked already").build();

  /** The same rule without a conflict code: the SQL violation reaches the caller, for an upsert to retry. */
  private static final Resource PAIRS = Resource.in("kit_probe_pairs", Owner.PROJECT).withId()
      .field(Field.text("a").asRequired(), Field.text("b").asRequired()).unique("a", "b").build();

  private Database db;
  private String projectId;
  private String otherProjectId;
  private String alice;
  private String bob;

  @BeforeEach
  void open() throws Exception {
    db = Database.inMemory("kit-" + System.nanoTime());
    Stores stores = Stores.over(db, Clock.fixed(T0, ZoneOffset.UTC));
    projectId = stores.projects().create(false).projectId();
    otherProjectId = stores.projects().create(false).projectId();
    alice = stores.users().createAnonymous(projectId).id();
    bob = stores.users().createAnonymous(projectId).id();
    db.read(c -> {
      for (Resource r : List.of(DEFINITIONS, MINE, MARKS, TALLIES, LINKS, PAIRS)) {
        // Twice: a second start finds the tables and leaves them alone.
        r.ensureTable(c);
        r.ensureTable(c);
      }
      return null;
    });
  }

  @AfterEach
  void close() {
    db.close();
  }

  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }

  private java.util.Optional<Row> find(Resource r, Scope scope, String idOrKey) throws Exception {
    return db.read(c -> r.find(c, scope, idOrKey));
  }

  private Row create(Scope scope, Resource r, String body) throws Exception {
    Values values = r.forCreate(json(body));
    return db.transaction(c -> r.insert(c, scope, values, T0));
  }

  @Test
  void create_fillsDefaults_stampsTimes_andAnswersTheDeclaredShape() throws Exception {
    Row row = create(Scope.project(projectId), DEFINITIONS,
        "{\"key\":\"daily_play\",\"name\":\"Daily\",\"qualifying_event\":\"session.completed\"}");
    JsonObject out = DEFINITIONS.json(row);
    assertThat(out.keySet()).containsExactly("id", "key", "name", "qualifying_event", "period",
        "grace_period_hours", "created_at", "updated_at");
    assertThat(out.getString("period")).isEqualTo("daily");
    assertThat(out.getInt("grace_period_hours")).isZero();
    assertThat(row.integer("max_freezes")).isEqualTo(1);
    assertThat(out.getString("created_at")).isEqualTo("2026-05-01T10:00:00.123Z");
    // A whole second still carries its three digits (M2), as written and as read back.
    Instant whole = Instant.parse("2026-05-01T10:00:00Z");
    Values values = DEFINITIONS.forCreate(json("{\"key\":\"b\",\"name\":\"B\",\"qualifying_event\":\"e\"}"));
    Row second = db.transaction(c -> DEFINITIONS.insert(c, Scope.project(projectId), values, whole));
    assertThat(DEFINITIONS.json(second).getString("updated_at")).isEqualTo("2026-05-01T10:00:00.000Z");
    assertThat(second.instant("updated_at")).isEqualTo(whole);
  }

  @Test
  void create_listsEveryMistakeOfTheBody_inOneAnswer() {
    assertThatThrownBy(() -> DEFINITIONS.forCreate(json(
        "{\"key\":\"Bad Key\",\"qualifying_event\":\"a..b\",\"period\":\"hourly\",\"grace_period_hours\":1.5,"
            + "\"max_freezes\":11,\"id\":\"x\",\"created_at\":\"now\",\"extra\":1}")))
        .isInstanceOfSatisfying(ApiException.class, e -> {
          assertThat(e.status()).isEqualTo(400);
          assertThat(e.code()).isEqualTo("invalid_input");
          assertThat(e.details().getJsonArray("fields").stream().map(f -> f.asJsonObject().getString("path")))
              .containsExactlyInAnyOrder("created_at", "extra", "id", "key", "name", "qualifying_event", "period",
                  "grace_period_hours", "max_freezes");
        });
  }

  @Test
  void idOrKey_findsByIdWhenUuidShaped_elseByKey_andNeverMixes() throws Exception {
    Scope scope = Scope.project(projectId);
    Row row = create(scope, DEFINITIONS, "{\"key\":\"a\",\"name\":\"A\",\"qualifying_event\":\"e\"}");
    assertThat(find(DEFINITIONS, scope, row.id())).contains(row);
    assertThat(find(DEFINITIONS, scope, "a")).contains(row);
    assertThat(find(DEFINITIONS, scope, row.id().toUpperCase())).contains(row);
    assertThat(find(DEFINITIONS, scope, "00000000-0000-0000-0000-000000000000")).isEmpty();
    assertThat(find(DEFINITIONS, Scope.project(otherProjectId), "a")).isEmpty();
    assertThatThrownBy(() -> db.read(c -> DEFINITIONS.require(c, scope, "b")))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("probe_not_found"));
  }

  @Test
  void keyTaken_isTheDeclaredConflict_perProject() throws Exception {
    String body = "{\"key\":\"a\",\"name\":\"A\",\"qualifying_event\":\"e\"}";
    create(Scope.project(projectId), DEFINITIONS, body);
    assertThatThrownBy(() -> create(Scope.project(projectId), DEFINITIONS, body))
        .isInstanceOfSatisfying(ApiException.class, e -> {
          assertThat(e.status()).isEqualTo(409);
          assertThat(e.code()).isEqualTo("probe_exists");
        });
    assertThat(create(Scope.project(otherProjectId), DEFINITIONS, body).string("key")).isEqualTo("a");
  }

  @Test
  void update_changesOnlyTheGivenFields_andRefusesTheKey() throws Exception {
    Scope scope = Scope.project(projectId);
    Row row = create(scope, DEFINITIONS, "{\"key\":\"a\",\"name\":\"A\",\"qualifying_event\":\"e\"}");
    Instant later = T0.plusSeconds(60);
    Values change = DEFINITIONS.forUpdate(json("{\"name\":\"Renamed\",\"period\":\"weekly\"}"));
    Row updated = db.transaction(c -> DEFINITIONS.update(c, row, change, later));
    assertThat(updated.string("name")).isEqualTo("Renamed");
    assertThat(updated.string("period")).isEqualTo("weekly");
    assertThat(updated.string("qualifying_event")).isEqualTo("e");
    assertThat(updated.string("created_at")).isEqualTo(row.string("created_at"));
    assertThat(updated.instant("updated_at")).isEqualTo(Instant.parse("2026-05-01T10:01:00.123Z"));
    assertThatThrownBy(() -> DEFINITIONS.forUpdate(json("{\"key\":\"b\"}")))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("immutable_field"));
    assertThatThrownBy(() -> DEFINITIONS.forUpdate(json("{}")))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("invalid_input"));
  }

  @Test
  void userRows_areScopedToTheirUser_orderedAndPaged() throws Exception {
    for (String label : List.of("c", "a", "b")) {
      create(Scope.user(projectId, alice), MINE, "{\"label\":\"" + label + "\",\"data\":{\"n\":[1,2]}}");
    }
    Row bobs = create(Scope.user(projectId, bob), MINE, "{\"label\":\"z\"}");
    List<Row> alices = db.read(c -> MINE.list(c, Scope.user(projectId, alice)));
    assertThat(alices).extracting(r -> r.string("label")).containsExactly("a", "b", "c");
    assertThat(alices.get(0).get("data")).isEqualTo(JsonIo.parse("{\"n\":[1,2]}", "x", "x"));
    assertThat(bobs.isNull("data")).isTrue();
    assertThat(find(MINE, Scope.user(projectId, alice), bobs.id())).isEmpty();
    Listing<Row> page = db.read(c -> MINE.page(c, Scope.user(projectId, alice), 2, 1));
    assertThat(page.total()).isEqualTo(3);
    assertThat(page.items()).extracting(r -> r.string("label")).containsExactly("b", "c");
    assertThatThrownBy(() -> db.read(c -> MINE.list(c, Scope.project(projectId))))
        .isInstanceOf(IllegalArgumentException.class);
    boolean first = db.transaction(c -> MINE.delete(c, bobs));
    boolean second = db.transaction(c -> MINE.delete(c, bobs));
    assertThat(first).isTrue();
    assertThat(second).isFalse();
  }

  @Test
  void pageOfEveryUser_filtered_countsAndPagesOnlyTheMatchingRows_ofThatProject() throws Exception {
    for (String label : List.of("x", "y", "x")) {
      create(Scope.user(projectId, alice), MINE, "{\"label\":\"" + label + "\"}");
    }
    create(Scope.user(projectId, bob), MINE, "{\"label\":\"x\"}");

    Listing<Row> page = db.read(c -> MINE.pageOfEveryUser(c, projectId, "label", "x", 2, 1));
    Listing<Row> all = db.read(c -> MINE.pageOfEveryUser(c, projectId, "label", "x", 10, 0));
    Listing<Row> elsewhere = db.read(c -> MINE.pageOfEveryUser(c, otherProjectId, "label", "x", 10, 0));

    assertThat(page.total()).isEqualTo(3);
    assertThat(page.items()).hasSize(2).allSatisfy(r -> assertThat(r.string("label")).isEqualTo("x"));
    assertThat(all.items()).extracting(Row::userId).containsExactlyInAnyOrder(alice, alice, bob);
    assertThat(elsewhere.total()).isZero();
    assertThatThrownBy(() -> db.read(c -> DEFINITIONS.pageOfEveryUser(c, projectId, "name", "x", 10, 0)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void updateIfUnchanged_writesOnlyWhileTheGuardedFieldsHoldWhatWasRead() throws Exception {
    Row read = create(Scope.user(projectId, alice), MINE, "{\"label\":\"a\"}");
    Instant later = T0.plusSeconds(5);

    Row first = db.transaction(c -> MINE.updateIfUnchanged(c, read, MINE.forUpdate(json("{\"label\":\"b\"}")),
        later, "label", "data")).orElseThrow();
    // A second writer that read the same row loses: the label it read is gone.
    java.util.Optional<Row> stale = db.transaction(c -> MINE.updateIfUnchanged(c, read,
        MINE.forUpdate(json("{\"label\":\"c\"}")), later, "label"));
    java.util.Optional<Row> fresh = db.transaction(c -> MINE.updateIfUnchanged(c, first,
        MINE.forUpdate(json("{\"data\":[1]}")), later, "label", "data"));

    assertThat(first.string("label")).isEqualTo("b");
    assertThat(first.instant("updated_at")).isEqualTo(Instant.parse("2026-05-01T10:00:05.123Z"));
    assertThat(stale).isEmpty();
    assertThat(fresh).hasValueSatisfying(r -> assertThat(r.get("data")).isEqualTo(JsonIo.parse("[1]", "x", "x")));
    assertThat(find(MINE, Scope.user(projectId, alice), read.id()).orElseThrow().string("label")).isEqualTo("b");
  }

  @Test
  void aDeclarationThatGainedANullableField_getsItsColumn_anyOtherStopsTheStart() throws Exception {
    Row old = create(Scope.user(projectId, alice), MINE, "{\"label\":\"a\"}");
    Resource grown = Resource.in("kit_probe_rows", Owner.USER).withId()
        .field(Field.text("label").asRequired(), Field.json("data"), Field.integer("added_later"))
        .timestamps().build();
    db.read(c -> {
      grown.ensureTable(c);
      return null;
    });
    Row reread = find(grown, Scope.user(projectId, alice), old.id()).orElseThrow();
    assertThat(reread.integer("added_later")).isNull();
    Resource required = Resource.in("kit_probe_rows", Owner.USER).withId()
        .field(Field.text("label").asRequired(), Field.integer("must_have").asRequired())
        .timestamps().build();
    assertThatThrownBy(() -> db.read(c -> {
      required.ensureTable(c);
      return null;
    })).isInstanceOf(IllegalStateException.class).hasMessageContaining("must_have");
  }

  @Test
  void serverMadeRows_takeOnlyWhatTheDomainSets_andDatesReadAsIsoDays() throws Exception {
    Scope scope = Scope.user(projectId, alice);
    Values values = MARKS.values().set("definition_id", Json.createValue("d1"))
        .set("marked_on", Json.createValue("2026-03-29"));
    Row row = db.transaction(c -> MARKS.insert(c, scope, values, T0));
    assertThat(row.string("marked_on")).isEqualTo("2026-03-29");
    assertThat(MARKS.json(row).getString("marked_on")).isEqualTo("2026-03-29");
    assertThat(MARKS.forCreate(json("{}")).has("marked_on")).isFalse();
    assertThatThrownBy(() -> MARKS.values().set("marked_on", Json.createValue("29/03/2026")))
        .isInstanceOf(IllegalStateException.class);
  }

  private static final Resource TIERS = Resource.in("kit_probe_tiers", Owner.PROJECT).withId()
      .field(Field.text("name").asRequired(), Field.integer("tier_order").asRequired())
      .unique("tier_order").orderBy("tier_order").conflict("tier_exists", "order taken").build();

  @Test
  void aUniqueField_isTheDeclaredConflict_perOwner() throws Exception {
    db.read(c -> {
      TIERS.ensureTable(c);
      return null;
    });
    create(Scope.project(projectId), TIERS, "{\"name\":\"Bronze\",\"tier_order\":0}");
    assertThatThrownBy(() -> create(Scope.project(projectId), TIERS, "{\"name\":\"Other\",\"tier_order\":0}"))
        .isInstanceOfSatisfying(ApiException.class, e -> {
          assertThat(e.status()).isEqualTo(409);
          assertThat(e.code()).isEqualTo("tier_exists");
        });
    assertThat(create(Scope.project(otherProjectId), TIERS, "{\"name\":\"Bronze\",\"tier_order\":0}")
        .integer("tier_order")).isZero();
  }

  @Test
  void listAcrossOwners_readsEveryUsersMatchingRows_ofThatProjectOnly_inTheDeclaredOrder() throws Exception {
    for (String user : List.of(bob, alice)) {
      Values values = MARKS.values().set("definition_id", Json.createValue("d1"));
      db.transaction(c -> MARKS.insert(c, Scope.user(projectId, user), values, T0));
    }
    Values other = MARKS.values().set("definition_id", Json.createValue("d2"));
    db.transaction(c -> MARKS.insert(c, Scope.user(projectId, alice), other, T0));
    String carol = Stores.over(db, Clock.fixed(T0, ZoneOffset.UTC)).users().createAnonymous(otherProjectId).id();
    Values elsewhere = MARKS.values().set("definition_id", Json.createValue("d1"));
    db.transaction(c -> MARKS.insert(c, Scope.user(otherProjectId, carol), elsewhere, T0));

    List<Row> across = db.read(c -> MARKS.listAcrossOwners(c, projectId, "definition_id", "d1"));

    assertThat(across).extracting(Row::userId).containsExactlyInAnyOrder(alice, bob);
    assertThat(across).extracting(Row::id).isSorted();
  }

  @Test
  void deleteWhere_removesEveryUsersMatchingRows_ofThatProjectOnly() throws Exception {
    for (String user : List.of(alice, bob)) {
      for (String definition : List.of("d1", "d2")) {
        Values values = MARKS.values().set("definition_id", Json.createValue(definition));
        db.transaction(c -> MARKS.insert(c, Scope.user(projectId, user), values, T0));
      }
    }
    String carol = Stores.over(db, Clock.fixed(T0, ZoneOffset.UTC)).users().createAnonymous(otherProjectId).id();
    Values elsewhere = MARKS.values().set("definition_id", Json.createValue("d1"));
    db.transaction(c -> MARKS.insert(c, Scope.user(otherProjectId, carol), elsewhere, T0));

    int removed = db.transaction(c -> MARKS.deleteWhere(c, projectId, "definition_id", "d1"));

    assertThat(removed).isEqualTo(2);
    for (String user : List.of(alice, bob)) {
      List<Row> left = db.read(c -> MARKS.list(c, Scope.user(projectId, user)));
      assertThat(left).extracting(r -> r.string("definition_id")).containsExactly("d2");
    }
    List<Row> untouched = db.read(c -> MARKS.list(c, Scope.user(otherProjectId, carol)));
    assertThat(untouched).hasSize(1);
  }

  @Test
  void pageWhereIn_pagesOnlyTheScopesRowsWhoseFieldIsOneOfTheValues_andCountsThem() throws Exception {
    for (String definition : List.of("d1", "d2", "d1", "d3", "d1")) {
      Values values = MARKS.values().set("definition_id", Json.createValue(definition));
      db.transaction(c -> MARKS.insert(c, Scope.user(projectId, alice), values, T0));
    }
    Values bobs = MARKS.values().set("definition_id", Json.createValue("d1"));
    db.transaction(c -> MARKS.insert(c, Scope.user(projectId, bob), bobs, T0));
    Scope mine = Scope.user(projectId, alice);

    Listing<Row> first = db.read(c -> MARKS.pageWhereIn(c, mine, "definition_id", List.of("d1", "d3"), 3, 0));
    Listing<Row> rest = db.read(c -> MARKS.pageWhereIn(c, mine, "definition_id", List.of("d1", "d3"), 3, 3));

    assertThat(first.total()).isEqualTo(4);
    assertThat(first.items()).hasSize(3);
    assertThat(rest.items()).hasSize(1);
    assertThat(java.util.stream.Stream.concat(first.items().stream(), rest.items().stream()))
        .extracting(r -> r.string("definition_id")).containsExactlyInAnyOrder("d1", "d1", "d1", "d3");
    Listing<Row> one = db.read(c -> MARKS.pageWhereIn(c, mine, "definition_id", List.of("d2"), 10, 0));
    assertThat(one.items()).extracting(r -> r.string("definition_id")).containsExactly("d2");
    Listing<Row> none = db.read(c -> MARKS.pageWhereIn(c, mine, "definition_id", List.of(), 10, 0));
    assertThat(none.total()).isZero();
    assertThat(none.items()).isEmpty();
    Listing<Row> labels = db.read(c -> MINE.pageWhereIn(c, mine, "label", List.of("x"), 10, 0));
    assertThat(labels.total()).isZero();
  }

  private java.util.Optional<Row> tallyOf(String user) throws Exception {
    return db.read(c -> TALLIES.ofUser(c, Scope.user(projectId, user)));
  }

  private Row tally(String projectOf, String user, long total) throws Exception {
    Scope scope = Scope.user(projectOf, user);
    return db.transaction(c -> {
      Row current = TALLIES.ofUser(c, scope).orElse(null);
      Values values = TALLIES.values().set("total", Json.createValue(total));
      return current == null ? TALLIES.insert(c, scope, values, T0) : TALLIES.update(c, current, values, T0);
    });
  }

  @Test
  void onePerUser_addressesTheRowByItsOwner_andRefusesASecondRow() throws Exception {
    assertThat(tallyOf(alice)).isEmpty();
    Row first = tally(projectId, alice, 5);
    assertThat(TALLIES.json(first).keySet()).containsExactly("total", "note");
    Row second = tally(projectId, alice, 7);
    assertThat(second.bigint("total")).isEqualTo(7);
    assertThat(second.userId()).isEqualTo(alice);
    assertThat(tallyOf(bob)).isEmpty();
    assertThatThrownBy(() -> db.transaction(c -> TALLIES.insert(c, Scope.user(projectId, alice),
        TALLIES.values().set("total", Json.createValue(1)), T0)))
        .isInstanceOfSatisfying(java.sql.SQLException.class, e -> assertThat(Database.isUniqueViolation(e)).isTrue());
    assertThatThrownBy(() -> db.read(c -> MINE.ofUser(c, Scope.user(projectId, alice))))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Resource.in("kit_probe_bad", Owner.PROJECT).onePerUser().field(Field.text("x")).build())
        .isInstanceOf(IllegalArgumentException.class);
    boolean deleted = db.transaction(c -> TALLIES.delete(c, second));
    assertThat(deleted).isTrue();
    assertThat(tallyOf(alice)).isEmpty();
  }

  @Test
  void pageOfEveryUser_listsTheProjectsUsersRows_inTheDeclaredDescendingOrder() throws Exception {
    String carol = Stores.over(db, Clock.fixed(T0, ZoneOffset.UTC)).users().createAnonymous(projectId).id();
    String elsewhere = Stores.over(db, Clock.fixed(T0, ZoneOffset.UTC)).users().createAnonymous(otherProjectId).id();
    tally(projectId, alice, 10);
    tally(projectId, bob, 30);
    tally(projectId, carol, 20);
    tally(otherProjectId, elsewhere, 99);
    Listing<Row> all = db.read(c -> TALLIES.pageOfEveryUser(c, projectId, 10, 0));
    assertThat(all.total()).isEqualTo(3);
    assertThat(all.items()).extracting(Row::userId).containsExactly(bob, carol, alice);
    Listing<Row> second = db.read(c -> TALLIES.pageOfEveryUser(c, projectId, 1, 1));
    assertThat(second.items()).extracting(Row::userId).containsExactly(carol);
    assertThat(second.total()).isEqualTo(3);
    assertThatThrownBy(() -> db.read(c -> DEFINITIONS.pageOfEveryUser(c, projectId, 10, 0)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static final String P1 = "11111111-1111-1111-1111-111111111111";
  private static final String P2 = "22222222-2222-2222-2222-222222222222";

  private Row link(String projectOf, String parent, String child, int weight) throws Exception {
    return create(Scope.project(projectOf), LINKS,
        "{\"parent_id\":\"" + parent + "\",\"child_id\":\"" + child + "\",\"weight\":" + weight + "}");
  }

  @Test
  void unique_refusesASecondRowWithTheSameValues_perProject_onInsertAndUpdate() throws Exception {
    Row first = link(projectId, P1, P2, 0);
    Row other = link(projectId, P2, P1, 0);
    assertThat(LINKS.json(first).keySet()).containsExactly("id", "parent_id", "child_id", "weight");
    assertThatThrownBy(() -> link(projectId, P1, P2, 5))
        .isInstanceOfSatisfying(ApiException.class, e -> {
          assertThat(e.status()).isEqualTo(409);
          assertThat(e.code()).isEqualTo("probe_linked");
        });
    assertThat(link(otherProjectId, P1, P2, 0).string("parent_id")).isEqualTo(P1);
    Values clash = LINKS.forUpdate(json("{\"parent_id\":\"" + P1 + "\",\"child_id\":\"" + P2 + "\"}"));
    assertThatThrownBy(() -> db.transaction(c -> LINKS.update(c, other, clash, T0)))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("probe_linked"));
    List<Row> links = db.read(c -> LINKS.list(c, Scope.project(projectId)));
    assertThat(links).hasSize(2);
    String pair = "{\"a\":\"x\",\"b\":\"y\"}";
    create(Scope.project(projectId), PAIRS, pair);
    assertThatThrownBy(() -> create(Scope.project(projectId), PAIRS, pair))
        .isInstanceOfSatisfying(java.sql.SQLException.class, e -> assertThat(Database.isUniqueViolation(e)).isTrue());
    assertThat(create(Scope.project(projectId), PAIRS, "{\"a\":\"x\",\"b\":\"z\"}").string("b")).isEqualTo("z");
  }

  @Test
  void creationOrder_breaksTiesOfTheDeclaredOrder_inTheOrderRowsWereMade_withinOneInstant() throws Exception {
    // Every row is made at T0: without the hidden number the random ids would order the ties.
    List<String> made = new java.util.ArrayList<>();
    for (int i = 0; i < 12; i++) {
      String child = String.format("00000000-0000-0000-0000-%012d", 100 - i);
      made.add(link(projectId, P1, child, i % 2).string("child_id"));
    }
    List<String> evens = new java.util.ArrayList<>();
    List<String> odds = new java.util.ArrayList<>();
    for (int i = 0; i < made.size(); i++) {
      (i % 2 == 0 ? evens : odds).add(made.get(i));
    }
    List<String> expected = new java.util.ArrayList<>(evens);
    expected.addAll(odds);
    List<Row> listed = db.read(c -> LINKS.list(c, Scope.project(projectId)));
    assertThat(listed).extracting(r -> r.string("child_id")).containsExactlyElementsOf(expected);
    // Numbered per owner: another project's rows start again.
    assertThat(link(otherProjectId, P2, P1, 0)).isNotNull();
    Listing<Row> page = db.read(c -> LINKS.page(c, Scope.project(projectId), 3, 0));
    assertThat(page.items()).extracting(r -> r.string("child_id")).containsExactlyElementsOf(expected.subList(0, 3));
  }

  @Test
  void findById_findsOnlyByTheId_neverByTheKey() throws Exception {
    Scope scope = Scope.project(projectId);
    Row row = create(scope, DEFINITIONS, "{\"key\":\"a\",\"name\":\"A\",\"qualifying_event\":\"e\"}");
    java.util.Optional<Row> byId = db.read(c -> DEFINITIONS.findById(c, scope, row.id()));
    java.util.Optional<Row> byKey = db.read(c -> DEFINITIONS.findById(c, scope, "a"));
    java.util.Optional<Row> elsewhere = db.read(c -> DEFINITIONS.findById(c, Scope.project(otherProjectId), row.id()));
    assertThat(byId).contains(row);
    assertThat(byKey).isEmpty();
    assertThat(elsewhere).isEmpty();
    assertThatThrownBy(() -> db.read(c -> DEFINITIONS.requireById(c, scope, "a")))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("probe_not_found"));
  }
}
