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

  /**
   * An update that changes nothing yet; sending it as it is is refused.
   *
   * @return an empty update
   */
  public static ContentItemUpdate create() {
    return new ContentItemUpdate(new ItemFields(FieldMap.empty()));
  }

  /**
   * Replaces the item's text.
   *
   * @param body the item's text, non-blank, 1 to 100000 characters
   * @return a copy with this text
   * @throws IllegalArgumentException for a null, blank or over-long body
   */
  public ContentItemUpdate body(String body) {
    return new ContentItemUpdate(fields.body(body));
  }

  /**
   * Replaces the item's title.
   *
   * @param title the item's title, at most 256 characters (empty allowed)
   * @return a copy with this title
   * @throws IllegalArgumentException for a null or over-long title
   */
  public ContentItemUpdate title(String title) {
    return new ContentItemUpdate(fields.title(title));
  }

  /**
   * Replaces the link to the item's media.
   *
   * @param mediaUrl the URL of the item's image, audio or video, non-blank, at most 2048 characters
   * @return a copy with this URL
   * @throws IllegalArgumentException for a null, blank or over-long URL
   */
  public ContentItemUpdate mediaUrl(String mediaUrl) {
    return new ContentItemUpdate(fields.mediaUrl(mediaUrl));
  }

  /**
   * Replaces the item's category.
   *
   * @param category the category, non-blank, 1 to 64 characters
   * @return a copy with this category
   * @throws IllegalArgumentException for a null, blank or over-long category
   */
  public ContentItemUpdate category(String category) {
    return new ContentItemUpdate(fields.category(category));
  }

  /**
   * Replaces the item's tags.
   *
   * @param tags the tags, at most 50, each non-blank and 1 to 64 characters
   * @return a copy with these tags, replacing any set before
   * @throws NullPointerException if {@code tags} or one of them is null
   * @throws IllegalArgumentException for more than 50 tags, or a blank or over-long one
   */
  public ContentItemUpdate tags(String... tags) {
    return tags(List.of(tags));
  }

  /**
   * Replaces the item's tags.
   *
   * @param tags the tags, at most 50, each non-blank and 1 to 64 characters; copied
   * @return a copy with these tags, replacing any set before
   * @throws NullPointerException if {@code tags} is null
   * @throws IllegalArgumentException for more than 50 tags, or a null, blank or over-long one
   */
  public ContentItemUpdate tags(Collection<String> tags) {
    return new ContentItemUpdate(fields.tags(tags));
  }

  /**
   * Replaces the app's own data about the item.
   *
   * @param metadata the app's own data, JSON-compatible values with string keys; deep-copied
   * @return a copy with this metadata
   * @throws NullPointerException if {@code metadata} is null
   * @throws IllegalArgumentException naming the first value JSON cannot carry
   */
  public ContentItemUpdate metadata(Map<String, ?> metadata) {
    return new ContentItemUpdate(fields.metadata(metadata));
  }

  /**
   * Activates or deactivates the item. An inactive item is served to no one and answers 404 to readers.
   *
   * @param active whether users are served it
   * @return a copy with this setting
   */
  public ContentItemUpdate active(boolean active) {
    return new ContentItemUpdate(fields.with("is_active", active));
  }

  /**
   * Admin only: sets the flag the app gates on.
   *
   * @param premium whether the item is premium
   * @return a copy with this flag
   */
  public ContentItemUpdate premium(boolean premium) {
    return new ContentItemUpdate(fields.with("is_premium", premium));
  }

  /**
   * Admin only: replaces the key versions of one piece of content share.
   *
   * @param contentKey the key, 1 to 64 characters of a-z, 0-9 and _, starting with a letter
   * @return a copy with this key
   * @throws IllegalArgumentException for a key of another form
   */
  public ContentItemUpdate contentKey(String contentKey) {
    return new ContentItemUpdate(fields.contentKey(contentKey));
  }

  /**
   * Admin only: replaces the version among the items sharing the content key.
   *
   * @param version the version, 1 or more
   * @return a copy with this version
   * @throws IllegalArgumentException if {@code version} is less than 1
   */
  public ContentItemUpdate version(int version) {
    return new ContentItemUpdate(fields.version(version));
  }

  /**
   * Admin only: replaces the share of users served this version.
   *
   * @param percent the share of users, 0 to 100
   * @return a copy with this share
   * @throws IllegalArgumentException for a percent outside 0 to 100
   */
  public ContentItemUpdate rolloutPercent(int percent) {
    return new ContentItemUpdate(fields.rolloutPercent(percent));
  }

  /**
   * Admin only: the item's place in its library; rotations go by it.
   *
   * @param sortOrder the place, 0 or more
   * @return a copy with this place
   * @throws IllegalArgumentException if {@code sortOrder} is negative
   */
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
