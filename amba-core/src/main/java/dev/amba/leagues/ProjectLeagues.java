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
   * @param league the tier's name, order and counts
   * @return the tier as stored, with its id
   * @throws NullPointerException if {@code league} is null
   * @throws dev.amba.AmbaConflictException ({@code tier_exists}) when a tier holds that order
   */
  League create(NewLeague league);

  /**
   * Every tier, lowest first.
   *
   * @return every tier of the project, active or not, by {@code tierOrder}
   */
  List<League> list();

  /**
   * Changes a tier.
   *
   * @param leagueId the tier's id; refused when blank or not usable as one URL path segment
   * @param update the settings to change; at least one must be set
   * @return the tier as stored after the change
   * @throws NullPointerException if {@code update} is null
   * @throws IllegalArgumentException for a {@code leagueId} that breaks its rule or an empty update,
   *     before anything is sent
   * @throws dev.amba.AmbaNotFoundException when there is no such tier
   */
  League update(String leagueId, LeagueUpdate update);

  /**
   * Deletes a tier; its open cohorts close, and their members start over at the next rollover.
   *
   * @param leagueId the tier's id; refused when blank or not usable as one URL path segment
   * @throws IllegalArgumentException if {@code leagueId} breaks that rule, before anything is sent
   * @throws dev.amba.AmbaNotFoundException when there is no such tier
   */
  void delete(String leagueId);
}
