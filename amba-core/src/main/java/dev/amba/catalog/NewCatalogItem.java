package dev.amba.catalog;

import dev.amba.internal.WireForms;
import dev.amba.internal.util.ModuleNames;
import dev.amba.internal.util.TextArguments;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A catalog item to create. Unset settings take the service's defaults: durable, no tags, no
 * metadata, active. Prices and bundle contents are set after the create, through
 * {@link ProjectCatalog#setPrice} and {@link ProjectCatalog#setBundleContent}. Immutable: each
 * method returns a new value.
 *
 * <pre>{@code
 * CatalogItem sword = amba.catalog().create(NewCatalogItem.of("fire_sword", "Fire sword")
 *     .category("weapons").tags("fire", "rare").metadata(Map.of("damage", 12)));
 * amba.catalog().setPrice(sword.id(), "gems", BigDecimal.valueOf(250));
 * }</pre>
 */
public final class NewCatalogItem extends CatalogItemFields<NewCatalogItem> {

  static {
    WireForms.register(NewCatalogItem.class, NewCatalogItem::fields);
  }

  private NewCatalogItem(Map<String, Object> fields) {
    super(fields);
  }

  /**
   * An item with a key and a name and the service's defaults for everything else.
   *
   * @param key unique in the project and never changed: {@code ^[a-z][a-z0-9_]*$}, 1..64 characters
   * @param name the name shown to users, 1..128 characters
   * @return the item, ready for {@link ProjectCatalog#create}
   * @throws IllegalArgumentException when {@code key} or {@code name} breaks its rule, naming it
   */
  public static NewCatalogItem of(String key, String name) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("key", ModuleNames.key(key, "key"));
    f.put("name", TextArguments.name(name));
    return new NewCatalogItem(f);
  }

  /**
   * The key the item is created with, which client paths can name instead of its id.
   *
   * @return the key given to {@link #of}
   */
  public String key() {
    return (String) fields().get("key");
  }

  @Override
  NewCatalogItem make(Map<String, Object> changed) {
    return new NewCatalogItem(changed);
  }
}
