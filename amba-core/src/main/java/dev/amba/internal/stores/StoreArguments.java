package dev.amba.internal.stores;

import dev.amba.internal.util.ModuleNames;
import dev.amba.internal.util.TextArguments;
import java.time.Instant;

/**
 * The stores' argument rules (amba-api-modules.md M1 and 19.2), checked before anything is sent.
 * The lengths and the bound on override prices are the emulator's (X).
 */
public final class StoreArguments {

  public static final int MAX_NAME = 128;
  public static final int MAX_DESCRIPTION = 1024;
  /** Far more currencies than a project defines; bounds what one listing carries. */
  public static final int MAX_OVERRIDE_PRICES = 50;

  private StoreArguments() {}

  public static String key(String key) {
    return ModuleNames.key(key, "key");
  }

  public static String name(String name) {
    return TextArguments.require(name, "name", 1, MAX_NAME);
  }

  public static String description(String description) {
    return TextArguments.require(description, "description", 0, MAX_DESCRIPTION);
  }

  public static String segmentId(String segmentId) {
    return TextArguments.uuid(segmentId, "segmentId");
  }

  /** A catalog item's id in a listing body: it names the item, never its key. */
  public static String catalogItemId(String id) {
    return TextArguments.pathValue(id, "catalogItemId");
  }

  public static String currencyCode(String code) {
    return ModuleNames.key(code, "currencyCode");
  }

  /** An override price is a whole amount of the currency, at least 0. */
  public static long overridePrice(String code, long price) {
    if (price < 0) {
      throw new IllegalArgumentException("the override price in " + code + " must be at least 0, got " + price);
    }
    return price;
  }

  public static int sortOrder(int sortOrder) {
    if (sortOrder < 0) {
      throw new IllegalArgumentException("sortOrder must be at least 0, got " + sortOrder);
    }
    return sortOrder;
  }

  public static int maxPurchasesPerUser(int max) {
    if (max < 1) {
      throw new IllegalArgumentException("maxPurchasesPerUser must be at least 1, got " + max);
    }
    return max;
  }

  /** @throws IllegalArgumentException unless {@code until} is after {@code from}, when both are known */
  public static void window(Instant from, Instant until) {
    if (from != null && until != null && !until.isAfter(from)) {
      throw new IllegalArgumentException("availableUntil (" + until + ") must be after availableFrom (" + from + ")");
    }
  }

  /** A store's or listing's id for a path. */
  public static String id(String id, String argument) {
    return TextArguments.pathValue(id, argument);
  }
}
