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
   */
  ModerationItem report(NewReport report);

  /** Reports another user (the 4.x core's {@code reportUser}): content type {@code user}. */
  ModerationItem reportUser(String userId, String reason);

  /** The user's own reports, newest first (at most the 100 newest). */
  List<ModerationItem> getMyReports();

  /**
   * One of the user's reports, as it stands now.
   *
   * @throws dev.amba.AmbaNotFoundException when the user filed no report with this id
   */
  ModerationItem reportStatus(String reportId);
}
