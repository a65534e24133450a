package dev.amba.reviews;

import java.util.Objects;

/**
 * What a review is about: a type ({@code content_item}, {@code custom}, or the app's own) and the
 * thing's id within it.
 *
 * @param itemType the kind of item, lower_snake_case
 * @param itemId the item's id in the app
 */
public record ReviewTarget(String itemType, String itemId) {

  /**
   * Checks that both parts are there.
   *
   * @param itemType the kind of item, not null
   * @param itemId the item's id in the app, not null
   * @throws NullPointerException when either is null
   */
  public ReviewTarget {
    Objects.requireNonNull(itemType, "itemType");
    Objects.requireNonNull(itemId, "itemId");
  }
}
