package dev.amba.testkit.internal.engagement;

import java.sql.SQLException;

/**
 * What resolving a moderation queue item does to the content it names (amba-api-modules.md 27.4
 * effects): each module that owns a {@code content_type} (reviews, messages, feed items, media)
 * implements it and lists it in {@link dev.amba.testkit.internal.RouteModule#moderatedContent()};
 * the moderation module applies the one matching the item's type. A content id the module does
 * not know (deleted meanwhile, another project's) is ignored: the queue item still resolves.
 */
public interface ModeratedContent {

  /** The {@code content_type} this module owns, such as {@code review}. */
  String contentType();

  /** The item was approved (a review becomes approved; most types: nothing). */
  void approved(String projectId, String contentId) throws SQLException;

  /** The item was rejected (a review becomes unapproved, a message or feed item is deleted). */
  void rejected(String projectId, String contentId) throws SQLException;

  /** What a decision does to one piece of content. */
  @FunctionalInterface
  interface Effect {
    void apply(String projectId, String contentId) throws SQLException;

    /** A decision that leaves the content as it is. */
    Effect NONE = (projectId, contentId) -> { };
  }

  /** The content type {@code contentType} with the effects of an approval and a rejection. */
  static ModeratedContent of(String contentType, Effect onApproved, Effect onRejected) {
    return new ModeratedContent() {
      @Override
      public String contentType() {
        return contentType;
      }

      @Override
      public void approved(String projectId, String contentId) throws SQLException {
        onApproved.apply(projectId, contentId);
      }

      @Override
      public void rejected(String projectId, String contentId) throws SQLException {
        onRejected.apply(projectId, contentId);
      }
    };
  }
}
