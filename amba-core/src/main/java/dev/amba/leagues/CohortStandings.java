package dev.amba.leagues;

import java.util.List;

/**
 * The acting user's cohort this week, every member in rank order; empty with a null cohort and
 * league before the user's first rollover.
 */
public record CohortStandings(LeagueCohort cohort, League league, List<CohortMember> members) {

  public CohortStandings {
    members = members == null ? List.of() : List.copyOf(members);
  }
}
