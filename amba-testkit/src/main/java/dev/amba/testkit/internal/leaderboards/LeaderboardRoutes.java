package dev.amba.testkit.internal.leaderboards;

import dev.amba.internal.endpoint.LeaderboardEndpoints;
import dev.amba.testkit.internal.ApiException;
import dev.amba.testkit.internal.ApiRequest;
import dev.amba.testkit.internal.ApiResponse;
import dev.amba.testkit.internal.Caller;
import dev.amba.testkit.internal.FieldErrors;
import dev.amba.testkit.internal.JsonIo;
import dev.amba.testkit.internal.Params;
import dev.amba.testkit.internal.RouteModule;
import dev.amba.testkit.internal.RouteTable;
import dev.amba.testkit.internal.engagement.EngagementStage;
import dev.amba.testkit.internal.engagement.StreakReadings;
import dev.amba.testkit.internal.kit.Crud;
import dev.amba.testkit.internal.kit.Crud.DeleteAnswer;
import dev.amba.testkit.internal.kit.Field;
import dev.amba.testkit.internal.kit.Resource;
import dev.amba.testkit.internal.kit.Resource.Owner;
import dev.amba.testkit.internal.kit.Resource.Scope;
import dev.amba.testkit.internal.kit.Resource.Values;
import dev.amba.testkit.internal.kit.Row;
import dev.amba.testkit.internal.leaderboards.LeaderboardScores.Ranked;
import dev.amba.testkit.internal.store.Stores;
import dev.amba.testkit.internal.store.UserRow;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Leaderboards (amba-api-modules.md 16): admin CRUD of the definitions on the kit, the clients'
 * ranked view of the active ones, and the scores M4 stage 6 keeps (see {@link LeaderboardScores}).
 * Hand-written are the metric rules (the {@code streak_length} spelling, 400 {@code invalid_metric},
 * a custom board's event), the recomputation after a create or change, and the ranking.
 */
public final class LeaderboardRoutes implements RouteModule {

  static final String XP = "xp";
  static final String STREAK = "streak";
  static final String CUSTOM = "custom";
  private static final Set<String> METRICS = Set.of(XP, STREAK, CUSTOM);
  /** 16.3 Alternatives: the admin docs' spelling of the streak metric, stored as {@code streak}. */
  private static final String STREAK_ALIAS = "streak_length";
  /** The most users one board ranks (X); pages of them are bounded by the list rule anyway. */
  static final int MAX_ENTRIES = 10_000;
  private static final int DEFAULT_PAGE = 50;
  private static final int MAX_PAGE = 100;

  static final Resource BOARDS = Resource.in("leaderboards", Owner.PROJECT).withId()
      .field(
          Field.text("key").withLength(1, 64).withPattern(Field.KEY, Field.KEY_RULE).asImmutable(),
          Field.text("name").asRequired().withLength(1, 128),
          Field.text("metric").asRequired().withLength(1, 64),
          Field.text("period").withValues("all_time", "daily", "weekly", "monthly")
              .withDefault(Json.createValue("all_time")),
          Field.integer("max_entries").withRange(1, MAX_ENTRIES).withDefault(Json.createValue(100)),
          Field.eventName("custom_event"),
          Field.bool("is_active").withDefault(JsonValue.TRUE))
      .timestamps()
      .key("key")
      .orderBy("name")
      .conflict("leaderboard_exists", "a leaderboard of this project already has this key")
      .build();

  /** One row per user and board: the score of the window in {@code period_start}, older ones ignored. */
  static final Resource ENTRIES = Resource.in("leaderboard_entries", Owner.USER)
      .field(
          Field.text("leaderboard_id").asRequired().withLength(36, 36),
          Field.bigint("score").asRequired(),
          Field.timestamp("period_start"),
          // When the score reached its value: the tie-break of 16.4 #4.
          Field.timestamp("reached_at").asRequired().offWire(),
          Field.timestamp(Resource.UPDATED_AT).asRequired())
      .key("leaderboard_id")
      .build();

  private final Stores stores;
  private final Clock clock;
  private final LeaderboardScores scores;
  private final Crud boards;

  /** @param streaks what the streak metric reads (16.4 #2), implemented by the streaks module */
  public LeaderboardRoutes(Stores stores, Clock clock, StreakReadings streaks) {
    this.stores = stores;
    this.clock = clock;
    this.scores = new LeaderboardScores(stores, streaks);
    this.boards = Crud.of(BOARDS, stores, clock)
        .withRule(LeaderboardRoutes::checkMetric)
        .withAfterWrite((c, board) -> scores.recompute(c, board, clock.instant()))
        .withDeleteRule((c, board) -> ENTRIES.deleteWhere(c, board.projectId(), "leaderboard_id", board.id()));
  }

  @Override
  public List<Resource> resources() {
    return List.of(BOARDS, ENTRIES);
  }

  @Override
  public List<EngagementStage> stages() {
    return List.of(scores);
  }

  @Override
  public void register(RouteTable routes) {
    routes.on(LeaderboardEndpoints.LIST, this::activeBoards);
    routes.on(LeaderboardEndpoints.ENTRIES, (request, caller) -> entries(request, caller, "idOrKey", true));
    routes.on(LeaderboardEndpoints.ME, this::me);
    routes.on(LeaderboardEndpoints.ADMIN_CREATE, boards.create());
    routes.on(LeaderboardEndpoints.ADMIN_LIST, boards.list());
    routes.on(LeaderboardEndpoints.ADMIN_GET, boards.get("leaderboardIdOrKey"));
    routes.on(LeaderboardEndpoints.ADMIN_UPDATE, boards.update("leaderboardIdOrKey"));
    routes.on(LeaderboardEndpoints.ADMIN_DELETE,
        boards.delete("leaderboardIdOrKey", DeleteAnswer.DELETED_MARKER, "id"));
    routes.on(LeaderboardEndpoints.ADMIN_ENTRIES,
        (request, caller) -> entries(request, caller, "leaderboardIdOrKey", false));
  }

  /**
   * The metric a create or change leaves the board with must be one the emulator scores, and a
   * custom board needs the event it counts.
   */
  private static void checkMetric(Connection c, Scope scope, Values values, Row current) {
    if (values.has("metric")) {
      String metric = ((JsonString) values.get("metric")).getString();
      if (metric.equals(STREAK_ALIAS)) {
        values.set("metric", Json.createValue(STREAK));
      } else if (!METRICS.contains(metric)) {
        throw ApiException.badRequest("invalid_metric", "metric must be one of xp, streak, custom (or "
            + STREAK_ALIAS + "), got " + metric);
      }
    }
    String metric = values.has("metric") ? ((JsonString) values.get("metric")).getString() : current.string("metric");
    JsonValue given = values.get("custom_event");
    String customEvent = values.has("custom_event")
        ? (given instanceof JsonString s ? s.getString() : null)
        : current == null ? null : current.string("custom_event");
    if (metric.equals(CUSTOM) && customEvent == null) {
      throw new FieldErrors("invalid_input").add("custom_event", "is required when metric is custom").toException();
    }
  }

  /** 16.1: active boards only; an inactive one is hidden from clients but keeps scoring. */
  private ApiResponse activeBoards(ApiRequest request, Caller caller) throws SQLException {
    List<Row> rows = stores.db().read(c -> BOARDS.list(c, Scope.project(caller.projectId())));
    JsonArrayBuilder data = JsonIo.array();
    rows.stream().filter(r -> r.bool("is_active")).forEach(r -> data.add(BOARDS.json(r)));
    return ApiResponse.ok(data.build());
  }

  private Row board(Connection c, Caller caller, String idOrKey, boolean client) throws SQLException {
    Row board = BOARDS.require(c, Scope.project(caller.projectId()), idOrKey);
    if (client && !board.bool("is_active")) {
      throw BOARDS.notFound();
    }
    return board;
  }

  /** The ranked entries only, best first (16.4 #5); {@code total} counts them. */
  private ApiResponse entries(ApiRequest request, Caller caller, String param, boolean client) throws SQLException {
    int limit = Params.intParam(request, "limit", DEFAULT_PAGE, 1, MAX_PAGE, "invalid_input");
    int offset = Params.intParam(request, "offset", 0, 0, Integer.MAX_VALUE, "invalid_input");
    Instant now = clock.instant();
    List<Ranked> ranked = stores.db().read(c -> LeaderboardScores.ranked(c,
        board(c, caller, request.pathParam(param), client), now)).stream().filter(r -> r.rank() != null).toList();
    int from = Math.min(offset, ranked.size());
    int to = (int) Math.min((long) offset + limit, ranked.size());
    JsonArrayBuilder data = JsonIo.array();
    for (Ranked r : ranked.subList(from, to)) {
      data.add(entryJson(r.entry(), r.rank()));
    }
    return ApiResponse.json(200, JsonIo.object().add("data", data).add("total", ranked.size())
        .add("offset", offset).add("limit", limit).build());
  }

  /** The acting user's entry; a user with no score in this window gets rank null and score 0. */
  private ApiResponse me(ApiRequest request, Caller caller) throws SQLException {
    String userId = caller.requireUser();
    Instant now = clock.instant();
    record Mine(Row board, Ranked ranked) {}
    Mine mine = stores.db().read(c -> {
      Row board = board(c, caller, request.pathParam("idOrKey"), true);
      return new Mine(board, LeaderboardScores.ranked(c, board, now).stream()
          .filter(r -> r.entry().userId().equals(userId)).findFirst().orElse(null));
    });
    if (mine.ranked() != null) {
      return ApiResponse.ok(entryJson(mine.ranked().entry(), mine.ranked().rank()));
    }
    return ApiResponse.ok(JsonIo.object().add("leaderboard_id", mine.board().id()).add("app_user_id", userId)
        .add("rank", JsonValue.NULL).add("score", 0)
        .add("period_start", Window.of(mine.board().string("period"), now).periodStart()).build());
  }

  /** 16.3: the entry with the user's profile under {@code app_users}. */
  private JsonObject entryJson(Row entry, Integer rank) throws SQLException {
    UserRow user = stores.users().findInProject(entry.projectId(), entry.userId()).orElse(null);
    return JsonIo.object()
        .add("leaderboard_id", entry.get("leaderboard_id"))
        .add("app_user_id", entry.userId())
        .add("rank", rank == null ? JsonValue.NULL : Json.createValue(rank))
        .add("score", entry.get("score"))
        .add("period_start", entry.get("period_start"))
        .add("updated_at", entry.get(Resource.UPDATED_AT))
        .add("app_users", JsonIo.object()
            .add("display_name", JsonIo.string(user == null ? null : user.displayName()))
            .add("avatar_url", JsonIo.string(user == null ? null : user.avatarUrl())))
        .build();
  }
}
