package dev.amba.testkit.internal.engagement;

import java.sql.SQLException;
import java.util.Set;

/**
 * Who belongs to a group (amba-api-modules.md 23): implemented by the groups module. The group
 * feed (24.1) shows the items of a group's current members to its members only.
 */
public interface Memberships {

  /**
   * The group's current members, or null when the project has no group with this id (the caller
   * answers 404 {@code not_found}).
   */
  Set<String> members(String projectId, String groupId) throws SQLException;
}
