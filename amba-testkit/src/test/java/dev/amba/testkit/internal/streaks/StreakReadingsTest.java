package dev.amba.testkit.internal.streaks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amba.testkit.internal.engagement.DerivedEvent;
import dev.amba.testkit.internal.engagement.EngagementStage;
import dev.amba.testkit.internal.engagement.StoredEvent;
import dev.amba.testkit.internal.engagement.StreakReadings;
import dev.amba.testkit.internal.kit.Resource;
import dev.amba.testkit.internal.kit.Resource.Scope;
import dev.amba.testkit.internal.store.Database;
import dev.amba.testkit.internal.store.Stores;
import dev.amba.wire.ManualClock;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What other modules read of streaks ({@link StreakReadings}), always settled first, and the M4
 * stage that feeds them, without HTTP in between.
 */
class StreakReadingsTest {
  private static final Instant MONDAY = Instant.parse("2030-01-07T08:00:00Z");
  private static final Duration DAY = Duration.ofDays(1);

  private final ManualClock clock = new ManualClock(MONDAY);
  private Database db;
  private String projectId;
  private String otherProjectId;
  private String alice;
  private String bob;
  private StreakReadings readings;
  private EngagementStage stage;
  private final List<DerivedEvent> emitted = new ArrayList<>();

  @BeforeEach
  void open() throws Exception {
    db = Database.inMemory("streaks-" + System.nanoTime());
    Stores stores = Stores.over(db, clock);
    projectId = stores.projects().create(false).projectId();
    otherProjectId = stores.projects().create(false).projectId();
    alice = stores.users().createAnonymous(projectId).id();
    bob = stores.users().createAnonymous(projectId).id();
    StreakRoutes routes = new StreakRoutes(stores, clock);
    db.read(c -> {
      for (Resource r : routes.resources()) {
        r.ensureTable(c);
      }
      return null;
    });
    readings = routes.readings();
    assertThat(routes.stages()).singleElement().satisfies(s -> assertThat(s.step()).isEqualTo(1));
    stage = routes.stages().get(0);
  }

  @AfterEach
  void close() {
    db.close();
  }

  private String define(String project, String key, String event) throws Exception {
    String body = "{\"key\":\"" + key + "\",\"name\":\"" + key + "\",\"qualifying_event\":\"" + event + "\"}";
    Resource.Values values = StreakRoutes.DEFINITIONS.forCreate(Json.createReader(new StringReader(body)).readObject());
    return db.transaction(c -> StreakRoutes.DEFINITIONS.insert(c, Scope.project(project), values, clock.instant())).id();
  }

  private void event(String project, String user, String name) throws Exception {
    stage.apply(new StoredEvent(dev.amba.testkit.internal.Ids.uuid(), project, user, name, JsonValue.EMPTY_JSON_OBJECT,
        clock.instant(), 0), emitted::add);
  }

  @Test
  void readings_areZero_withoutARow_andForUnknownUsers() throws Exception {
    String daily = define(projectId, "daily", "app.opened");
    assertThat(readings.longestCount(projectId, alice, daily)).isZero();
    assertThat(readings.currentCount(projectId, alice, daily)).isZero();
    assertThat(readings.currentCount(projectId, alice, null)).isZero();
    assertThat(readings.currentCount(projectId, "nobody", null)).isZero();
  }

  @Test
  void definitionId_resolvesAnIdOrAKey_withinTheProjectOnly() throws Exception {
    String daily = define(projectId, "daily", "app.opened");
    assertThat(readings.definitionId(projectId, "daily")).isEqualTo(daily);
    assertThat(readings.definitionId(projectId, daily)).isEqualTo(daily);
    assertThat(readings.definitionId(projectId, "weekly")).isNull();
    assertThat(readings.definitionId(otherProjectId, "daily")).isNull();
    assertThat(readings.definitionId(otherProjectId, daily)).isNull();
  }

  @Test
  void counts_followTheEventsTheStageSees_andAreSettledBeforeTheyAreRead() throws Exception {
    String daily = define(projectId, "daily", "app.opened");
    String lessons = define(projectId, "lessons", "lesson.completed");
    for (int day = 0; day < 3; day++) {
      clock.advance(day == 0 ? Duration.ZERO : DAY);
      event(projectId, alice, "app.opened");
    }
    event(projectId, alice, "lesson.completed");
    event(projectId, bob, "lesson.completed");

    assertThat(readings.currentCount(projectId, alice, daily)).isEqualTo(3);
    assertThat(readings.currentCount(projectId, alice, lessons)).isEqualTo(1);
    assertThat(readings.currentCount(projectId, alice, null)).isEqualTo(3);
    assertThat(readings.currentCount(projectId, bob, null)).isEqualTo(1);
    assertThat(emitted).singleElement().satisfies(e -> {
      assertThat(e.name()).isEqualTo("streak_milestone");
      assertThat(e.properties().getString("streak_id")).isEqualTo(daily);
      assertThat(e.properties().getInt("count")).isEqualTo(3);
    });

    // Two days later, with no request in between: the readings settle first.
    clock.advance(DAY.multipliedBy(2));
    assertThat(readings.currentCount(projectId, alice, daily)).isZero();
    assertThat(readings.longestCount(projectId, alice, daily)).isEqualTo(3);
    assertThat(readings.currentCount(projectId, alice, null)).isZero();
  }

  @Test
  void theStage_ignoresOtherProjectsStreaks_andUsersThatDoNotExist() throws Exception {
    String daily = define(projectId, "daily", "app.opened");
    define(otherProjectId, "daily", "app.opened");
    event(otherProjectId, alice, "app.opened");
    event(projectId, "never_signed_up", "app.opened");
    assertThat(readings.currentCount(projectId, alice, daily)).isZero();
    assertThat(readings.currentCount(projectId, "never_signed_up", null)).isZero();
    assertThat(emitted).isEmpty();
  }
}
