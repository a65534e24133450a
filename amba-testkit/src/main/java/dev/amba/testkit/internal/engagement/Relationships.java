package dev.amba.testkit.internal.engagement;

import java.sql.SQLException;
import java.util.Set;

/**
 * Who a user is connected to (amba-api-modules.md 22): implemented by the friends module, whose
 * table of one row per unordered pair is the only source. Feeds read it for their audience and
 * blocks (24.1, 24.3), messaging to refuse a blocked pair (22.4, 25.1: 403 {@code blocked}).
 */
public interface Relationships {

  /** Whether the two users are a blocked pair, whoever blocked whom. */
  boolean blocked(String projectId, String userA, String userB) throws SQLException;

  /** The user's accepted friends (not the user). */
  Set<String> friends(String projectId, String userId) throws SQLException;

  /** The users in a blocked pair with this user, either direction. */
  Set<String> blockedWith(String projectId, String userId) throws SQLException;
}
