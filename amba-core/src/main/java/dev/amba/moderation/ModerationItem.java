package dev.amba.moderation;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the moderation queue (27.3): a user's report, or a screening rule's match.
 *
 * @param id the item's id, for {@link ProjectModeration#approve} and the other transitions
 * @param contentType what kind of content it names ({@code review}, {@code message}, {@code media},
 *     {@code feed_item}, {@code user}, or a type of the app's own)
 * @param contentId the content's id in its module
 * @param reportedBy the reporting user, or null when a rule filed the item
 * @param reason why it was filed, or null
 * @param status where it stands: pending, approved, rejected or escalated
 * @param moderatorId who resolved or escalated it ({@code admin} for the server key), or null
 * @param resolvedAt when it was approved or rejected, or null while open
 * @param createdAt when it was filed, by the server's clock
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

  /**
   * Checks that the item has a status.
   *
   * @param id the item's id
   * @param contentType what kind of content it names
   * @param contentId the content's id in its module
   * @param reportedBy the reporting user, or null for a rule
   * @param reason why it was filed, or null
   * @param status where it stands, not null
   * @param moderatorId who resolved or escalated it, or null
   * @param resolvedAt when it was resolved, or null
   * @param createdAt when it was filed
   * @throws NullPointerException when {@code status} is null
   */
  public ModerationItem {
    Objects.requireNonNull(status, "status");
  }

  /**
   * Whether a rule, not a user, filed the item.
   *
   * @return true when {@link #reportedBy()} is null
   */
  public boolean filedByRule() {
    return reportedBy == null;
  }
}
