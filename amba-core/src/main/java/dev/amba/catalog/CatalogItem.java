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
 * @param description a note shown to users, or null
 * @param iconUrl the icon, or null
 * @param category one category to browse by, or null
 * @param tags labels to browse by; empty when none
 * @param itemType durable, consumable or bundle; see {@link ItemType}
 * @param metadata the app's own data about the item, as JSON values (strings, {@code Long} or
 *     {@code BigInteger} for whole numbers, {@code BigDecimal} for others, booleans, null, lists
 *     and maps); empty when none. Immutable
 * @param isActive whether users see it and can buy it
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

  public CatalogItem {
    tags = tags == null ? List.of() : List.copyOf(tags);
    metadata = metadata == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
  }
}
