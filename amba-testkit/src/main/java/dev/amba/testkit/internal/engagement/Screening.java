package dev.amba.testkit.internal.engagement;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The project's moderation rules applied to new content (amba-api-modules.md 27.4): implemented by
 * the moderation module. Messaging screens each new message (25.4 #7, still delivered), reviews
 * each new or edited review (26.3: a match leaves it unapproved).
 */
public interface Screening {

  /**
   * Runs the active rules over {@code texts} (nulls ignored). An author that an active
   * {@code auto_approve_trusted} rule exempts (trust level trusted or moderator, or
   * {@code auto_approve}) is never matched. On a match, files one pending queue item
   * ({@code content_type}, {@code content_id}, {@code reported_by} null, the reason naming the rule)
   * on {@code c}, so it commits or rolls back with the content it screens.
   *
   * @return whether a rule matched
   */
  boolean screen(Connection c, String projectId, String authorId, String contentType, String contentId,
      List<String> texts) throws SQLException;
}
