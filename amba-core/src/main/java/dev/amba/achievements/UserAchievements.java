package dev.amba.achievements;

import java.util.List;

/**
 * The acting user's achievements. Unlocks happen on the server as the user's events arrive and when
 * the user's profile properties change; these calls only read.
 *
 * <pre>{@code
 * for (AchievementView a : amba.asUser(uid).achievements().list()) {
 *   show(a.name(), a.isUnlocked(), a.progress().fraction());
 * }
 * }</pre>
 */
public interface UserAchievements {

  /**
   * Every active achievement the user may see, by sort order and then age; a hidden one only once
   * the user has unlocked it.
   *
   * @return each achievement with whether and when the user unlocked it, and its progress
   */
  List<AchievementView> list();

  /**
   * One achievement, by id or key.
   *
   * @param idOrKey the achievement's id or key
   * @return the achievement with the user's unlock and progress
   * @throws dev.amba.AmbaNotFoundException when there is none, it is inactive, or it is hidden and
   *     still locked for this user (code {@code fetch_failed}, as Amba's docs have it)
   * @throws IllegalArgumentException for a blank value, or {@code "progress"}, which names the
   *     progress list on this path (pass the achievement's id instead)
   */
  AchievementView get(String idOrKey);

  /**
   * The progress of every achievement {@link #list()} shows, in the same order.
   *
   * @return each achievement's progress from 0 to 1 and unlock; empty when none is shown
   */
  List<AchievementProgress> progress();
}
