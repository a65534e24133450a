package dev.amba.reviews;

import dev.amba.internal.WireForms;
import dev.amba.internal.reviews.ReviewArguments;
import dev.amba.internal.util.FieldMap;

/**
 * What to change in one's review; only what is set is sent. The edited review is screened again:
 * approved unless a moderation rule matches. Immutable: each method returns a new value.
 *
 * <pre>{@code
 * amba.asUser(uid).reviews().update(reviewId, ReviewUpdate.create().rating(4).clearTitle());
 * }</pre>
 */
public final class ReviewUpdate {

  static {
    WireForms.register(ReviewUpdate.class, u -> u.fields.asMap());
  }

  private final FieldMap fields;

  private ReviewUpdate(FieldMap fields) {
    this.fields = fields;
  }

  /**
   * An update that changes nothing yet; sending it empty is refused.
   *
   * @return an empty update to set changes on
   */
  public static ReviewUpdate create() {
    return new ReviewUpdate(FieldMap.empty());
  }

  /**
   * Sets a new rating.
   *
   * @param rating 1 to 5
   * @return a copy with the rating set
   * @throws IllegalArgumentException when {@code rating} is outside 1 to 5
   */
  public ReviewUpdate rating(int rating) {
    return new ReviewUpdate(fields.with("rating", ReviewArguments.rating(rating)));
  }

  /**
   * Sets a new title; {@link #clearTitle} removes it.
   *
   * @param title at most 200 characters, not null
   * @return a copy with the title set
   * @throws IllegalArgumentException when {@code title} is null or longer than 200 characters
   */
  public ReviewUpdate title(String title) {
    return new ReviewUpdate(fields.with("title", ReviewArguments.title(title)));
  }

  /**
   * Sets a new text; {@link #clearBody} removes it.
   *
   * @param body at most 5000 characters, not null
   * @return a copy with the text set
   * @throws IllegalArgumentException when {@code body} is null or longer than 5000 characters
   */
  public ReviewUpdate body(String body) {
    return new ReviewUpdate(fields.with("body", ReviewArguments.body(body)));
  }

  /**
   * Removes the title.
   *
   * @return a copy that sends the title as null
   */
  public ReviewUpdate clearTitle() {
    return new ReviewUpdate(fields.with("title", null));
  }

  /**
   * Removes the text.
   *
   * @return a copy that sends the text as null
   */
  public ReviewUpdate clearBody() {
    return new ReviewUpdate(fields.with("body", null));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReviewUpdate u && u.fields.equals(fields);
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
