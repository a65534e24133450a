package dev.amba.reviews;

import dev.amba.internal.WireForms;
import dev.amba.internal.reviews.ReviewArguments;
import dev.amba.internal.util.FieldMap;

/**
 * A review to submit: a rating of an item, with an optional title and text. Immutable: each method
 * returns a new value.
 *
 * <pre>{@code
 * amba.asUser(uid).reviews().submit(NewReview.of("recipe-42", 5).itemType("recipe").title("Lovely"));
 * }</pre>
 */
public final class NewReview {

  static {
    WireForms.register(NewReview.class, r -> r.fields.asMap());
  }

  private final FieldMap fields;

  private NewReview(FieldMap fields) {
    this.fields = fields;
  }

  /**
   * A review of an item of type {@code custom} unless {@link #itemType(String)} names another.
   *
   * @param itemId the item's id in the app, 1..256 characters
   * @param rating 1 to 5
   * @return the review, without title or text
   * @throws IllegalArgumentException when {@code itemId} is null, blank or too long, or
   *     {@code rating} is outside 1 to 5
   */
  public static NewReview of(String itemId, int rating) {
    return new NewReview(FieldMap.empty().with("item_id", ReviewArguments.itemId(itemId))
        .with("rating", ReviewArguments.rating(rating)));
  }

  /**
   * Sets the kind of item reviewed.
   *
   * @param itemType {@code content_item}, {@code custom} or another lower_snake_case type of 1 to 64
   *     characters
   * @return a copy with the type set
   * @throws IllegalArgumentException when {@code itemType} is not lower_snake_case of 1 to 64 characters
   */
  public NewReview itemType(String itemType) {
    return new NewReview(fields.with("item_type", ReviewArguments.itemType(itemType)));
  }

  /**
   * Sets the review's title.
   *
   * @param title at most 200 characters, not null
   * @return a copy with the title set
   * @throws IllegalArgumentException when {@code title} is null or longer than 200 characters
   */
  public NewReview title(String title) {
    return new NewReview(fields.with("title", ReviewArguments.title(title)));
  }

  /**
   * Sets the review's text.
   *
   * @param body at most 5000 characters, not null
   * @return a copy with the text set
   * @throws IllegalArgumentException when {@code body} is null or longer than 5000 characters
   */
  public NewReview body(String body) {
    return new NewReview(fields.with("body", ReviewArguments.body(body)));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NewReview r && r.fields.equals(fields);
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
