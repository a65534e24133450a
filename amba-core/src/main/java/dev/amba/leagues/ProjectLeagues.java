package dev.amba.leagues;

import java.util.List;

/**
 * Admin: the project's league tiers (server key). A project starts with Bronze (0), Silver (1) and
 * Gold (2); changes apply from the next weekly rollover.
 */
public interface ProjectLeagues {

  /**
   * Adds a tier.
   *
   * @throws dev.amba.AmbaConflictException ({@code tier_exists}) when a tier holds that order
   */
  League create(NewLeague league);

  /** Every tier, lowest first. */
  List<League> list();

  /**
   * Changes a tier.
   *
   * @throws IllegalArgumentException for an empty update, before anything is sent
   * @throws dev.amba.AmbaNotFoundException when there is no such tier
   */
  League update(String leagueId, LeagueUpdate update);

  /** Deletes a tier; its open cohorts close, and their members start over at the next rollover. */
  void delete(String leagueId);
}
