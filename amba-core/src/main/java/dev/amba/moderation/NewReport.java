package dev.amba.moderation;

import dev.amba.internal.WireForms;
import dev.amba.internal.moderation.ModerationArguments;
import dev.amba.internal.util.FieldMap;

/**
 * A report of content to the moderators. Immutable: each method returns a new value.
 *
 * <pre>{@code
 * amba.asUser(uid).moderation().report(NewReport.of("review", reviewId).reason("spam"));
 * }</pre>
 */
public final class NewReport {

  static {
    WireForms.register(NewReport.class, r -> r.fields.asMap());
  }

  private final FieldMap fields;

  private NewReport(FieldMap fields) {
    this.fields = fields;
  }

  /**
   * @param contentType {@code review}, {@code message}, {@code media}, {@code feed_item}, {@code user},
   *     or another lower_snake type (reports of those change nothing when resolved)
   * @param contentId the content's id in its module, 1..256 characters
   */
  public static NewReport of(String contentType, String contentId) {
    return new NewReport(FieldMap.empty()
        .with("content_type", ModerationArguments.contentType(contentType))
        .with("content_id", ModerationArguments.contentId(contentId)));
  }

  /** Why the content should go, 1..1000 characters. */
  public NewReport reason(String reason) {
    return new NewReport(fields.with("reason", ModerationArguments.reason(reason)));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NewReport r && r.fields.equals(fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  @Override
  public String toString() {
    return fields.describe(this);
  }
}
