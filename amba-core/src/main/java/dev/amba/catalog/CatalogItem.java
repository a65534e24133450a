package dev.amba.catalog;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An item of the project's catalog: something users can buy in a store or be granted.
 *
 * @param id the item's id; admin paths take it
 * @param key unique in the project, {@code ^[a-z][a-z0-9_]*$}; client paths take it or the id (older
 *     answers: {@code sku})
 * @param name the name shown to users
 * @param description a note shown to users, or null
 * @param iconUrl the icon, or null
 * @param category one category to browse by, or null
 * @param tags labels to browse by; empty when none
 * @param itemType durable, consumable or bundle; see {@link ItemType}
 * @param metadata the app's own data about the item, as JSON values (strings, {@code Long} or
 *     {@code BigInteger} for whole numbers, {@code BigDecimal} for others, booleans, null, lists
 *     and maps); empty when none. Immutable
 * @param isActive whether users see it and can buy it
 * @param createdAt when the item was created, by the server's clock
 * @param updatedAt when its settings last changed, by the server's clock
 */
public record CatalogItem(
    String id,
    String key,
    String name,
    String description,
    String iconUrl,
    String category,
    List<String> tags,
    ItemType itemType,
    Map<String, Object> metadata,
    boolean isActive,
    Instant createdAt,
    Instant updatedAt) {

  /**
   * Copies the tags and metadata, so the record is immutable; null reads as empty.
   *
   * @param id the item's id
   * @param key the item's key
   * @param name the name shown to users
   * @param description a note, or null
   * @param iconUrl the icon, or null
   * @param category the category, or null
   * @param tags the tags, or null for none
   * @param itemType the item's type
   * @param metadata the app's own data, or null for none
   * @param isActive whether users see it
   * @param createdAt when it was created
   * @param updatedAt when it last changed
   */
  public CatalogItem {
    tags = tags == null ? List.of() : List.copyOf(tags);
    metadata = metadata == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
  }
}
