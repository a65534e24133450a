package dev.amba.leagues;

/**
 * The acting user's weekly league. A week rolls over by itself at the first league read or XP
 * credit after Monday 00:00 UTC: last week's cohorts close, their best go up a tier and their last
 * go down, and everyone active is placed in a new cohort.
 */
public interface UserLeagues {

  /**
   * The user's cohort, tier, live rank and XP this week.
   *
   * @return where the user stands; without a cohort, league or rank before its first rollover
   */
  LeagueStanding me();

  /**
   * The user's cohort this week with every member's score and rank (and no user ids).
   *
   * @return the cohort's members in rank order; empty before the user's first rollover
   */
  CohortStandings cohort();
}
