package dev.amba.leagues;

import java.util.List;

/**
 * The acting user's cohort this week, every member in rank order; empty with a null cohort and
 * league before the user's first rollover.
 *
 * @param cohort the user's cohort this week, or null before the first rollover
 * @param league the cohort's tier, or null before the first rollover
 * @param members every member of the cohort, best rank first; never null
 */
public record CohortStandings(LeagueCohort cohort, League league, List<CohortMember> members) {

  /**
   * Standings; {@code members} is copied, and null reads as empty.
   *
   * @param cohort the user's cohort, or null
   * @param league the cohort's tier, or null
   * @param members the cohort's members in rank order, or null
   */
  public CohortStandings {
    members = members == null ? List.of() : List.copyOf(members);
  }
}
