package dev.amba.testkit.internal.engagement;

import dev.amba.AmbaClient;
import dev.amba.AmbaConfig;
import dev.amba.AmbaUser;
import dev.amba.testkit.EmulatorProject;
import dev.amba.testkit.internal.Authenticator;
import dev.amba.testkit.internal.EmulatorServer;
import dev.amba.testkit.internal.IdempotencyCache;
import dev.amba.testkit.internal.Ids;
import dev.amba.testkit.internal.JsonIo;
import dev.amba.testkit.internal.RouteTable;
import dev.amba.testkit.internal.achievements.AchievementRoutes;
import dev.amba.testkit.internal.challenges.ChallengeRoutes;
import dev.amba.testkit.internal.kit.Resource;
import dev.amba.testkit.internal.routes.EventRoutes;
import dev.amba.testkit.internal.routes.UserRoutes;
import dev.amba.testkit.internal.segments.SegmentRoutes;
import dev.amba.testkit.internal.store.Database;
import dev.amba.testkit.internal.store.Stores;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Achievements and challenges served over real HTTP, as the emulator serves them, but with the XP
 * and streaks contracts played by {@link FakeXp} and {@link FakeStreaks}: a test sees exactly which
 * credits a module made, and sets readings (a week-long run, an exact total) the real modules
 * reach only through many events. A JUnit 5 extension: register it on an instance field, and each
 * test gets a fresh database and server.
 */
public final class EngagementHarness implements BeforeEachCallback, AfterEachCallback {

  /** One credit as a module made it. */
  public record Credit(String userId, int amount, String source, String reason, String ruleId) {}

  /** Records every credit and emits {@code xp_awarded} as the XP module does; totals are the credits plus a bonus. */
  public static final class FakeXp implements XpCredits {
    public final List<Credit> credits = new CopyOnWriteArrayList<>();
    private final Map<String, Integer> bonus = new HashMap<>();

    @Override
    public void credit(String projectId, String userId, int amount, String source, String reason, String ruleId,
        Consumer<DerivedEvent> emit) {
      credits.add(new Credit(userId, amount, source, reason, ruleId));
      emit.accept(new DerivedEvent("xp_awarded", JsonIo.object().add("amount", amount).add("source", source)
          .build()));
    }

    @Override
    public synchronized int totalXp(String projectId, String userId) {
      return bonus.getOrDefault(userId, 0)
          + credits.stream().filter(c -> c.userId().equals(userId)).mapToInt(Credit::amount).sum();
    }

    /** XP the user has from elsewhere (rules, grants). */
    public synchronized void give(String userId, int xp) {
      bonus.merge(userId, xp, Integer::sum);
    }
  }

  /** Streak definitions by key and id, and each user's runs, as the test sets them. */
  public static final class FakeStreaks implements StreakReadings {
    private final Map<String, String> idsByKey = new HashMap<>();
    private final Map<String, Integer> longest = new HashMap<>();
    private final Map<String, Integer> current = new HashMap<>();
    /** The definition ids {@link #currentCount} was asked about, null for "any". */
    public final List<String> currentAsked = new CopyOnWriteArrayList<>();

    public synchronized String define(String key) {
      String id = Ids.uuid();
      idsByKey.put(key, id);
      return id;
    }

    public synchronized void set(String userId, String definitionId, int currentCount, int longestCount) {
      current.put(userId + "/" + definitionId, currentCount);
      longest.put(userId + "/" + definitionId, longestCount);
    }

    @Override
    public synchronized int longestCount(String projectId, String userId, String streakDefinitionId) {
      return longest.getOrDefault(userId + "/" + streakDefinitionId, 0);
    }

    @Override
    public synchronized int currentCount(String projectId, String userId, String streakDefinitionId) {
      currentAsked.add(streakDefinitionId);
      if (streakDefinitionId != null) {
        return current.getOrDefault(userId + "/" + streakDefinitionId, 0);
      }
      return current.entrySet().stream().filter(e -> e.getKey().startsWith(userId + "/"))
          .mapToInt(Map.Entry::getValue).max().orElse(0);
    }

    @Override
    public synchronized String definitionId(String projectId, String idOrKey) {
      return idsByKey.containsValue(idOrKey) ? idOrKey : idsByKey.get(idOrKey);
    }
  }

  public final FakeXp xp = new FakeXp();
  public final FakeStreaks streaks = new FakeStreaks();
  private final Clock clock;
  private Database db;
  private Stores stores;
  private EmulatorServer server;
  private EmulatorProject project;
  private AmbaClient amba;

  public EngagementHarness(Clock clock) {
    this.clock = clock;
  }

  @Override
  public void beforeEach(ExtensionContext context) throws IOException, SQLException {
    db = Database.inMemory("engagement-" + Ids.uuid());
    stores = Stores.over(db, clock);
    project = stores.projects().create(false);
    AchievementRoutes achievements = new AchievementRoutes(stores, clock, xp, streaks);
    SegmentRoutes segments = new SegmentRoutes(stores, clock);
    RouteTable routes = new RouteTable()
        .add(new UserRoutes(stores, achievements.unlocks()::propertiesChanged, segments.segments()))
        .add(new EventRoutes(stores, clock, segments.segments()))
        .add(segments)
        .add(achievements)
        .add(new ChallengeRoutes(stores, clock, xp, streaks, achievements.unlocks()));
    for (Resource resource : routes.resources()) {
      db.read(c -> {
        resource.ensureTable(c);
        return null;
      });
    }
    stores.events().engage(new EngagementPipeline(routes.stages(), stores.events()::storeDerived));
    server = new EmulatorServer("127.0.0.1", 0, routes, new Authenticator(stores), (path, p) -> null, r -> { },
        new IdempotencyCache(clock));
    amba = AmbaClient.configure(AmbaConfig.builder().projectId(project.projectId())
        .clientKey(project.clientKey()).serverKey(project.serverKey()).apiUrl(server.baseUrl()).build());
  }

  /** The test's client, of the harness's project. */
  public AmbaClient amba() {
    return amba;
  }

  /** A new user of the project, acted for. */
  public AmbaUser newUser() throws SQLException {
    return amba.asUser(stores.users().createAnonymous(project.projectId()).id());
  }

  @Override
  public void afterEach(ExtensionContext context) {
    amba.close();
    server.close();
    db.close();
    stores.storage().close();
  }
}
