package dev.amba.catalog;

import dev.amba.internal.WireForms;
import java.util.Map;

/**
 * The settings of an item to change; only those set are sent, and the key never changes. Prices
 * and bundle contents have their own calls. Immutable: each method returns a new value.
 *
 * <pre>{@code
 * amba.catalog().update(itemId, CatalogItemUpdate.create().active(false));   // off sale, still owned
 * }</pre>
 */
public final class CatalogItemUpdate extends CatalogItemFields<CatalogItemUpdate> {

  static {
    WireForms.register(CatalogItemUpdate.class, CatalogItemUpdate::fields);
  }

  private CatalogItemUpdate(Map<String, Object> fields) {
    super(fields);
  }

  /**
   * An update that changes nothing yet; sending it empty is refused.
   *
   * @return an empty update to set changes on
   */
  public static CatalogItemUpdate create() {
    return new CatalogItemUpdate(Map.of());
  }

  /**
   * False takes the item off sale: users no longer see it in the catalog or in stores and cannot
   * buy it, while those who own it keep it. True puts it back.
   *
   * @param active whether the item is on sale
   * @return a copy with the flag set
   */
  public CatalogItemUpdate active(boolean active) {
    return with("is_active", active);
  }

  /**
   * Removes the description.
   *
   * @return a copy that sends the description as null
   */
  public CatalogItemUpdate clearDescription() {
    return with("description", null);
  }

  /**
   * Removes the icon.
   *
   * @return a copy that sends the icon as null
   */
  public CatalogItemUpdate clearIconUrl() {
    return with("icon_url", null);
  }

  /**
   * Removes the category.
   *
   * @return a copy that sends the category as null
   */
  public CatalogItemUpdate clearCategory() {
    return with("category", null);
  }

  @Override
  CatalogItemUpdate make(Map<String, Object> changed) {
    return new CatalogItemUpdate(changed);
  }
}
