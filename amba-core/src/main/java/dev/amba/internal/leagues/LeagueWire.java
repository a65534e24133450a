package dev.amba.internal.leagues;

import dev.amba.internal.Json;
import dev.amba.leagues.CohortMember;
import dev.amba.leagues.CohortStandings;
import dev.amba.leagues.CohortStatus;
import dev.amba.leagues.League;
import dev.amba.leagues.LeagueCohort;
import dev.amba.leagues.LeagueStanding;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** League answers as they arrive: the cohort's status stays a string until it becomes a {@link CohortStatus}. */
public final class LeagueWire {

  private LeagueWire() {}

  static final Type LEAGUES = Json.parameterized(List.class, League.class);

  public record Cohort(String id, String leagueId, String weekStart, String status, Instant createdAt) {
    LeagueCohort toPublic() {
      return new LeagueCohort(id, leagueId, date(weekStart), status == null ? null : new CohortStatus(status),
          createdAt);
    }

    // A week start is a date; a service that sends the instant of its midnight still names the day.
    private static LocalDate date(String text) {
      if (text == null) {
        return null;
      }
      try {
        return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
      } catch (DateTimeParseException e) {
        return null;
      }
    }
  }

  public record Standing(Cohort cohort, League league, Integer rank, Long score, Integer memberCount) {
    LeagueStanding toPublic() {
      return new LeagueStanding(cohort == null ? null : cohort.toPublic(), league, rank,
          score == null ? 0 : score, memberCount == null ? 0 : memberCount);
    }
  }

  public record Standings(Cohort cohort, League league, List<CohortMember> members) {
    CohortStandings toPublic() {
      return new CohortStandings(cohort == null ? null : cohort.toPublic(), league, members);
    }
  }
}
