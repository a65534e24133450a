package dev.amba.catalog;

import dev.amba.internal.catalog.CatalogArguments;
import dev.amba.internal.util.TextArguments;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The settings an item's create and update share, each checked as it is set. Immutable: each
 * method returns a new value of the concrete type.
 */
abstract class CatalogItemFields<S extends CatalogItemFields<S>> {

  private final Map<String, Object> fields;

  CatalogItemFields(Map<String, Object> fields) {
    this.fields = Collections.unmodifiableMap(fields);
  }

  /** A new value of the concrete type holding {@code changed}. */
  abstract S make(Map<String, Object> changed);

  /** The name shown to users, 1..128 characters, not blank. */
  public S name(String name) {
    return with("name", TextArguments.name(name));
  }

  /** A description shown to users, at most 1024 characters. */
  public S description(String description) {
    return with("description", TextArguments.description(description));
  }

  /** The icon's URL, 1..2048 characters. */
  public S iconUrl(String iconUrl) {
    return with("icon_url", CatalogArguments.iconUrl(iconUrl));
  }

  /** The one category the item is browsed under, 1..64 characters; matched exactly by filters. */
  public S category(String category) {
    return with("category", CatalogArguments.category(category));
  }

  /** The item's tags, replacing any it has: at most 50, each 1..64 characters. */
  public S tags(Collection<String> tags) {
    return with("tags", CatalogArguments.tags(tags));
  }

  /** As {@link #tags(Collection)}. */
  public S tags(String... tags) {
    return tags(List.of(Objects.requireNonNull(tags, "tags")));
  }

  /**
   * Durable (the default of a new item), consumable or bundle. Only a bundle has contents, and a
   * bundle is never the content of another, so the service refuses a change that would break either.
   */
  public S itemType(ItemType itemType) {
    return with("item_type", Objects.requireNonNull(itemType, "itemType").value());
  }

  /**
   * The app's own data about the item, replacing any it has: JSON values only (null, strings,
   * numbers, booleans, and maps with string keys, lists and arrays of them). Copied, so later
   * changes to the caller's map are not sent.
   */
  public S metadata(Map<String, ?> metadata) {
    return with("metadata", CatalogArguments.metadata(metadata));
  }

  final S with(String name, Object value) {
    Map<String, Object> changed = new LinkedHashMap<>(fields);
    changed.put(name, value);
    return make(changed);
  }

  /** The wire body, in the order the fields were set. */
  final Map<String, Object> fields() {
    return fields;
  }

  @Override
  public boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && ((CatalogItemFields<?>) o).fields.equals(fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + fields;
  }
}
