package dev.amba.internal.stores;

import dev.amba.internal.util.ModuleNames;
import dev.amba.internal.util.TextArguments;
import java.time.Instant;

/**
 * The stores' own argument rules (amba-api-modules.md 19.2), checked before anything is sent; keys,
 * names and ids follow the rules every module shares ({@code ModuleNames}, {@code TextArguments}).
 * The bound on override prices is the emulator's (X).
 */
public final class StoreArguments {

  /** Far more currencies than a project defines; bounds what one listing carries. */
  public static final int MAX_OVERRIDE_PRICES = 50;

  private StoreArguments() {}

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
}
