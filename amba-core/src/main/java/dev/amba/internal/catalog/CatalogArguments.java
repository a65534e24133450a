package dev.amba.internal.catalog;

import dev.amba.internal.util.JsonProperties;
import dev.amba.internal.util.ModuleNames;
import dev.amba.internal.util.TextArguments;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The catalog's own argument rules (amba-api-modules.md 18.2), checked before anything is sent; keys,
 * names and ids follow the rules every module shares ({@code ModuleNames}, {@code TextArguments}).
 * The lengths are the emulator's (X); the service decides anything finer.
 */
public final class CatalogArguments {

  public static final int MAX_ICON_URL = 2048;
  public static final int MAX_CATEGORY = 64;
  public static final int MAX_TAG = 64;
  public static final int MAX_TAGS = 50;

  private CatalogArguments() {}

  public static String iconUrl(String iconUrl) {
    return TextArguments.require(iconUrl, "iconUrl", 1, MAX_ICON_URL);
  }

  public static String category(String category) {
    return TextArguments.require(category, "category", 1, MAX_CATEGORY);
  }

  public static String tag(String tag) {
    return TextArguments.require(tag, "tag", 1, MAX_TAG);
  }

  /** At most {@value #MAX_TAGS} tags, each 1..{@value #MAX_TAG} characters; an immutable copy. */
  public static List<String> tags(Collection<String> tags) {
    Objects.requireNonNull(tags, "tags");
    if (tags.size() > MAX_TAGS) {
      throw new IllegalArgumentException("tags must be at most " + MAX_TAGS + ", got " + tags.size());
    }
    List<String> copy = new ArrayList<>(tags.size());
    int i = 0;
    for (String tag : tags) {
      copy.add(TextArguments.require(tag, "tags[" + i++ + "]", 1, MAX_TAG));
    }
    return List.copyOf(copy);
  }

  /** A checked, immutable deep copy: JSON values only, so nothing fails later while encoding. */
  public static Map<String, Object> metadata(Map<String, ?> metadata) {
    Objects.requireNonNull(metadata, "metadata");
    return JsonProperties.copy(metadata, "metadata");
  }

  public static String currencyCode(String code) {
    return ModuleNames.key(code, "currencyCode");
  }

  /** Any price of at least 0; whether it can be paid is decided at purchase (20.4 #7). */
  public static BigDecimal price(BigDecimal price) {
    Objects.requireNonNull(price, "price");
    if (price.signum() < 0) {
      throw new IllegalArgumentException("price must be at least 0, got " + price);
    }
    return price;
  }

  public static int quantity(int quantity) {
    if (quantity < 1) {
      throw new IllegalArgumentException("quantity must be at least 1, got " + quantity);
    }
    return quantity;
  }
}
