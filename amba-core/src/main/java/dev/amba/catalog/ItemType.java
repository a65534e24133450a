package dev.amba.catalog;

import java.util.Objects;

/**
 * What kind of thing a catalog item is, by its wire value. A record rather than an enum, so a type
 * the service adds later still reads (and can be sent back as it came); the service accepts
 * {@link #DURABLE}, {@link #CONSUMABLE} and {@link #BUNDLE}.
 *
 * @param value the wire value, such as {@code durable}
 */
public record ItemType(String value) {

  /** Owned once and kept: a skin, a level pack. The default of a new item. */
  public static final ItemType DURABLE = new ItemType("durable");
  /** Owned in any quantity and used up: lives, boosts. */
  public static final ItemType CONSUMABLE = new ItemType("consumable");
  /** Not owned itself: buying it grants each of its contents (see {@link BundleContent}). */
  public static final ItemType BUNDLE = new ItemType("bundle");

  /**
   * Checks that the wire value is there.
   *
   * @param value the wire value, not blank
   * @throws NullPointerException when {@code value} is null
   * @throws IllegalArgumentException when {@code value} is blank
   */
  public ItemType {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("value must not be blank");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
