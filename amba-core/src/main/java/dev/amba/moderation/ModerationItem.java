package dev.amba.moderation;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the moderation queue (27.3): a user's report, or a screening rule's match.
 *
 * @param contentType what kind of content it names ({@code review}, {@code message}, {@code media},
 *     {@code feed_item}, {@code user}, or a type of the app's own)
 * @param contentId the content's id in its module
 * @param reportedBy the reporting user, or null when a rule filed the item
 * @param reason why it was filed, or null
 * @param moderatorId who resolved or escalated it ({@code admin} for the server key), or null
 * @param resolvedAt when it was approved or rejected, or null while open
 */
public record ModerationItem(
    String id,
    String contentType,
    String contentId,
    String reportedBy,
    String reason,
    ModerationStatus status,
    String moderatorId,
    Instant resolvedAt,
    Instant createdAt) {

  public ModerationItem {
    Objects.requireNonNull(status, "status");
  }

  /** Whether a rule, not a user, filed the item. */
  public boolean filedByRule() {
    return reportedBy == null;
  }
}
