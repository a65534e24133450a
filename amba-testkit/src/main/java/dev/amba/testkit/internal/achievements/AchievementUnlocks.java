package dev.amba.testkit.internal.achievements;

import dev.amba.testkit.internal.JsonIo;
import dev.amba.testkit.internal.engagement.AchievementRewards;
import dev.amba.testkit.internal.engagement.DerivedEvent;
import dev.amba.testkit.internal.engagement.EngagementStage;
import dev.amba.testkit.internal.engagement.StoredEvent;
import dev.amba.testkit.internal.engagement.StreakReadings;
import dev.amba.testkit.internal.engagement.XpCredits;
import dev.amba.testkit.internal.kit.Resource;
import dev.amba.testkit.internal.kit.Resource.Scope;
import dev.amba.testkit.internal.kit.Row;
import dev.amba.testkit.internal.store.Database;
import dev.amba.testkit.internal.store.EventStore.NewEvent;
import dev.amba.testkit.internal.store.Stores;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * When achievements unlock (14.4 #2, #3, #6, #7): at M4 stage 4 for every stored event, after a
 * change of the user's properties, and directly as a challenge's reward. An unlock is one row per
 * user and achievement, whose unique key makes it happen once however many evaluations race; only
 * the evaluation that wrote the row emits {@code achievement_unlocked} and credits the XP.
 *
 * <p>Each step uses its own short connection and none is held across another module's call, so an
 * evaluation never waits on the pool while holding a connection of it.
 */
public final class AchievementUnlocks implements EngagementStage, AchievementRewards {

  /** M4 stage 4. */
  static final int STEP = 4;

  private static final java.util.regex.Pattern ID =
      java.util.regex.Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private final Stores stores;
  private final Clock clock;
  private final XpCredits xp;
  private final StreakReadings streaks;

  AchievementUnlocks(Stores stores, Clock clock, XpCredits xp, StreakReadings streaks) {
    this.stores = stores;
    this.clock = clock;
    this.xp = xp;
    this.streaks = streaks;
  }

  @Override
  public int step() {
    return STEP;
  }

  @Override
  public void apply(StoredEvent event, Consumer<DerivedEvent> emit) throws SQLException {
    evaluate(event.projectId(), event.userId(), emit);
  }

  /**
   * 14.4 #2: the user's properties changed outside any event, so the events this evaluation
   * derives are written as the server's own, at depth 1 (M4), and run the pipeline from there.
   */
  public void propertiesChanged(String projectId, String userId) throws SQLException {
    List<DerivedEvent> derived = new ArrayList<>();
    evaluate(projectId, userId, derived::add);
    for (DerivedEvent d : derived) {
      stores.events().insert(projectId, List.of(new NewEvent(userId, d.name(), d.properties(), null, null)), 1);
    }
  }

  /** Unlocks every active achievement the user has not unlocked and whose value reached its target. */
  void evaluate(String projectId, String userId, Consumer<DerivedEvent> emit) throws SQLException {
    List<Row> active = stores.db().read(c -> active(c, projectId));
    if (active.isEmpty()) {
      return;
    }
    Map<String, String> unlocked = stores.db().read(c -> unlockTimes(c, Scope.user(projectId, userId)));
    Measures measures = measures(projectId, userId);
    for (Row definition : active) {
      JsonObject criteria = definition.get("criteria").asJsonObject();
      if (!unlocked.containsKey(definition.id()) && measures.value(criteria) >= Criteria.target(criteria)) {
        unlock(projectId, userId, definition, emit);
      }
    }
  }

  @Override
  public boolean exists(String projectId, String achievementId) throws SQLException {
    return byId(projectId, achievementId).isPresent();
  }

  /** 14.4 #7: whatever the criteria, and whether or not the achievement is active. */
  @Override
  public void unlock(String projectId, String userId, String achievementId, Consumer<DerivedEvent> emit)
      throws SQLException {
    Optional<Row> definition = byId(projectId, achievementId);
    if (definition.isPresent()) {
      unlock(projectId, userId, definition.get(), emit);
    }
  }

  private void unlock(String projectId, String userId, Row definition, Consumer<DerivedEvent> emit)
      throws SQLException {
    Resource.Values values = AchievementRoutes.UNLOCKS.values()
        .set("achievement_id", JsonIo.string(definition.id()))
        .set("unlocked_at", Resource.stamp(clock.instant()));
    try {
      stores.db().transaction(c -> AchievementRoutes.UNLOCKS.insert(c, Scope.user(projectId, userId), values,
          clock.instant()));
    } catch (SQLException e) {
      if (Database.isUniqueViolation(e)) {
        return;
      }
      throw e;
    }
    String key = definition.string("key");
    emit.accept(new DerivedEvent("achievement_unlocked",
        JsonIo.object().add("achievement_id", definition.id()).add("key", key).build()));
    int reward = definition.integer("xp_reward");
    if (reward > 0) {
      xp.credit(projectId, userId, reward, "achievement", "achievement:" + key, null, emit);
    }
  }

  Measures measures(String projectId, String userId) {
    return new Measures(stores, xp, streaks, projectId, userId);
  }

  private Optional<Row> byId(String projectId, String achievementId) throws SQLException {
    if (!isId(achievementId)) {
      return Optional.empty();
    }
    return stores.db().read(c -> AchievementRoutes.DEFINITIONS.find(c, Scope.project(projectId), achievementId));
  }

  /** Only an id names an achievement here: a key would resolve by M1's other half. */
  private static boolean isId(String value) {
    return value != null && ID.matcher(value).matches();
  }

  /** 14.4 #6: only active definitions are shown or evaluated. */
  static List<Row> active(Connection c, String projectId) throws SQLException {
    return AchievementRoutes.DEFINITIONS.listWhere(c, Scope.project(projectId), "is_active", Boolean.TRUE);
  }

  /** The user's unlocks: achievement id to {@code unlocked_at}. */
  static Map<String, String> unlockTimes(Connection c, Scope user) throws SQLException {
    Map<String, String> out = new HashMap<>();
    for (Row row : AchievementRoutes.UNLOCKS.list(c, user)) {
      out.put(row.string("achievement_id"), row.string("unlocked_at"));
    }
    return out;
  }
}
