package dev.amba.reviews;

import java.util.Objects;

/**
 * What a review is about: a type ({@code content_item}, {@code custom}, or the app's own) and the
 * thing's id within it.
 */
public record ReviewTarget(String itemType, String itemId) {

  public ReviewTarget {
    Objects.requireNonNull(itemType, "itemType");
    Objects.requireNonNull(itemId, "itemId");
  }
}
