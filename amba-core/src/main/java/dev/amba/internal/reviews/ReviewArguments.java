package dev.amba.internal.reviews;

import dev.amba.internal.util.ModuleArguments;
import dev.amba.internal.util.ModuleNames;
import dev.amba.internal.util.TextArguments;

/**
 * The reviews' argument rules (amba-api-modules.md 26), checked before anything is sent. X decisions
 * (the protocol names no bounds): an item id is 1..{@value #MAX_ITEM_ID} characters, a title at most
 * {@value #MAX_TITLE}, a body at most {@value #MAX_BODY}.
 */
public final class ReviewArguments {

  public static final int MAX_ITEM_ID = 256;
  public static final int MAX_TITLE = 200;
  public static final int MAX_BODY = 5000;
  public static final int LEAST_RATING = 1;
  public static final int GREATEST_RATING = 5;

  private ReviewArguments() {}

  /** {@code content_item}, {@code custom} or any other key (26.3). */
  public static String itemType(String itemType) {
    return ModuleNames.key(itemType, "itemType");
  }

  public static String itemId(String itemId) {
    TextArguments.require(itemId, "itemId", 1, MAX_ITEM_ID);
    return TextArguments.pathValue(itemId, "itemId");
  }

  public static int rating(int rating) {
    return ModuleArguments.range(rating, LEAST_RATING, GREATEST_RATING, "rating");
  }

  public static String title(String title) {
    return TextArguments.require(title, "title", 0, MAX_TITLE);
  }

  public static String body(String body) {
    return TextArguments.require(body, "body", 0, MAX_BODY);
  }
}
