package dev.amba.testkit.internal.achievements;

import dev.amba.internal.endpoint.AchievementEndpoints;
import dev.amba.testkit.internal.ApiException;
import dev.amba.testkit.internal.ApiRequest;
import dev.amba.testkit.internal.ApiResponse;
import dev.amba.testkit.internal.Caller;
import dev.amba.testkit.internal.JsonIo;
import dev.amba.testkit.internal.RouteModule;
import dev.amba.testkit.internal.RouteTable;
import dev.amba.testkit.internal.engagement.EngagementStage;
import dev.amba.testkit.internal.engagement.StreakReadings;
import dev.amba.testkit.internal.engagement.XpCredits;
import dev.amba.testkit.internal.kit.Crud;
import dev.amba.testkit.internal.kit.Crud.DeleteAnswer;
import dev.amba.testkit.internal.kit.Field;
import dev.amba.testkit.internal.kit.Resource;
import dev.amba.testkit.internal.kit.Resource.Owner;
import dev.amba.testkit.internal.kit.Resource.Scope;
import dev.amba.testkit.internal.kit.Row;
import dev.amba.testkit.internal.store.Stores;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Achievements (amba-api-modules.md section 14): definitions on the kit, the acting user's view
 * with progress, and the evaluation of M4 stage 4 ({@link AchievementUnlocks}). Hand-written are
 * only the criteria checks (14.4 #5), the visibility rules (hidden until unlocked, inactive never)
 * and the progress values.
 */
public final class AchievementRoutes implements RouteModule {

  /** XP amounts are ints on the wire (M2); a reward this large is already absurd. */
  static final int MAX_XP = 1_000_000_000;

  static final Resource DEFINITIONS = Resource.in("achievement_definitions", Owner.PROJECT).withId()
      .field(
          Field.key("key"),
          Field.text("name").asRequired().withLength(1, 256),
          Field.text("description").withLength(0, 4096),
          Field.text("icon_url").withLength(1, 2048),
          Field.integer("xp_reward").withRange(0, MAX_XP).withDefault(Json.createValue(0)),
          Field.json("criteria").asRequired(),
          Field.bool("is_hidden").withDefault(JsonValue.FALSE),
          Field.integer("sort_order").withRange(0, Integer.MAX_VALUE).withDefault(Json.createValue(0)),
          Field.bool("is_active").withDefault(JsonValue.TRUE))
      .timestamps()
      .key("key")
      .orderBy("sort_order", "created_at")
      .conflict("achievement_exists", "an achievement with this key already exists in the project")
      .build();

  /** One row per user and achievement unlocked; kept when the definition is deleted (14.2). */
  static final Resource UNLOCKS = Resource.in("achievement_unlocks", Owner.USER)
      .field(
          Field.text("achievement_id").asRequired().withLength(36, 36).asServerSet(),
          Field.timestamp("unlocked_at").asRequired().asServerSet())
      .key("achievement_id")
      .orderBy("unlocked_at")
      .build();

  private final Stores stores;
  private final Crud definitions;
  private final AchievementUnlocks unlocks;

  /**
   * @param xp where unlock rewards are credited and {@code xp_threshold} is read
   * @param streaks where {@code streak_length} is read and a criteria's streak is resolved
   */
  public AchievementRoutes(Stores stores, Clock clock, XpCredits xp, StreakReadings streaks) {
    this.stores = stores;
    this.unlocks = new AchievementUnlocks(stores, clock, xp, streaks);
    this.definitions = Crud.of(DEFINITIONS, stores, clock).withRule((c, scope, values, current) -> {
      if (values.has("criteria")) {
        values.set("criteria", Criteria.check(values.get("criteria"), scope.projectId(), streaks));
      }
    });
  }

  /** The unlock side, for the challenges module's rewards (14.4 #7) and the profile hook (14.4 #2). */
  public AchievementUnlocks unlocks() {
    return unlocks;
  }

  @Override
  public List<Resource> resources() {
    return List.of(DEFINITIONS, UNLOCKS);
  }

  @Override
  public List<EngagementStage> stages() {
    return List.of(unlocks);
  }

  @Override
  public void register(RouteTable routes) {
    routes.on(AchievementEndpoints.LIST, this::list);
    routes.on(AchievementEndpoints.PROGRESS, this::progress);
    routes.on(AchievementEndpoints.GET, this::get);
    routes.on(AchievementEndpoints.ADMIN_CREATE, definitions.create());
    routes.on(AchievementEndpoints.ADMIN_LIST, definitions.list());
    routes.on(AchievementEndpoints.ADMIN_GET, definitions.get("achievementId"));
    routes.on(AchievementEndpoints.ADMIN_UPDATE, definitions.update("achievementId"));
    routes.on(AchievementEndpoints.ADMIN_DELETE,
        definitions.delete("achievementId", DeleteAnswer.DELETED_MARKER, "id"));
  }

  /** An achievement the acting user may see, with the user's unlock time or null. */
  private record Seen(Row definition, String unlockedAt) {}

  /** 14.1: active ones only, a hidden one once unlocked, in the declared order. */
  private List<Seen> visible(Caller caller) throws SQLException {
    Scope user = Scope.user(caller.projectId(), caller.requireUser());
    List<Row> active = stores.db().read(c -> AchievementUnlocks.active(c, caller.projectId()));
    Map<String, String> unlocked = stores.db().read(c -> AchievementUnlocks.unlockTimes(c, user));
    List<Seen> out = new ArrayList<>();
    for (Row row : active) {
      String at = unlocked.get(row.id());
      if (at != null || !row.bool("is_hidden")) {
        out.add(new Seen(row, at));
      }
    }
    return out;
  }

  private ApiResponse list(ApiRequest request, Caller caller) throws SQLException {
    Measures measures = unlocks.measures(caller.projectId(), caller.requireUser());
    JsonArrayBuilder data = JsonIo.array();
    for (Seen seen : visible(caller)) {
      data.add(view(seen, measures));
    }
    return ApiResponse.ok(data.build());
  }

  private ApiResponse progress(ApiRequest request, Caller caller) throws SQLException {
    Measures measures = unlocks.measures(caller.projectId(), caller.requireUser());
    JsonArrayBuilder data = JsonIo.array();
    for (Seen seen : visible(caller)) {
      long target = Criteria.target(criteria(seen.definition()));
      data.add(JsonIo.object()
          .add("achievement_id", seen.definition().id())
          .add("key", seen.definition().string("key"))
          .add("progress", (double) current(seen, measures) / target)
          .add("unlocked", seen.unlockedAt() != null)
          .add("unlocked_at", stamp(seen.unlockedAt())));
    }
    return ApiResponse.ok(data.build());
  }

  /** 404 {@code fetch_failed} (as Amba's docs have it) for missing, inactive, or hidden and still locked. */
  private ApiResponse get(ApiRequest request, Caller caller) throws SQLException {
    String idOrKey = request.pathParam("idOrKey");
    Scope user = Scope.user(caller.projectId(), caller.requireUser());
    Row row = stores.db().read(c -> DEFINITIONS.find(c, Scope.project(caller.projectId()), idOrKey))
        .filter(r -> r.bool("is_active")).orElse(null);
    String unlockedAt = row == null ? null
        : stores.db().read(c -> UNLOCKS.find(c, user, row.id())).map(u -> u.string("unlocked_at")).orElse(null);
    if (row == null || unlockedAt == null && row.bool("is_hidden")) {
      throw ApiException.notFound("fetch_failed", "no achievement with this id or key is visible to this user");
    }
    return ApiResponse.ok(view(new Seen(row, unlockedAt), unlocks.measures(caller.projectId(), user.userId())));
  }

  /** Every definition field, {@code unlocked_at}, and progress under both names the docs used (M2). */
  private JsonObject view(Seen seen, Measures measures) throws SQLException {
    long current = current(seen, measures);
    long target = Criteria.target(criteria(seen.definition()));
    return DEFINITIONS.jsonBuilder(seen.definition())
        .add("unlocked_at", stamp(seen.unlockedAt()))
        .add("progress", JsonIo.object().add("current_value", current).add("target_value", target)
            .add("current", current).add("target", target))
        .build();
  }

  /** 14.4 #4: capped at the target; an unlocked achievement stays full, as its unlock stays. */
  private static long current(Seen seen, Measures measures) throws SQLException {
    JsonObject criteria = criteria(seen.definition());
    long target = Criteria.target(criteria);
    return seen.unlockedAt() != null ? target : Math.max(0, Math.min(target, measures.value(criteria)));
  }

  private static JsonObject criteria(Row definition) {
    return definition.get("criteria").asJsonObject();
  }

  private static JsonValue stamp(String at) {
    return at == null ? JsonValue.NULL : JsonIo.string(at);
  }
}
