package dev.amba.testkit.internal.challenges;

import dev.amba.internal.endpoint.ChallengeEndpoints;
import dev.amba.testkit.internal.ApiException;
import dev.amba.testkit.internal.ApiRequest;
import dev.amba.testkit.internal.ApiResponse;
import dev.amba.testkit.internal.Caller;
import dev.amba.testkit.internal.FieldErrors;
import dev.amba.testkit.internal.JsonIo;
import dev.amba.testkit.internal.Params;
import dev.amba.testkit.internal.RouteModule;
import dev.amba.testkit.internal.RouteTable;
import dev.amba.testkit.internal.Times;
import dev.amba.testkit.internal.engagement.AchievementRewards;
import dev.amba.testkit.internal.engagement.EngagementStage;
import dev.amba.testkit.internal.engagement.StreakReadings;
import dev.amba.testkit.internal.engagement.XpCredits;
import dev.amba.testkit.internal.kit.Crud;
import dev.amba.testkit.internal.kit.Crud.DeleteAnswer;
import dev.amba.testkit.internal.kit.Field;
import dev.amba.testkit.internal.kit.Resource;
import dev.amba.testkit.internal.kit.Resource.Owner;
import dev.amba.testkit.internal.kit.Resource.Scope;
import dev.amba.testkit.internal.kit.Resource.Values;
import dev.amba.testkit.internal.kit.Row;
import dev.amba.testkit.internal.store.Database;
import dev.amba.testkit.internal.store.Listing;
import dev.amba.testkit.internal.store.Stores;
import dev.amba.testkit.internal.store.UserRow;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Challenges (amba-api-modules.md section 15): definitions on the kit with their window and goal
 * rules, the acting user's joins, progress and claims, and the participants list. Progress itself
 * moves in {@link Participation}, M4 stage 5.
 */
public final class ChallengeRoutes implements RouteModule {

  /** XP amounts are ints on the wire (M2). */
  static final int MAX_XP = 1_000_000_000;
  private static final int PARTICIPANTS_DEFAULT = 50;
  private static final int PARTICIPANTS_MAX = 100;

  static final Resource CHALLENGES = Resource.in("challenge_definitions", Owner.PROJECT).withId()
      .field(
          Field.text("key").withLength(1, 64).withPattern(Field.KEY, Field.KEY_RULE).asImmutable(),
          Field.text("name").asRequired().withLength(1, 256),
          Field.text("description").withLength(0, 4096),
          Field.timestamp("start_at").asRequired(),
          Field.timestamp("end_at").asRequired(),
          Field.text("goal_type").asRequired().withValues("event_count", "xp_earned", "streak_maintained")
              .asImmutable(),
          Field.integer("goal_value").asRequired().withRange(1, Integer.MAX_VALUE),
          Field.eventName("goal_event").asImmutable(),
          // Given as a streak's id or key, stored as its id.
          Field.text("streak_definition_id").withLength(1, 64).asImmutable(),
          Field.integer("reward_xp").withRange(0, MAX_XP).withDefault(Json.createValue(0)),
          Field.uuid("reward_achievement_id"),
          Field.bool("is_active").withDefault(JsonValue.TRUE))
      .timestamps()
      .key("key")
      .orderBy("start_at", "created_at")
      .conflict("challenge_exists", "a challenge with this key already exists in the project")
      .build();

  /** A user's entry: one per user and challenge, made by the join, deleted with the challenge. */
  static final Resource ENTRIES = Resource.in("challenge_participants", Owner.USER).withId()
      .field(
          Field.text("challenge_id").asRequired().withLength(36, 36).asServerSet(),
          Field.bigint("progress").asRequired().asServerSet(),
          Field.text("status").withValues(Participation.ACTIVE, Participation.COMPLETED, Participation.FAILED)
              .asRequired().asServerSet(),
          Field.timestamp("completed_at").asServerSet(),
          Field.timestamp("claimed_at").asServerSet())
      .timestamps()
      .key("challenge_id")
      .orderBy("created_at")
      .build();

  private final Stores stores;
  private final Clock clock;
  private final Crud challenges;
  private final Participation participation;

  /**
   * @param xp where completion rewards are credited
   * @param streaks where {@code streak_maintained} is read and a goal's streak is resolved
   * @param achievements where a completion's {@code reward_achievement_id} unlocks
   */
  public ChallengeRoutes(Stores stores, Clock clock, XpCredits xp, StreakReadings streaks,
      AchievementRewards achievements) {
    this.stores = stores;
    this.clock = clock;
    this.participation = new Participation(stores, xp, streaks, achievements);
    this.challenges = Crud.of(CHALLENGES, stores, clock)
        .withRule((c, scope, values, current) -> checkDefinition(scope.projectId(), values, current, streaks,
            achievements))
        // 15.2: deleted with its participants' entries, in the delete's transaction.
        .withDeleteRule((c, row) -> ENTRIES.deleteWhere(c, row.projectId(), "challenge_id", row.id()));
  }

  @Override
  public List<Resource> resources() {
    return List.of(CHALLENGES, ENTRIES);
  }

  @Override
  public List<EngagementStage> stages() {
    return List.of(participation);
  }

  @Override
  public void register(RouteTable routes) {
    routes.on(ChallengeEndpoints.RUNNING, this::running);
    routes.on(ChallengeEndpoints.JOIN, this::join);
    routes.on(ChallengeEndpoints.MINE, this::mine);
    routes.on(ChallengeEndpoints.GET, this::get);
    routes.on(ChallengeEndpoints.PROGRESS, (request, caller) -> ApiResponse.ok(progress(joined(request, caller))));
    routes.on(ChallengeEndpoints.CLAIM, this::claim);
    routes.on(ChallengeEndpoints.ADMIN_CREATE, challenges.create());
    routes.on(ChallengeEndpoints.ADMIN_LIST, this::adminList);
    routes.on(ChallengeEndpoints.ADMIN_GET, challenges.get("challengeId"));
    routes.on(ChallengeEndpoints.ADMIN_UPDATE, challenges.update("challengeId"));
    routes.on(ChallengeEndpoints.ADMIN_DELETE, challenges.delete("challengeId", DeleteAnswer.DELETED_MARKER, "id"));
    routes.on(ChallengeEndpoints.ADMIN_PARTICIPANTS, this::participants);
  }

  // ---------------------------------------------------------------- definitions

  /**
   * 15.2: the window ({@code invalid_window}), a goal's fields only on the goal type they belong to,
   * and references to a streak and an achievement that exist (a streak key is stored as its id).
   */
  private static void checkDefinition(String projectId, Values values, Row current, StreakReadings streaks,
      AchievementRewards achievements) throws SQLException {
    Instant start = values.has("start_at") ? instant(values.get("start_at")) : current.instant("start_at");
    Instant end = values.has("end_at") ? instant(values.get("end_at")) : current.instant("end_at");
    if (!end.isAfter(start)) {
      throw new ApiException(400, "invalid_window", "end_at (" + end + ") must be after start_at (" + start + ")");
    }
    FieldErrors errors = new FieldErrors("invalid_input");
    String goalType = values.has("goal_type") ? text(values.get("goal_type")) : current.string("goal_type");
    if (text(values.get("goal_event")) != null && !"event_count".equals(goalType)) {
      errors.add("goal_event", "applies only to goal_type event_count");
    }
    String streak = text(values.get("streak_definition_id"));
    if (streak != null && !"streak_maintained".equals(goalType)) {
      errors.add("streak_definition_id", "applies only to goal_type streak_maintained");
    } else if (streak != null) {
      String id = streaks.definitionId(projectId, streak);
      if (id == null) {
        errors.add("streak_definition_id", "no streak definition with this id or key in the project");
      } else {
        values.set("streak_definition_id", Json.createValue(id));
      }
    }
    String reward = text(values.get("reward_achievement_id"));
    if (reward != null && !achievements.exists(projectId, reward)) {
      errors.add("reward_achievement_id", "no achievement with this id in the project");
    }
    errors.throwIfAny();
  }

  private ApiResponse adminList(ApiRequest request, Caller caller) throws SQLException {
    String status = Params.optional(request, "status");
    if (status != null && !List.of("active", "upcoming", "ended").contains(status)) {
      throw new FieldErrors("invalid_input").add("status", "must be one of [active, ended, upcoming]").toException();
    }
    Instant now = clock.instant();
    JsonArrayBuilder data = JsonIo.array();
    for (Row row : stores.db().read(c -> CHALLENGES.list(c, Scope.project(caller.projectId())))) {
      if (status == null || status.equals(phase(row, now))) {
        data.add(challenges.json(row));
      }
    }
    return ApiResponse.ok(data.build());
  }

  /** Where the window stands: the admin list's filter, every challenge in exactly one. */
  private static String phase(Row challenge, Instant now) {
    return now.isBefore(challenge.instant("start_at")) ? "upcoming"
        : now.isAfter(challenge.instant("end_at")) ? "ended" : "active";
  }

  private ApiResponse participants(ApiRequest request, Caller caller) throws SQLException {
    int limit = Params.intParam(request, "limit", PARTICIPANTS_DEFAULT, 1, PARTICIPANTS_MAX, "invalid_input");
    int offset = Params.intParam(request, "offset", 0, 0, Integer.MAX_VALUE, "invalid_input");
    Row challenge = stores.db().read(c -> CHALLENGES.require(c, Scope.project(caller.projectId()),
        request.pathParam("challengeId")));
    Listing<Row> page = stores.db().read(c -> ENTRIES.pageOfEveryUser(c, caller.projectId(), "challenge_id",
        challenge.id(), limit, offset));
    Instant now = clock.instant();
    JsonArrayBuilder data = JsonIo.array();
    for (Row entry : page.items()) {
      Optional<UserRow> user = stores.users().findInProject(caller.projectId(), entry.userId());
      data.add(entryJson(participation.settle(entry, challenge, now)).add("app_users", JsonIo.object()
          .add("display_name", orNull(user.map(UserRow::displayName).orElse(null)))
          .add("avatar_url", orNull(user.map(UserRow::avatarUrl).orElse(null)))));
    }
    return ApiResponse.json(200, JsonIo.object().add("data", data).add("total", page.total())
        .add("offset", offset).add("limit", limit).build());
  }

  // ---------------------------------------------------------------- the acting user

  /** 15.1: active and inside the window now, with the user's standing in each. */
  private ApiResponse running(ApiRequest request, Caller caller) throws SQLException {
    Instant now = clock.instant();
    Map<String, Row> mine = entriesById(caller, now);
    JsonArrayBuilder data = JsonIo.array();
    for (Row row : stores.db().read(c -> CHALLENGES.listWhere(c, Scope.project(caller.projectId()), "is_active",
        Boolean.TRUE))) {
      if (isRunning(row, now)) {
        data.add(view(row, mine.get(row.id())));
      }
    }
    return ApiResponse.ok(data.build());
  }

  /** 201 for a new entry, 200 with the entry a join made before; 404 unless the challenge runs now. */
  private ApiResponse join(ApiRequest request, Caller caller) throws SQLException {
    Instant now = clock.instant();
    Row challenge = definition(request, caller).filter(row -> isRunning(row, now))
        .orElseThrow(() -> ApiException.notFound("not_found", "no running challenge with this id or key"));
    Scope user = Scope.user(caller.projectId(), caller.requireUser());
    Optional<Row> existing = entry(user, challenge.id());
    if (existing.isPresent()) {
      return ApiResponse.ok(entryJson(existing.get()).build());
    }
    Values values = ENTRIES.values().set("challenge_id", Json.createValue(challenge.id()))
        .set("progress", Json.createValue(0)).set("status", Json.createValue(Participation.ACTIVE));
    try {
      return ApiResponse.created(entryJson(stores.db().transaction(c -> ENTRIES.insert(c, user, values, now)))
          .build());
    } catch (SQLException e) {
      if (!Database.isUniqueViolation(e)) {
        throw e;
      }
      // A concurrent join of the same user won; its entry is the one both answer with.
      return ApiResponse.ok(entryJson(entry(user, challenge.id()).orElseThrow()).build());
    }
  }

  /** Every entry of the user, newest join first, each with its challenge's summary. */
  private ApiResponse mine(ApiRequest request, Caller caller) throws SQLException {
    Instant now = clock.instant();
    Map<String, Row> byId = new HashMap<>();
    for (Row row : stores.db().read(c -> CHALLENGES.list(c, Scope.project(caller.projectId())))) {
      byId.put(row.id(), row);
    }
    List<Row> entries = new ArrayList<>(entriesById(caller, now).values());
    entries.sort(Comparator.comparing((Row e) -> e.instant("created_at")).thenComparing(Row::id).reversed());
    JsonArrayBuilder data = JsonIo.array();
    for (Row entry : entries) {
      Row challenge = byId.get(entry.string("challenge_id"));
      if (challenge != null) {
        data.add(entryJson(entry).add("challenge_definitions", summary(challenge)));
      }
    }
    return ApiResponse.ok(data.build());
  }

  /** Whatever its window; an inactive challenge only for users who joined it. */
  private ApiResponse get(ApiRequest request, Caller caller) throws SQLException {
    Row challenge = definition(request, caller).orElseThrow(ChallengeRoutes::noSuchChallenge);
    Row entry = entry(Scope.user(caller.projectId(), caller.requireUser()), challenge.id()).orElse(null);
    if (entry == null && !challenge.bool("is_active")) {
      throw noSuchChallenge();
    }
    Row settled = entry == null ? null : participation.settle(entry, challenge, clock.instant());
    return ApiResponse.ok(view(challenge, settled));
  }

  private ApiResponse claim(ApiRequest request, Caller caller) throws SQLException {
    Row entry = joined(request, caller);
    if (!Participation.COMPLETED.equals(entry.string("status"))) {
      throw new ApiException(409, "not_completed", "the challenge is " + entry.string("status")
          + ", not completed; its rewards come with completion");
    }
    return ApiResponse.ok(progress(participation.claim(entry, clock.instant())));
  }

  /** The user's entry in the challenge the path names, settled; 404 {@code not_joined} without one. */
  private Row joined(ApiRequest request, Caller caller) throws SQLException {
    Row challenge = definition(request, caller).orElseThrow(ChallengeRoutes::noSuchChallenge);
    Row entry = entry(Scope.user(caller.projectId(), caller.requireUser()), challenge.id())
        .orElseThrow(() -> ApiException.notFound("not_joined", "the user has not joined this challenge"));
    return participation.settle(entry, challenge, clock.instant());
  }

  /** ChallengeProgress (15.3): progress over the goal, capped at 1 (15.4 #8). */
  private JsonObject progress(Row entry) throws SQLException {
    Row challenge = stores.db().read(c -> CHALLENGES.find(c, Scope.project(entry.projectId()),
        entry.string("challenge_id"))).orElseThrow(ChallengeRoutes::noSuchChallenge);
    double goal = challenge.integer("goal_value");
    return JsonIo.object()
        .add("challenge_id", challenge.id())
        .add("progress", Math.min(1.0, entry.bigint("progress") / goal))
        .add("completed", Participation.COMPLETED.equals(entry.string("status")))
        .add("claimed", !entry.isNull("claimed_at"))
        .add("completed_at", entry.get("completed_at"))
        .add("claimed_at", entry.get("claimed_at"))
        .build();
  }

  // ---------------------------------------------------------------- shared

  /** The user's entries by challenge id, each settled (15.4 #6) against its challenge. */
  private Map<String, Row> entriesById(Caller caller, Instant now) throws SQLException {
    Scope user = Scope.user(caller.projectId(), caller.requireUser());
    Map<String, Row> out = new HashMap<>();
    for (Row entry : stores.db().read(c -> ENTRIES.list(c, user))) {
      Optional<Row> challenge = stores.db().read(c -> CHALLENGES.find(c, Scope.project(caller.projectId()),
          entry.string("challenge_id")));
      out.put(entry.string("challenge_id"), challenge.isPresent() ? participation.settle(entry, challenge.get(), now)
          : entry);
    }
    return out;
  }

  private Optional<Row> definition(ApiRequest request, Caller caller) throws SQLException {
    return stores.db().read(c -> CHALLENGES.find(c, Scope.project(caller.projectId()), request.pathParam("idOrKey")));
  }

  private Optional<Row> entry(Scope user, String challengeId) throws SQLException {
    return stores.db().read(c -> first(ENTRIES.listWhere(c, user, "challenge_id", challengeId)));
  }

  private static Optional<Row> first(List<Row> rows) {
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  private static boolean isRunning(Row challenge, Instant now) {
    return challenge.bool("is_active") && "active".equals(phase(challenge, now));
  }

  /** ChallengeView (15.3). */
  private static JsonObject view(Row challenge, Row entry) {
    JsonObjectBuilder out = JsonIo.object().add("id", challenge.id());
    for (String field : List.of("key", "name", "description", "start_at", "end_at", "goal_type", "goal_value",
        "reward_xp", "reward_achievement_id")) {
      out.add(field, challenge.get(field));
    }
    return out
        .add("user_progress", entry == null ? Json.createValue(0) : entry.get("progress"))
        .add("user_status", entry == null ? JsonValue.NULL : entry.get("status"))
        .add("user_completed_at", entry == null ? JsonValue.NULL : entry.get("completed_at"))
        .add("is_joined", entry != null)
        .build();
  }

  private static JsonObjectBuilder summary(Row challenge) {
    JsonObjectBuilder out = JsonIo.object();
    for (String field : List.of("name", "description", "goal_type", "goal_value", "start_at", "end_at", "reward_xp")) {
      out.add(field, challenge.get(field));
    }
    return out;
  }

  /** UserChallenge (15.3): the entry with its user as {@code app_user_id}. */
  private static JsonObjectBuilder entryJson(Row entry) {
    JsonObjectBuilder out = ENTRIES.jsonBuilder(entry);
    return out.add("app_user_id", entry.userId());
  }

  private static ApiException noSuchChallenge() {
    return ApiException.notFound("not_found", "no challenge with this id or key");
  }

  /** A time the kit has already accepted for a timestamp field. */
  private static Instant instant(JsonValue value) {
    return Times.parseOrNull(((JsonString) value).getString());
  }

  private static String text(JsonValue value) {
    return value instanceof JsonString s ? s.getString() : null;
  }

  private static JsonValue orNull(String value) {
    return value == null ? JsonValue.NULL : Json.createValue(value);
  }
}
