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

  /** An update that changes nothing yet; sending it empty is refused. */
  public static CatalogItemUpdate create() {
    return new CatalogItemUpdate(Map.of());
  }

  /**
   * False takes the item off sale: users no longer see it in the catalog or in stores and cannot
   * buy it, while those who own it keep it. True puts it back.
   */
  public CatalogItemUpdate active(boolean active) {
    return with("is_active", active);
  }

  /** Removes the description. */
  public CatalogItemUpdate clearDescription() {
    return with("description", null);
  }

  /** Removes the icon. */
  public CatalogItemUpdate clearIconUrl() {
    return with("icon_url", null);
  }

  /** Removes the category. */
  public CatalogItemUpdate clearCategory() {
    return with("category", null);
  }

  @Override
  CatalogItemUpdate make(Map<String, Object> changed) {
    return new CatalogItemUpdate(changed);
  }
}
