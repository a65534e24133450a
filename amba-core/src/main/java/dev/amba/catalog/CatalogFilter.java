package dev.amba.catalog;

import dev.amba.internal.WireForms;
import dev.amba.internal.catalog.CatalogArguments;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Which active items {@link UserCatalog#items(CatalogFilter)} lists: all of them, or those of one
 * category, or with one tag, or both. Immutable.
 *
 * <pre>{@code
 * user.catalog().items(CatalogFilter.all().category("skins").tag("sale")).toList();
 * }</pre>
 */
public final class CatalogFilter {

  static {
    WireForms.register(CatalogFilter.class, CatalogFilter::query);
  }

  private static final CatalogFilter ALL = new CatalogFilter(null, null);

  private final String category;
  private final String tag;

  private CatalogFilter(String category, String tag) {
    this.category = category;
    this.tag = tag;
  }

  /**
   * Admits every active item.
   *
   * @return the filter without category or tag
   */
  public static CatalogFilter all() {
    return ALL;
  }

  /**
   * Admits only items of exactly this category, replacing any category set before.
   *
   * @param category 1..64 characters
   * @return a copy with the category set
   * @throws IllegalArgumentException when {@code category} is null, blank or too long
   */
  public CatalogFilter category(String category) {
    return new CatalogFilter(CatalogArguments.category(category), tag);
  }

  /**
   * Admits only items whose tags include this one, replacing any tag set before.
   *
   * @param tag 1..64 characters
   * @return a copy with the tag set
   * @throws IllegalArgumentException when {@code tag} is null, blank or too long
   */
  public CatalogFilter tag(String tag) {
    return new CatalogFilter(category, CatalogArguments.tag(tag));
  }

  /** The query parameters, those set only. */
  private Map<String, Object> query() {
    Map<String, Object> q = new LinkedHashMap<>();
    if (category != null) {
      q.put("category", category);
    }
    if (tag != null) {
      q.put("tag", tag);
    }
    return q;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CatalogFilter f && Objects.equals(f.category, category) && Objects.equals(f.tag, tag);
  }

  @Override
  public int hashCode() {
    return Objects.hash(category, tag);
  }

  @Override
  public String toString() {
    return "CatalogFilter{category=" + category + ", tag=" + tag + '}';
  }
}
