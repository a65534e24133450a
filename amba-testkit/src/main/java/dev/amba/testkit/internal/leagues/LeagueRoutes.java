package dev.amba.testkit.internal.leagues;

import dev.amba.internal.endpoint.LeagueEndpoints;
import dev.amba.testkit.internal.ApiRequest;
import dev.amba.testkit.internal.ApiResponse;
import dev.amba.testkit.internal.Caller;
import dev.amba.testkit.internal.Handler;
import dev.amba.testkit.internal.JsonIo;
import dev.amba.testkit.internal.RouteModule;
import dev.amba.testkit.internal.RouteTable;
import dev.amba.testkit.internal.engagement.EngagementStage;
import dev.amba.testkit.internal.kit.Crud;
import dev.amba.testkit.internal.kit.Crud.DeleteAnswer;
import dev.amba.testkit.internal.kit.Field;
import dev.amba.testkit.internal.kit.Resource;
import dev.amba.testkit.internal.kit.Resource.Owner;
import dev.amba.testkit.internal.kit.Resource.Scope;
import dev.amba.testkit.internal.kit.Row;
import dev.amba.testkit.internal.leagues.LeagueWeeks.Standing;
import dev.amba.testkit.internal.store.EventHistory;
import dev.amba.testkit.internal.store.Stores;
import dev.amba.testkit.internal.store.UserRow;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Leagues (amba-api-modules.md 16.5): admin CRUD of the tiers on the kit, the acting user's week
 * (cohort, tier, live rank, XP) and its cohort's board. The weekly rollover is {@link LeagueWeeks};
 * every league route settles the week before it answers, and so does every {@code xp_awarded}.
 */
public final class LeagueRoutes implements RouteModule {

  static final String ACTIVE = "active";
  static final String CLOSED = "closed";

  static final Resource LEAGUES = Resource.in("leagues", Owner.PROJECT).withId()
      .field(
          Field.text("name").asRequired().withLength(1, 128),
          Field.integer("tier_order").asRequired().withRange(0, 1000).asImmutable(),
          Field.integer("promote_count").withRange(0, 1000).withDefault(Json.createValue(5)),
          Field.integer("demote_count").withRange(0, 1000).withDefault(Json.createValue(5)),
          Field.integer("cohort_size").withRange(1, 1000).withDefault(Json.createValue(30)),
          Field.bool("is_active").withDefault(JsonValue.TRUE),
          Field.timestamp(Resource.CREATED_AT).asRequired().asServerSet(),
          Field.timestamp(Resource.UPDATED_AT).asRequired().asServerSet().offWire())
      .unique("tier_order")
      .orderBy("tier_order")
      .conflict("tier_exists", "a tier of this project already has this tier_order")
      .build();

  static final Resource COHORTS = Resource.in("league_cohorts", Owner.PROJECT).withId()
      .field(
          Field.text("league_id").asRequired().withLength(36, 36),
          Field.date("week_start").asRequired(),
          Field.text("status").asRequired().withValues(ACTIVE, CLOSED),
          Field.timestamp(Resource.CREATED_AT).asRequired())
      .orderBy("week_start")
      .build();

  /** A user's place in one week: at most one cohort a week. */
  static final Resource MEMBERS = Resource.in("league_members", Owner.USER)
      .field(
          Field.text("week_start").asRequired().withLength(10, 10),
          Field.text("cohort_id").asRequired().withLength(36, 36))
      .key("week_start")
      .build();

  /** The weeks a project has rolled into; the first one marks the default tiers as made. */
  static final Resource WEEKS = Resource.in("league_weeks", Owner.PROJECT)
      .field(
          Field.text("week_start").asRequired().withLength(10, 10),
          Field.timestamp("settled_at").asRequired())
      .key("week_start")
      .build();

  private final Stores stores;
  private final Clock clock;
  private final LeagueWeeks weeks;
  private final Crud leagues;

  public LeagueRoutes(Stores stores, Clock clock) {
    this.stores = stores;
    this.clock = clock;
    this.weeks = new LeagueWeeks(stores);
    this.leagues = Crud.of(LEAGUES, stores, clock).withDeleteRule((c, league) -> {
      for (Row cohort : COHORTS.listWhere(c, Scope.project(league.projectId()), "league_id", league.id())) {
        if (cohort.string("status").equals(ACTIVE)) {
          COHORTS.update(c, cohort, COHORTS.values().set("status", Json.createValue(CLOSED)), clock.instant());
        }
      }
    });
  }

  @Override
  public List<Resource> resources() {
    return List.of(LEAGUES, COHORTS, MEMBERS, WEEKS);
  }

  @Override
  public List<EngagementStage> stages() {
    return List.of(weeks);
  }

  @Override
  public void register(RouteTable routes) {
    routes.on(LeagueEndpoints.ME, settled(this::me));
    routes.on(LeagueEndpoints.COHORT, settled(this::cohort));
    routes.on(LeagueEndpoints.ADMIN_CREATE, settled(leagues.create()));
    routes.on(LeagueEndpoints.ADMIN_LIST, settled(leagues.list()));
    routes.on(LeagueEndpoints.ADMIN_UPDATE, settled(leagues.update("leagueId")));
    routes.on(LeagueEndpoints.ADMIN_DELETE, settled(leagues.delete("leagueId", DeleteAnswer.DELETED_MARKER, "id")));
  }

  /** Every league route first settles the week (the lazy rollover, and the default tiers). */
  private Handler settled(Handler handler) {
    return (request, caller) -> {
      weeks.settle(caller.projectId(), clock.instant());
      return handler.handle(request, caller);
    };
  }

  /** The acting user's cohort of this week, if an active one holds it, with its live standings. */
  private record Week(Row cohort, Row league, List<Standing> standings, long score) {}

  private Week week(Caller caller) throws SQLException {
    String userId = caller.requireUser();
    Instant now = clock.instant();
    LocalDate week = LeagueWeeks.weekOf(now);
    return stores.db().read(c -> {
      Scope project = Scope.project(caller.projectId());
      Row member = MEMBERS.find(c, Scope.user(caller.projectId(), userId), week.toString()).orElse(null);
      Row cohort = member == null ? null : COHORTS.find(c, project, member.string("cohort_id")).orElse(null);
      if (cohort == null || !cohort.string("status").equals(ACTIVE)) {
        long xp = EventHistory.tally(c, caller.projectId(), userId, LeagueWeeks.XP_AWARDED, "amount",
            LeagueWeeks.start(week), LeagueWeeks.start(week.plusWeeks(1))).total();
        return new Week(null, null, List.of(), xp);
      }
      Row league = LEAGUES.find(c, project, cohort.string("league_id")).orElse(null);
      List<Standing> standings = LeagueWeeks.standings(c, cohort);
      long score = standings.stream().filter(s -> s.userId().equals(userId)).mapToLong(Standing::score)
          .findFirst().orElse(0);
      return new Week(cohort, league, standings, score);
    });
  }

  private ApiResponse me(ApiRequest request, Caller caller) throws SQLException {
    Week w = week(caller);
    JsonValue rank = JsonValue.NULL;
    for (int i = 0; i < w.standings().size(); i++) {
      if (w.standings().get(i).userId().equals(caller.requireUser())) {
        rank = Json.createValue(i + 1);
      }
    }
    return ApiResponse.ok(JsonIo.object()
        .add("cohort", w.cohort() == null ? JsonValue.NULL : COHORTS.json(w.cohort()))
        .add("league", w.league() == null ? JsonValue.NULL : LEAGUES.json(w.league()))
        .add("rank", rank)
        .add("score", w.score())
        .add("member_count", w.standings().size())
        .build());
  }

  /** The cohort's board: display names, scores and ranks, and no user ids. */
  private ApiResponse cohort(ApiRequest request, Caller caller) throws SQLException {
    Week w = week(caller);
    JsonArrayBuilder members = JsonIo.array();
    for (int i = 0; i < w.standings().size(); i++) {
      Standing s = w.standings().get(i);
      UserRow user = stores.users().findInProject(caller.projectId(), s.userId()).orElse(null);
      members.add(JsonIo.object()
          .add("display_name", JsonIo.string(user == null ? null : user.displayName()))
          .add("score", s.score())
          .add("rank", i + 1));
    }
    return ApiResponse.ok(JsonIo.object()
        .add("cohort", w.cohort() == null ? JsonValue.NULL : COHORTS.json(w.cohort()))
        .add("league", w.league() == null ? JsonValue.NULL : LEAGUES.json(w.league()))
        .add("members", members)
        .build());
  }
}
