package dev.amba.content;

import dev.amba.internal.WireForms;
import dev.amba.internal.util.FieldMap;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The fields of an item to change; the others stay. A user changes its own items' text, media,
 * category, tags, metadata and activity; {@code premium}, {@code contentKey}, {@code version},
 * {@code rolloutPercent} and {@code sortOrder} are the admin's, and {@link UserContent#updateItem}
 * refuses an update that sets them. Immutable: each method returns a new value.
 */
public final class ContentItemUpdate {

  static {
    WireForms.register(ContentItemUpdate.class, v -> v.fields.map().asMap());
  }

  private final ItemFields fields;

  private ContentItemUpdate(ItemFields fields) {
    this.fields = fields;
  }

  /** An update that changes nothing yet; sending it as it is is refused. */
  public static ContentItemUpdate create() {
    return new ContentItemUpdate(new ItemFields(FieldMap.empty()));
  }

  public ContentItemUpdate body(String body) {
    return new ContentItemUpdate(fields.body(body));
  }

  public ContentItemUpdate title(String title) {
    return new ContentItemUpdate(fields.title(title));
  }

  public ContentItemUpdate mediaUrl(String mediaUrl) {
    return new ContentItemUpdate(fields.mediaUrl(mediaUrl));
  }

  public ContentItemUpdate category(String category) {
    return new ContentItemUpdate(fields.category(category));
  }

  public ContentItemUpdate tags(String... tags) {
    return tags(List.of(tags));
  }

  public ContentItemUpdate tags(Collection<String> tags) {
    return new ContentItemUpdate(fields.tags(tags));
  }

  public ContentItemUpdate metadata(Map<String, ?> metadata) {
    return new ContentItemUpdate(fields.metadata(metadata));
  }

  /** An inactive item is served to no one and answers 404 to readers. */
  public ContentItemUpdate active(boolean active) {
    return new ContentItemUpdate(fields.with("is_active", active));
  }

  /** Admin only. */
  public ContentItemUpdate premium(boolean premium) {
    return new ContentItemUpdate(fields.with("is_premium", premium));
  }

  /** Admin only. */
  public ContentItemUpdate contentKey(String contentKey) {
    return new ContentItemUpdate(fields.contentKey(contentKey));
  }

  /** Admin only. */
  public ContentItemUpdate version(int version) {
    return new ContentItemUpdate(fields.version(version));
  }

  /** Admin only. */
  public ContentItemUpdate rolloutPercent(int percent) {
    return new ContentItemUpdate(fields.rolloutPercent(percent));
  }

  /** Admin only: the item's place in its library, 0 or more. */
  public ContentItemUpdate sortOrder(int sortOrder) {
    if (sortOrder < 0) {
      throw new IllegalArgumentException("sortOrder must be at least 0, got " + sortOrder);
    }
    return new ContentItemUpdate(fields.with("sort_order", sortOrder));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ContentItemUpdate other && other.fields.equals(fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  @Override
  public String toString() {
    return fields.map().describe(this);
  }
}
