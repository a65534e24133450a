package dev.amba.wire.leagues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.amba.AmbaConflictException;
import dev.amba.AmbaNotFoundException;
import dev.amba.leagues.League;
import dev.amba.leagues.LeagueUpdate;
import dev.amba.leagues.NewLeague;
import dev.amba.leagues.ProjectLeagues;
import dev.amba.wire.JsonHttp.Answer;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** 16.5's admin routes: the default tiers, create, list, change and delete. */
class LeagueTiersWireTest {

  private final LeagueFixture f = new LeagueFixture();
  private final ProjectLeagues leagues = f.amba.leagues();

  @AfterEach
  void close() {
    f.close();
  }

  @Test
  void aProjectHasBronzeSilverAndGold_fromItsFirstLeagueUse() {
    assertThat(leagues.list()).extracting(League::name, League::tierOrder, League::promoteCount,
            League::demoteCount, League::cohortSize, League::isActive)
        .containsExactly(tuple("Bronze", 0, 5, 0, 30, true), tuple("Silver", 1, 5, 5, 30, true),
            tuple("Gold", 2, 0, 5, 30, true));
    assertThat(leagues.list().get(0).createdAt()).isEqualTo(LeagueFixture.MONDAY);
  }

  @Test
  void create_addsATier_inTierOrder_andATakenOrderIs409TierExists() {
    League diamond = leagues.create(NewLeague.of("Diamond", 7).promoteCount(0).cohortSize(20));
    League copper = leagues.create(NewLeague.of("Copper", 4));

    assertThat(diamond.tierOrder()).isEqualTo(7);
    assertThat(diamond.promoteCount()).isZero();
    assertThat(diamond.demoteCount()).isEqualTo(5);
    assertThat(diamond.cohortSize()).isEqualTo(20);
    assertThat(leagues.list()).extracting(League::name).containsExactly("Bronze", "Silver", "Gold", "Copper",
        "Diamond");
    assertThat(copper.isActive()).isTrue();
    assertThatThrownBy(() -> leagues.create(NewLeague.of("Another silver", 1)))
        .isInstanceOfSatisfying(AmbaConflictException.class, e -> assertThat(e.code()).isEqualTo("tier_exists"));
  }

  @Test
  void update_changesTheGivenFields_andTheTierOrderIsImmutable() throws Exception {
    League silver = f.tier(1);
    League changed = leagues.update(silver.id(), LeagueUpdate.create().name("Argent").promoteCount(2)
        .demoteCount(1).cohortSize(10).active(false));

    assertThat(changed).isEqualTo(new League(silver.id(), "Argent", 1, 2, 1, 10, false, silver.createdAt()));
    assertThat(leagues.list()).contains(changed);
    Answer raw = f.http.admin("PATCH", "/leagues/" + silver.id(), "{\"tier_order\":5}");
    assertThat(raw.status()).isEqualTo(400);
    assertThat(raw.body().getJsonObject("error").getString("code")).isEqualTo("immutable_field");
  }

  @Test
  void delete_answersTheMarker_andTheDefaultsAreNotMadeAgain() throws Exception {
    League bronze = f.tier(0);
    Answer raw = f.http.admin("DELETE", "/leagues/" + bronze.id(), null);
    assertThat(raw.status()).isEqualTo(200);
    assertThat(raw.body().getJsonObject("data").getString("id")).isEqualTo(bronze.id());
    assertThat(raw.body().getJsonObject("data").getBoolean("deleted")).isTrue();

    leagues.delete(f.tier(1).id());
    f.nextWeek();
    assertThat(leagues.list()).extracting(League::name).containsExactly("Gold");
  }

  @Test
  void anUnknownTier_is404() {
    for (String id : List.of("00000000-0000-0000-0000-000000000000", "bronze")) {
      assertThatThrownBy(() -> leagues.update(id, LeagueUpdate.create().name("X")))
          .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> assertThat(e.code()).isEqualTo("not_found"));
      assertThatThrownBy(() -> leagues.delete(id)).isInstanceOf(AmbaNotFoundException.class);
    }
  }
}
