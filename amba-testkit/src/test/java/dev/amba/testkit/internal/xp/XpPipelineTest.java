package dev.amba.testkit.internal.xp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amba.testkit.internal.engagement.DerivedEvent;
import dev.amba.testkit.internal.engagement.EngagementPipeline;
import dev.amba.testkit.internal.engagement.EngagementStage;
import dev.amba.testkit.internal.engagement.StoredEvent;
import dev.amba.testkit.internal.kit.Resource;
import dev.amba.testkit.internal.kit.Resource.Scope;
import dev.amba.testkit.internal.kit.Row;
import dev.amba.testkit.internal.store.Database;
import dev.amba.testkit.internal.store.EventStore.NewEvent;
import dev.amba.testkit.internal.store.Stores;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The XP module inside the engagement pipeline (M4): the depths its events run at, and the
 * {@code XpCredits} contract other modules credit through.
 */
class XpPipelineTest {
  private static final Instant T0 = Instant.parse("2030-01-07T10:00:00Z");

  private Database db;
  private Stores stores;
  private XpRoutes xp;
  private String projectId;
  private String userId;
  /** What a later stage (5, as challenges) sees: "name@depth". */
  private final List<String> seen = new ArrayList<>();

  @BeforeEach
  void open() throws Exception {
    db = Database.inMemory("xp-" + System.nanoTime());
    stores = Stores.over(db, Clock.fixed(T0, ZoneOffset.UTC));
    xp = new XpRoutes(stores, Clock.fixed(T0, ZoneOffset.UTC));
    db.read(c -> {
      for (Resource r : xp.resources()) {
        r.ensureTable(c);
      }
      return null;
    });
    EngagementStage probe = new EngagementStage() {
      @Override
      public int step() {
        return 5;
      }

      @Override
      public void apply(StoredEvent event, Consumer<DerivedEvent> emit) {
        seen.add(event.name() + "@" + event.depth());
      }
    };
    List<EngagementStage> stages = new ArrayList<>(xp.stages());
    stages.add(probe);
    stores.events().engage(new EngagementPipeline(stages, stores.events()::storeDerived));
    projectId = stores.projects().create(false).projectId();
    userId = stores.users().createAnonymous(projectId).id();
  }

  @AfterEach
  void close() {
    db.close();
  }

  private void rule(String eventName, int xpAmount) throws Exception {
    db.transaction(c -> XpTables.RULES.insert(c, Scope.project(projectId), XpTables.RULES.forCreate(
        Json.createObjectBuilder().add("name", "r").add("event_name", eventName).add("xp_amount", xpAmount).build()),
        T0));
  }

  private void track(String name) throws Exception {
    stores.events().insert(projectId, List.of(new NewEvent(userId, name, JsonObject.EMPTY_JSON_OBJECT, null, null)));
  }

  @Test
  void aRuleAward_derivesXpAwardedAndLevelUp_oneDeeperThanTheEvent() throws Exception {
    rule("lesson_completed", 150);
    track("lesson_completed");
    assertThat(seen).containsExactly("lesson_completed@0", "xp_awarded@1", "level_up@1");
  }

  @Test
  void aGrantClaim_runsItsEventsThroughThePipeline_atDepthOne() throws Exception {
    db.transaction(c -> XpTables.GRANTS.insert(c, Scope.project(projectId), XpTables.GRANTS.forCreate(
        Json.createObjectBuilder().add("key", "launch").add("xp_amount", 100).build()), T0));
    Row entry = ((XpLedger) xp.credits()).claim(projectId, userId, "launch");
    assertThat(entry.string("source")).isEqualTo("grant");
    assertThat(seen).containsExactly("xp_awarded@1", "level_up@1");
  }

  @Test
  void rulesOnTheXpEventsThemselves_neverMatch() throws Exception {
    rule("xp_awarded", 5);
    rule("level_up", 5);
    rule("lesson_completed", 100);
    track("lesson_completed");
    track("xp_awarded");
    assertThat(xp.credits().totalXp(projectId, userId)).isEqualTo(100);
  }

  @Test
  void otherModulesCredit_throughTheSameLedger_andReadTheTotal() throws Exception {
    List<DerivedEvent> emitted = new ArrayList<>();
    xp.credits().credit(projectId, userId, 40, "achievement", "achievement:first_lesson", null, emitted::add);
    xp.credits().credit(projectId, userId, 70, "challenge", "challenge:c1", null, emitted::add);
    assertThat(xp.credits().totalXp(projectId, userId)).isEqualTo(110);
    assertThat(emitted).extracting(DerivedEvent::name).containsExactly("xp_awarded", "xp_awarded", "level_up");
    assertThat(emitted.get(0).properties()).isEqualTo(Json.createObjectBuilder().add("amount", 40)
        .add("source", "achievement").addNull("rule_id").build());
    assertThat(emitted.get(2).properties()).isEqualTo(Json.createObjectBuilder().add("level", 2)
        .add("previous_level", 1).build());
    List<Row> history = db.read(c -> XpTables.LEDGER.list(c, Scope.user(projectId, userId)));
    assertThat(history).extracting(r -> r.string("reason")).containsExactly("challenge:c1", "achievement:first_lesson");
    // The ledger writes only: nothing reaches the events table until the caller's pipeline stores them.
    assertThat(seen).isEmpty();
    // An id that is no user of the project (admin ingest takes any) earns nothing, and fails nothing.
    xp.credits().credit(projectId, "nobody", 10, "referral", "referral", null, emitted::add);
    assertThat(xp.credits().totalXp(projectId, "nobody")).isZero();
  }

  @Test
  void theLevelCurve_startsLevelLAt50TimesLTimesLMinusOne() {
    assertThat(List.of(0L, 99L, 100L, 299L, 300L, 599L, 600L, 1000L, 1499L, 1500L))
        .extracting(XpLevels::level).containsExactly(1, 1, 2, 2, 3, 3, 4, 5, 5, 6);
    for (long level = 1; level < 5_000; level++) {
      assertThat(XpLevels.level(XpLevels.start(level))).isEqualTo((int) level);
      assertThat(XpLevels.level(XpLevels.start(level + 1) - 1)).isEqualTo((int) level);
    }
    assertThat(XpLevels.level(Long.MAX_VALUE / 2)).isPositive();
  }
}
