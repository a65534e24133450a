package dev.amba.testkit.internal.leagues;

import dev.amba.testkit.internal.JsonIo;
import dev.amba.testkit.internal.engagement.DerivedEvent;
import dev.amba.testkit.internal.engagement.EngagementStage;
import dev.amba.testkit.internal.engagement.StoredEvent;
import dev.amba.testkit.internal.kit.Resource;
import dev.amba.testkit.internal.kit.Resource.Scope;
import dev.amba.testkit.internal.kit.Row;
import dev.amba.testkit.internal.store.Database;
import dev.amba.testkit.internal.store.EventHistory;
import dev.amba.testkit.internal.store.EventHistory.Tally;
import dev.amba.testkit.internal.store.EventStore.NewEvent;
import dev.amba.testkit.internal.store.Stores;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The weekly life of the leagues (16.5), settled lazily (M3): the first league read or
 * {@code xp_awarded} of a week rolls the project over, once. The first rollover of a project also
 * creates its default tiers, so a project has them from its first league use on.
 */
final class LeagueWeeks implements EngagementStage {

  static final String XP_AWARDED = "xp_awarded";
  static final String PROMOTED = "league_promoted";
  static final String DEMOTED = "league_demoted";

  /** 16.5 default tiers: name, tier_order, promote_count, demote_count, cohort_size. */
  private record Tier(String name, int order, int promote, int demote, int size) {}

  private static final List<Tier> DEFAULT_TIERS = List.of(
      new Tier("Bronze", 0, 5, 0, 30), new Tier("Silver", 1, 5, 5, 30), new Tier("Gold", 2, 0, 5, 30));

  /** A cohort member and its XP of the cohort's week. */
  record Standing(String userId, long score) {}

  private final Stores stores;

  LeagueWeeks(Stores stores) {
    this.stores = stores;
  }

  @Override
  public int step() {
    return 6;
  }

  /** An XP credit of a new week rolls the project over before anything reads it (16.5). */
  @Override
  public void apply(StoredEvent event, Consumer<DerivedEvent> emit) throws SQLException {
    if (event.name().equals(XP_AWARDED)) {
      settle(event.projectId(), event.receivedAt());
    }
  }

  static LocalDate weekOf(Instant now) {
    return now.atOffset(ZoneOffset.UTC).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  static Instant start(LocalDate week) {
    return week.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /**
   * Rolls the project over into the week of {@code now} unless that week is settled already. The
   * promotion events are written after the rollover commits, as server-written events at depth 1
   * (M4): they are the users' own events, whoever's request started the week.
   */
  void settle(String projectId, Instant now) throws SQLException {
    LocalDate week = weekOf(now);
    List<NewEvent> moves = stores.db().transaction(c -> {
      Scope project = Scope.project(projectId);
      if (LeagueRoutes.WEEKS.find(c, project, week.toString()).isPresent()) {
        return List.<NewEvent>of();
      }
      boolean firstUse = LeagueRoutes.WEEKS.list(c, project).isEmpty();
      try {
        // The week's row first: a concurrent settle of the same week waits here, then finds it taken.
        LeagueRoutes.WEEKS.insert(c, project, LeagueRoutes.WEEKS.values()
            .set("week_start", Json.createValue(week.toString())).set("settled_at", Resource.stamp(now)), now);
      } catch (SQLException e) {
        if (Database.isUniqueViolation(e)) {
          return List.<NewEvent>of();
        }
        throw e;
      }
      if (firstUse) {
        for (Tier t : DEFAULT_TIERS) {
          LeagueRoutes.LEAGUES.insert(c, project, LeagueRoutes.LEAGUES.values()
              .set("name", Json.createValue(t.name())).set("tier_order", Json.createValue(t.order()))
              .set("promote_count", Json.createValue(t.promote())).set("demote_count", Json.createValue(t.demote()))
              .set("cohort_size", Json.createValue(t.size())).set("is_active", JsonValue.TRUE), now);
        }
      }
      return rollover(c, projectId, week, now);
    });
    if (!moves.isEmpty()) {
      stores.events().insert(projectId, moves, 1);
    }
  }

  /**
   * Closes the open cohorts, moves their members along the ladder of active tiers (top
   * {@code promote_count} up, then the last {@code demote_count} of the rest down, never past the
   * ends), adds the users active last week that no cohort held at the lowest tier, and fills the
   * new week's cohorts tier by tier in user id order.
   */
  private List<NewEvent> rollover(Connection c, String projectId, LocalDate week, Instant now) throws SQLException {
    Scope project = Scope.project(projectId);
    List<Row> ladder = new ArrayList<>();
    for (Row league : LeagueRoutes.LEAGUES.list(c, project)) {
      if (league.bool("is_active")) {
        ladder.add(league);
      }
    }
    Map<String, Integer> placed = new TreeMap<>();
    List<NewEvent> moves = new ArrayList<>();
    for (Row cohort : LeagueRoutes.COHORTS.listWhere(c, project, "status", LeagueRoutes.ACTIVE)) {
      LeagueRoutes.COHORTS.update(c, cohort, LeagueRoutes.COHORTS.values()
          .set("status", Json.createValue(LeagueRoutes.CLOSED)), now);
      Row league = LeagueRoutes.LEAGUES.find(c, project, cohort.string("league_id")).orElse(null);
      if (league == null || ladder.isEmpty()) {
        continue;
      }
      int from = league.integer("tier_order");
      int base = rung(ladder, from);
      List<Standing> standings = standings(c, cohort);
      int n = standings.size();
      int promote = league.integer("promote_count");
      int firstDemoted = Math.max(promote, n - league.integer("demote_count"));
      for (int i = 0; i < n; i++) {
        int step = i < promote ? 1 : i >= firstDemoted ? -1 : 0;
        int to = Math.max(0, Math.min(ladder.size() - 1, base + step));
        String userId = standings.get(i).userId();
        placed.put(userId, to);
        Row target = ladder.get(to);
        int toTier = target.integer("tier_order");
        if (toTier != from) {
          moves.add(new NewEvent(userId, toTier > from ? PROMOTED : DEMOTED, JsonIo.object()
              .add("league_id", target.id()).add("from_tier", from).add("to_tier", toTier).build(),
              null, "league_rollover:" + week + ":" + userId));
        }
      }
    }
    if (ladder.isEmpty()) {
      return moves;
    }
    for (String userId : EventHistory.activeUsers(c, projectId, start(week.minusWeeks(1)), start(week))) {
      placed.putIfAbsent(userId, 0);
    }
    fill(c, projectId, week, ladder, placed, now);
    return moves;
  }

  /** The ladder index of a tier: the highest active tier at or below its order (0 when none is). */
  private static int rung(List<Row> ladder, int tierOrder) {
    int rung = 0;
    for (int i = 0; i < ladder.size(); i++) {
      if (ladder.get(i).integer("tier_order") <= tierOrder) {
        rung = i;
      }
    }
    return rung;
  }

  private static void fill(Connection c, String projectId, LocalDate week, List<Row> ladder,
      Map<String, Integer> placed, Instant now) throws SQLException {
    for (int rung = 0; rung < ladder.size(); rung++) {
      Row league = ladder.get(rung);
      int size = league.integer("cohort_size");
      Row cohort = null;
      int members = 0;
      // placed is a TreeMap: its users come in id order.
      for (Map.Entry<String, Integer> p : placed.entrySet()) {
        if (p.getValue() != rung) {
          continue;
        }
        if (cohort == null || members == size) {
          cohort = LeagueRoutes.COHORTS.insert(c, Scope.project(projectId), LeagueRoutes.COHORTS.values()
              .set("league_id", Json.createValue(league.id())).set("week_start", Json.createValue(week.toString()))
              .set("status", Json.createValue(LeagueRoutes.ACTIVE)), now);
          members = 0;
        }
        LeagueRoutes.MEMBERS.insert(c, Scope.user(projectId, p.getKey()), LeagueRoutes.MEMBERS.values()
            .set("week_start", Json.createValue(week.toString())).set("cohort_id", Json.createValue(cohort.id())), now);
        members++;
      }
    }
  }

  /**
   * A cohort's members with their XP of its week, best first; ties go to the lower user id (16.5:
   * the rollover's order and the live rank's).
   */
  static List<Standing> standings(Connection c, Row cohort) throws SQLException {
    LocalDate week = LocalDate.parse(cohort.string("week_start"));
    Map<String, Tally> xp = EventHistory.tallyByUser(c, cohort.projectId(), XP_AWARDED, "amount", start(week),
        start(week.plusWeeks(1)));
    List<Standing> out = new ArrayList<>();
    for (Row m : LeagueRoutes.MEMBERS.listAcrossOwners(c, cohort.projectId(), "cohort_id", cohort.id())) {
      out.add(new Standing(m.userId(), xp.getOrDefault(m.userId(), Tally.NONE).total()));
    }
    out.sort(Comparator.comparingLong((Standing s) -> -s.score()).thenComparing(Standing::userId));
    return out;
  }
}
