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
   * @return the empty update, to fill with the other methods
   */
  public static ContentItemUpdate create() {
    return new ContentItemUpdate(new ItemFields(FieldMap.empty()));
  }

  /**
   * Replaces the item's text.
   *
   * @param body 1 to 100,000 characters, not blank
   * @return a copy of this value with the body
   * @throws IllegalArgumentException when {@code body} is null, blank or too long
   */
  public ContentItemUpdate body(String body) {
    return new ContentItemUpdate(fields.body(body));
  }

  /**
   * Sets the item's title.
   *
   * @param title at most 256 characters; empty is allowed
   * @return a copy of this value with the title
   * @throws IllegalArgumentException when {@code title} is null or too long
   */
  public ContentItemUpdate title(String title) {
    return new ContentItemUpdate(fields.title(title));
  }

  /**
   * Sets a link to the item's image, audio or video.
   *
   * @param mediaUrl 1 to 2048 characters, not blank
   * @return a copy of this value with the link
   * @throws IllegalArgumentException when {@code mediaUrl} is null, blank or too long
   */
  public ContentItemUpdate mediaUrl(String mediaUrl) {
    return new ContentItemUpdate(fields.mediaUrl(mediaUrl));
  }

  /**
   * One category, 1..64 characters, that library reads can filter by.
   *
   * @param category 1 to 64 characters, not blank
   * @return a copy of this value with the category
   * @throws IllegalArgumentException when {@code category} is null, blank or too long
   */
  public ContentItemUpdate category(String category) {
    return new ContentItemUpdate(fields.category(category));
  }

  /**
   * The item's tags, replacing any set before; as {@link #tags(Collection)}.
   *
   * @param tags at most 50 tags, each 1 to 64 characters
   * @return a copy of this value with the tags
   * @throws NullPointerException when {@code tags} or one of them is null
   * @throws IllegalArgumentException for more than 50 tags, or a blank or over-long one
   */
  public ContentItemUpdate tags(String... tags) {
    return tags(List.of(tags));
  }

  /**
   * At most 50 tags, each 1..64 characters, replacing any set before.
   *
   * @param tags the tags, possibly empty
   * @return a copy of this value with the tags
   * @throws NullPointerException when {@code tags} is null
   * @throws IllegalArgumentException for more than 50 tags, or a null, blank or over-long one
   */
  public ContentItemUpdate tags(Collection<String> tags) {
    return new ContentItemUpdate(fields.tags(tags));
  }

  /**
   * The app's own data, served as a today item's {@code data}.
   *
   * @param metadata JSON-compatible values; it replaces what was there
   * @return a copy of this value with the metadata
   * @throws NullPointerException when {@code metadata} is null
   */
  public ContentItemUpdate metadata(Map<String, ?> metadata) {
    return new ContentItemUpdate(fields.metadata(metadata));
  }

  /**
   * An inactive item is served to no one and answers 404 to readers.
   *
   * @param active false to switch the item off, true to serve it again
   * @return a copy of this update with the flag
   */
  public ContentItemUpdate active(boolean active) {
    return new ContentItemUpdate(fields.with("is_active", active));
  }

  /**
   * Admin only: a flag the app gates on; the service serves premium items like any other.
   *
   * @param premium true to mark the item premium
   * @return a copy of this value with the flag
   */
  public ContentItemUpdate premium(boolean premium) {
    return new ContentItemUpdate(fields.with("is_premium", premium));
  }

  /**
   * Admin only: the key versions of one piece of content share, {@code ^[a-z][a-z0-9_]*$}.
   *
   * @param contentKey 1 to 64 characters of a-z, 0-9 and _, starting with a letter
   * @return a copy of this value with the key
   * @throws IllegalArgumentException when {@code contentKey} is null or not of that form
   */
  public ContentItemUpdate contentKey(String contentKey) {
    return new ContentItemUpdate(fields.contentKey(contentKey));
  }

  /**
   * Admin only: the version among the items sharing the content key, from 1.
   *
   * @param version 1 or more
   * @return a copy of this value with the version
   * @throws IllegalArgumentException when {@code version} is below 1
   */
  public ContentItemUpdate version(int version) {
    return new ContentItemUpdate(fields.version(version));
  }

  /**
   * Admin only: the share of users, 0..100, served this version (28.4 #6).
   *
   * @param percent 0 to 100
   * @return a copy of this value with the share
   * @throws IllegalArgumentException when {@code percent} is outside 0 to 100
   */
  public ContentItemUpdate rolloutPercent(int percent) {
    return new ContentItemUpdate(fields.rolloutPercent(percent));
  }

  /**
   * Admin only: the item's place in its library, 0 or more.
   *
   * @param sortOrder 0 or more; rotations go by it
   * @return a copy of this update with the place
   * @throws IllegalArgumentException when {@code sortOrder} is negative
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
