package dev.amba.leagues;

/**
 * Where the acting user stands this week. Before the user's first rollover (a new user joins at
 * the next week's start, if active the week before) there is no cohort, league or rank.
 *
 * @param cohort the user's cohort this week, or null
 * @param league the cohort's tier, or null
 * @param rank the user's live place in the cohort, 1 first, or null
 * @param score the user's XP this week (the sum of its {@code xp_awarded} amounts)
 * @param memberCount how many users the cohort has; 0 without one
 */
public record LeagueStanding(LeagueCohort cohort, League league, Integer rank, long score, int memberCount) {

  /**
   * Whether the user is placed in a cohort this week.
   *
   * @return true when {@link #cohort()} is set; false before the user's first rollover
   */
  public boolean isPlaced() {
    return cohort != null;
  }
}
