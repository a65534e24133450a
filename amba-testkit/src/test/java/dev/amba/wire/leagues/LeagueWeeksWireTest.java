package dev.amba.wire.leagues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.amba.events.StoredEvent;
import dev.amba.leaderboards.NewLeaderboard;
import dev.amba.leagues.CohortMember;
import dev.amba.leagues.CohortStandings;
import dev.amba.leagues.CohortStatus;
import dev.amba.leagues.League;
import dev.amba.leagues.LeagueStanding;
import dev.amba.leagues.LeagueUpdate;
import dev.amba.wire.JsonHttp.Answer;
import dev.amba.xp.NewXpRule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * 16.5's weeks over the wire: placement, cohorts, live rank, and the lazy weekly rollover with its
 * promotions and demotions, on a clock the test moves.
 */
class LeagueWeeksWireTest {

  private final LeagueFixture f = new LeagueFixture();

  @AfterEach
  void close() {
    f.close();
  }

  @Test
  void beforeTheFirstRollover_thereIsNoCohort_butTheScoreIsThisWeeksXp() {
    String ann = f.users(1).get(0);
    f.xp(ann, 10);
    f.xp(ann, 5);

    LeagueStanding me = f.me(ann);
    assertThat(me.isPlaced()).isFalse();
    assertThat(me.league()).isNull();
    assertThat(me.rank()).isNull();
    assertThat(me.score()).isEqualTo(15);
    assertThat(me.memberCount()).isZero();
    CohortStandings cohort = f.amba.asUser(ann).leagues().cohort();
    assertThat(cohort.cohort()).isNull();
    assertThat(cohort.league()).isNull();
    assertThat(cohort.members()).isEmpty();
  }

  @Test
  void theWeeksScore_countsXpTheXpModuleCredits() {
    f.amba.xp().createRule(NewXpRule.of("Lesson", "lesson.done", 12));
    List<String> u = f.users(1);
    f.active(u);
    f.nextWeek();
    f.amba.asUser(u.get(0)).events().track("lesson.done");

    assertThat(f.me(u.get(0)).score()).isEqualTo(12);
    assertThat(f.me(u.get(0)).rank()).isEqualTo(1);
  }

  @Test
  void aNewWeek_placesLastWeeksActiveUsersInTheLowestTier_inIdOrder_upToTheCohortSize() {
    List<String> u = f.users(4);
    f.amba.leagues().update(f.tier(0).id(), LeagueUpdate.create().cohortSize(2));
    f.active(u.subList(0, 3));
    f.nextWeek();

    LeagueStanding first = f.me(u.get(0));
    LeagueStanding second = f.me(u.get(1));
    LeagueStanding third = f.me(u.get(2));
    assertThat(first.league().name()).isEqualTo("Bronze");
    assertThat(first.cohort().weekStart()).isEqualTo(LocalDate.of(2030, 1, 14));
    assertThat(first.cohort().status()).isEqualTo(CohortStatus.ACTIVE);
    assertThat(first.cohort().leagueId()).isEqualTo(first.league().id());
    assertThat(second.cohort().id()).isEqualTo(first.cohort().id());
    assertThat(first.memberCount()).isEqualTo(2);
    assertThat(List.of(first.rank(), second.rank())).containsExactly(1, 2);
    assertThat(third.cohort().id()).isNotEqualTo(first.cohort().id());
    assertThat(third.memberCount()).isEqualTo(1);
    assertThat(f.me(u.get(3)).isPlaced()).isFalse();
  }

  @Test
  void theRankIsLive_byThisWeeksXp_thenUserId_andTheCohortBoardNamesNoUser() throws Exception {
    List<String> u = f.users(3);
    f.active(u);
    f.nextWeek();
    f.xp(u.get(2), 30);
    f.xp(u.get(0), 20);
    f.xp(u.get(1), 20);

    assertThat(f.me(u.get(2)).rank()).isEqualTo(1);
    assertThat(f.me(u.get(1)).rank()).isEqualTo(3);
    assertThat(f.me(u.get(1)).score()).isEqualTo(20);
    CohortStandings board = f.amba.asUser(u.get(0)).leagues().cohort();
    assertThat(board.league().name()).isEqualTo("Bronze");
    assertThat(board.members()).containsExactly(new CohortMember("u2", 30, 1), new CohortMember("u0", 20, 2),
        new CohortMember("u1", 20, 3));
    Answer raw = f.http.asUser(u.get(0), "GET", "/leagues/cohort");
    assertThat(raw.body().getJsonObject("data").getJsonArray("members").getJsonObject(0).keySet())
        .containsExactlyInAnyOrder("display_name", "score", "rank");
    String body = raw.body().toString();
    u.forEach(id -> assertThat(body).doesNotContain(id));
  }

  @Test
  void theRollover_promotesTheBest_demotesTheLast_neverPastTheEnds_andEmitsTheMoves() {
    List<String> u = f.users(4);
    f.amba.leagues().update(f.tier(0).id(), LeagueUpdate.create().promoteCount(2));
    f.amba.leagues().update(f.tier(1).id(), LeagueUpdate.create().promoteCount(1).demoteCount(1));
    f.amba.leagues().update(f.tier(2).id(), LeagueUpdate.create().promoteCount(3));
    League silver = f.tier(1);
    League gold = f.tier(2);
    f.active(u);
    f.nextWeek(); // week 2: all four in Bronze
    for (int i = 0; i < 4; i++) {
      f.xp(u.get(i), 40 - 10 * i);
    }
    f.nextWeek(); // week 3: u0 and u1 up to Silver; Bronze demotes none

    assertThat(u).extracting(id -> f.me(id).league().name()).containsExactly("Silver", "Silver", "Bronze", "Bronze");
    assertThat(f.events("league_promoted")).extracting(StoredEvent::appUserId, StoredEvent::properties)
        .containsExactlyInAnyOrder(
            tuple(u.get(0), Map.of("league_id", silver.id(), "from_tier", BigDecimal.ZERO, "to_tier", BigDecimal.ONE)),
            tuple(u.get(1), Map.of("league_id", silver.id(), "from_tier", BigDecimal.ZERO, "to_tier", BigDecimal.ONE)));
    f.xp(u.get(1), 50);
    f.xp(u.get(0), 5);
    f.nextWeek(); // week 4: u1 up to Gold, u0 down to Bronze, and Bronze's two (u2, u3) up to Silver

    assertThat(u).extracting(id -> f.me(id).league().name()).containsExactly("Bronze", "Gold", "Silver", "Silver");
    assertThat(f.events("league_demoted")).singleElement().satisfies(e -> {
      assertThat(e.appUserId()).isEqualTo(u.get(0));
      assertThat(e.properties()).containsEntry("from_tier", BigDecimal.ONE).containsEntry("to_tier", BigDecimal.ZERO)
          .containsEntry("league_id", f.tier(0).id());
    });
    assertThat(promotionsOf(u.get(1))).hasSize(2).last().satisfies(e ->
        assertThat(e.properties()).containsEntry("league_id", gold.id()).containsEntry("to_tier", BigDecimal.valueOf(2)));

    f.xp(u.get(1), 1);
    f.nextWeek(); // week 5: Gold's best would go up 3 but stays at the top, with no event
    assertThat(f.me(u.get(1)).league().name()).isEqualTo("Gold");
    assertThat(promotionsOf(u.get(1))).hasSize(2);
    assertThat(f.me(u.get(1)).cohort().weekStart()).isEqualTo(LocalDate.of(2030, 2, 4));
  }

  private List<StoredEvent> promotionsOf(String uid) {
    return f.events("league_promoted").stream().filter(e -> e.appUserId().equals(uid)).toList();
  }

  @Test
  void theFirstXpOfANewWeek_rollsOver_andTheMovesRunThePipelineLikeTrackedEvents() {
    List<String> u = f.users(2);
    f.amba.leaderboards().create(NewLeaderboard.custom("Promotions", "league_promoted").key("promotions"));
    f.active(u);
    f.nextWeek();
    f.xp(u.get(0), 10); // this credit itself starts week 2: both placed, u0 leads
    f.nextWeek();

    f.xp(u.get(1), 1); // no league read in between: the credit rolls week 3 over

    assertThat(f.events("league_promoted")).extracting(StoredEvent::appUserId).containsExactly(u.get(0),
        u.get(1));
    // Stage 6 ran for the promotions: the custom board counted them.
    assertThat(f.amba.leaderboards().entries("promotions").map(e -> e.appUserId()).toList())
        .containsExactly(u.get(0), u.get(1));
    assertThat(f.me(u.get(0)).league().name()).isEqualTo("Silver");
  }

  @Test
  void deletingATier_closesItsOpenCohorts_andItsMembersStartOverAtTheLowestTierLeft() {
    List<String> u = f.users(1);
    f.active(u);
    f.nextWeek();
    assertThat(f.me(u.get(0)).league().name()).isEqualTo("Bronze");

    f.amba.leagues().delete(f.tier(0).id());

    assertThat(f.me(u.get(0)).isPlaced()).isFalse();
    f.xp(u.get(0), 3);
    f.nextWeek();
    assertThat(f.me(u.get(0)).league().name()).isEqualTo("Silver");
  }

  @Test
  void anInactiveTier_isLeftOffTheLadder_atTheNextRollover() {
    List<String> u = f.users(1);
    f.amba.leagues().update(f.tier(0).id(), LeagueUpdate.create().active(false));
    f.active(u);
    f.nextWeek();
    assertThat(f.me(u.get(0)).league().name()).isEqualTo("Silver");
  }
}
