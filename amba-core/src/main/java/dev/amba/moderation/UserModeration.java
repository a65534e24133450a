package dev.amba.moderation;

import java.util.List;

/**
 * The acting user's reports, from {@code amba.asUser(uid).moderation()}. A user sees its own reports
 * only; another user's report id answers as a missing one.
 *
 * <pre>{@code
 * ModerationItem filed = amba.asUser(uid).moderation().report(NewReport.of("review", reviewId).reason("spam"));
 * amba.asUser(uid).moderation().reportStatus(filed.id()).status();   // pending until a moderator acts
 * }</pre>
 */
public interface UserModeration {

  /**
   * Files a pending queue item for the content. Reporting the same content again while that item is
   * pending answers the same item.
   *
   * @param report the content's type and id, and an optional reason
   * @return the pending queue item, new or the one already filed
   */
  ModerationItem report(NewReport report);

  /**
   * Reports another user (the 4.x core's {@code reportUser}): content type {@code user}.
   *
   * @param userId the user reported, 1..255 characters
   * @param reason why, 1..1000 characters; or null for no reason
   * @return the pending queue item, new or the one already filed
   * @throws IllegalArgumentException when {@code userId} is not a well-formed user id or
   *     {@code reason} is blank or too long
   */
  ModerationItem reportUser(String userId, String reason);

  /**
   * The user's own reports, newest first (at most the 100 newest).
   *
   * @return the reports, empty when the user filed none
   */
  List<ModerationItem> getMyReports();

  /**
   * One of the user's reports, as it stands now.
   *
   * @param reportId the report's queue item id
   * @return the item with its current status
   * @throws dev.amba.AmbaNotFoundException when the user filed no report with this id
   */
  ModerationItem reportStatus(String reportId);
}
