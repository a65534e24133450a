package dev.amba.testkit.internal.engagement;

import java.sql.SQLException;
import java.util.Set;

/**
 * Who belongs to a segment (amba-api-modules.md 36): implemented by the segments module, which
 * evaluates a segment's rules against the user's row at request time. Modules that scope by
 * {@code segment_id} read it: stores (19, visibility), content schedules (28.4 #5), the admin user
 * list (36, {@code ?segment_id=}) and push campaigns.
 */
public interface Segments {

  /** Whether the project has the segment (system segments included). */
  boolean exists(String projectId, String segmentId) throws SQLException;

  /** Whether the user is a member now; false for a segment the project does not have. */
  boolean contains(String projectId, String segmentId, String userId) throws SQLException;

  /**
   * The ids of the segment's members now, oldest user first: what a users list, a campaign or an
   * event count filters by; empty for a segment the project does not have.
   */
  Set<String> members(String projectId, String segmentId) throws SQLException;
}
