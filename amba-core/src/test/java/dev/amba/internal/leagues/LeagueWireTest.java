package dev.amba.internal.leagues;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amba.internal.Json;
import dev.amba.leagues.CohortMember;
import dev.amba.leagues.CohortStandings;
import dev.amba.leagues.CohortStatus;
import dev.amba.leagues.League;
import dev.amba.leagues.LeagueStanding;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The answers of the league routes decode, with statuses this SDK has never heard of kept. */
class LeagueWireTest {

  private static <T> T data(String json, Class<T> type) {
    Json.DataEnvelope<T> env = Json.decode(json.getBytes(StandardCharsets.UTF_8),
        Json.parameterized(Json.DataEnvelope.class, type));
    return env.data();
  }

  private static final String LEAGUE = "{\"id\":\"l1\",\"name\":\"Silver\",\"tier_order\":1,\"promote_count\":5,"
      + "\"demote_count\":5,\"cohort_size\":30,\"is_active\":true,\"created_at\":\"2030-01-07T10:00:00Z\","
      + "\"icon\":\"silver.png\"}";

  @Test
  void me_decodesAPlacedUser() {
    LeagueStanding s = data("{\"data\":{\"cohort\":{\"id\":\"c1\",\"league_id\":\"l1\",\"week_start\":\"2030-01-14\","
        + "\"status\":\"active\",\"created_at\":\"2030-01-14T00:00:00Z\"},\"league\":" + LEAGUE
        + ",\"rank\":2,\"score\":120,\"member_count\":30}}", LeagueWire.Standing.class).toPublic();

    assertThat(s.isPlaced()).isTrue();
    assertThat(s.cohort().weekStart()).isEqualTo(LocalDate.of(2030, 1, 14));
    assertThat(s.cohort().status()).isEqualTo(CohortStatus.ACTIVE);
    assertThat(s.league()).isEqualTo(new League("l1", "Silver", 1, 5, 5, 30, true,
        Instant.parse("2030-01-07T10:00:00Z")));
    assertThat(s.rank()).isEqualTo(2);
    assertThat(s.score()).isEqualTo(120);
    assertThat(s.memberCount()).isEqualTo(30);
  }

  @Test
  void me_beforeTheFirstRollover_isAllNulls() {
    LeagueStanding s = data("{\"data\":{\"cohort\":null,\"league\":null,\"rank\":null,\"score\":7,"
        + "\"member_count\":0}}", LeagueWire.Standing.class).toPublic();
    assertThat(s.isPlaced()).isFalse();
    assertThat(s.league()).isNull();
    assertThat(s.rank()).isNull();
    assertThat(s.score()).isEqualTo(7);
  }

  @Test
  void aCohortStatus_thatTheSdkDoesNotKnow_isKept_andAWeekStartGivenAsAnInstantNamesItsDay() {
    LeagueWire.Cohort settling = data("{\"data\":{\"id\":\"c1\",\"league_id\":\"l1\",\"week_start\":"
        + "\"2030-01-14T00:00:00Z\",\"status\":\"settling\"}}", LeagueWire.Cohort.class);
    assertThat(settling.toPublic().status()).isEqualTo(CohortStatus.SETTLING);
    assertThat(settling.toPublic().weekStart()).isEqualTo(LocalDate.of(2030, 1, 14));
    LeagueWire.Cohort archived = data("{\"data\":{\"id\":\"c1\",\"status\":\"archived\",\"week_start\":\"soon\"}}",
        LeagueWire.Cohort.class);
    assertThat(archived.toPublic().status()).isEqualTo(new CohortStatus("archived"));
    assertThat(archived.toPublic().weekStart()).isNull();
  }

  @Test
  void theCohortBoard_decodesItsMembersInOrder() {
    CohortStandings c = data("{\"data\":{\"cohort\":{\"id\":\"c1\",\"league_id\":\"l1\",\"week_start\":\"2030-01-14\","
        + "\"status\":\"closed\"},\"league\":" + LEAGUE + ",\"members\":[{\"display_name\":\"Ann\",\"score\":30,"
        + "\"rank\":1},{\"display_name\":null,\"score\":0,\"rank\":2}]}}", LeagueWire.Standings.class).toPublic();

    assertThat(c.cohort().status()).isEqualTo(CohortStatus.CLOSED);
    assertThat(c.members()).containsExactly(new CohortMember("Ann", 30, 1), new CohortMember(null, 0, 2));
    CohortStandings none = data("{\"data\":{\"cohort\":null,\"league\":null,\"members\":[]}}",
        LeagueWire.Standings.class).toPublic();
    assertThat(none.members()).isEmpty();
  }
}
