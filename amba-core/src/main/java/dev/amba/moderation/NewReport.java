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
   * A report of one piece of content.
   *
   * @param contentType {@code review}, {@code message}, {@code media}, {@code feed_item}, {@code user},
   *     or another lower_snake type (reports of those change nothing when resolved)
   * @param contentId the content's id in its module, 1..256 characters
   * @return the report, without a reason
   * @throws IllegalArgumentException when {@code contentType} is not lower_snake_case of 1 to 64
   *     characters, or {@code contentId} is null, blank or too long
   */
  public static NewReport of(String contentType, String contentId) {
    return new NewReport(FieldMap.empty()
        .with("content_type", ModerationArguments.contentType(contentType))
        .with("content_id", ModerationArguments.contentId(contentId)));
  }

  /**
   * Says why the content should go.
   *
   * @param reason 1..1000 characters, not blank
   * @return a copy with the reason set
   * @throws IllegalArgumentException when {@code reason} is null, blank or too long
   */
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
