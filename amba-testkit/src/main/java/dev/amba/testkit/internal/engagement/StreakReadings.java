package dev.amba.testkit.internal.engagement;

import java.sql.SQLException;

/**
 * What other modules read of a user's streaks (14.4 #1 {@code streak_length}, 15.4 #4
 * {@code streak_maintained}, 16.4 #2 the {@code streak} metric), always settled first (12.4 #3).
 */
public interface StreakReadings {

  /** {@code longest_count} of the user's row for that definition; 0 without a row. */
  int longestCount(String projectId, String userId, String streakDefinitionId) throws SQLException;

  /**
   * The highest {@code current_count} among the user's rows: of that definition, or of any when
   * {@code streakDefinitionId} is null; 0 without a row.
   */
  int currentCount(String projectId, String userId, String streakDefinitionId) throws SQLException;

  /** The id of the project's streak definition with that id or key (M1), or null. */
  String definitionId(String projectId, String idOrKey) throws SQLException;
}
