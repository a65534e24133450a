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

  /**
   * Sets the name shown to users.
   *
   * @param name 1..128 characters, not blank
   * @return a copy with the name set
   * @throws IllegalArgumentException when {@code name} is null, blank or too long
   */
  public S name(String name) {
    return with("name", TextArguments.name(name));
  }

  /**
   * Sets a description shown to users.
   *
   * @param description at most 1024 characters, not null
   * @return a copy with the description set
   * @throws IllegalArgumentException when {@code description} is null or too long
   */
  public S description(String description) {
    return with("description", TextArguments.description(description));
  }

  /**
   * Sets the icon.
   *
   * @param iconUrl the icon's URL, 1..2048 characters
   * @return a copy with the icon set
   * @throws IllegalArgumentException when {@code iconUrl} is null, blank or too long
   */
  public S iconUrl(String iconUrl) {
    return with("icon_url", CatalogArguments.iconUrl(iconUrl));
  }

  /**
   * Sets the one category the item is browsed under; filters match it exactly.
   *
   * @param category 1..64 characters
   * @return a copy with the category set
   * @throws IllegalArgumentException when {@code category} is null, blank or too long
   */
  public S category(String category) {
    return with("category", CatalogArguments.category(category));
  }

  /**
   * Sets the item's tags, replacing any it has.
   *
   * @param tags at most 50, each 1..64 characters; copied
   * @return a copy with the tags set
   * @throws NullPointerException when {@code tags} is null
   * @throws IllegalArgumentException when there are more than 50 or a tag is null, blank or too long
   */
  public S tags(Collection<String> tags) {
    return with("tags", CatalogArguments.tags(tags));
  }

  /**
   * As {@link #tags(Collection)}.
   *
   * @param tags at most 50, each 1..64 characters
   * @return a copy with the tags set
   * @throws NullPointerException when {@code tags} or one of them is null
   * @throws IllegalArgumentException when there are more than 50 or a tag is blank or too long
   */
  public S tags(String... tags) {
    return tags(List.of(Objects.requireNonNull(tags, "tags")));
  }

  /**
   * Durable (the default of a new item), consumable or bundle. Only a bundle has contents, and a
   * bundle is never the content of another, so the service refuses a change that would break either.
   *
   * @param itemType {@link ItemType#DURABLE}, {@link ItemType#CONSUMABLE} or {@link ItemType#BUNDLE}
   * @return a copy with the type set
   * @throws NullPointerException when {@code itemType} is null
   */
  public S itemType(ItemType itemType) {
    return with("item_type", Objects.requireNonNull(itemType, "itemType").value());
  }

  /**
   * The app's own data about the item, replacing any it has: JSON values only (null, strings,
   * numbers, booleans, and maps with string keys, lists and arrays of them). Copied, so later
   * changes to the caller's map are not sent.
   *
   * @param metadata the data, not null
   * @return a copy with the metadata set
   * @throws NullPointerException when {@code metadata} is null
   * @throws IllegalArgumentException when a value is not a JSON value, naming where
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
