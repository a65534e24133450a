package dev.amba.content;

import dev.amba.internal.WireForms;
import dev.amba.internal.util.FieldMap;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * An item to add to a library. Unset settings take the service's defaults: no tags, no metadata,
 * active; for admins also not premium, version 1 at 100 %. The {@code premium}, {@code contentKey},
 * {@code version} and {@code rolloutPercent} settings are the admin's: a user's
 * {@link UserContent#createItem} refuses a value that sets them. Immutable: each method returns a
 * new value.
 */
public final class NewContentItem {

  static {
    WireForms.register(NewContentItem.class, v -> v.fields.map().asMap());
  }

  private final ItemFields fields;

  private NewContentItem(ItemFields fields) {
    this.fields = fields;
  }

  /**
   * An active item with this text and the service's defaults for the rest.
   *
   * @param body the item's text, non-blank, 1 to 100000 characters
   * @return the new item
   * @throws IllegalArgumentException for a null, blank or over-long body
   */
  public static NewContentItem of(String body) {
    return new NewContentItem(new ItemFields(FieldMap.empty()).body(body));
  }

  /**
   * The item's title.
   *
   * @param title the item's title, at most 256 characters (empty allowed)
   * @return a copy with this title
   * @throws IllegalArgumentException for a null or over-long title
   */
  public NewContentItem title(String title) {
    return new NewContentItem(fields.title(title));
  }

  /**
   * A link to the item's media.
   *
   * @param mediaUrl the URL of the item's image, audio or video, non-blank, at most 2048 characters
   * @return a copy with this URL
   * @throws IllegalArgumentException for a null, blank or over-long URL
   */
  public NewContentItem mediaUrl(String mediaUrl) {
    return new NewContentItem(fields.mediaUrl(mediaUrl));
  }

  /**
   * One category that library reads can filter by.
   *
   * @param category the category, non-blank, 1 to 64 characters
   * @return a copy with this category
   * @throws IllegalArgumentException for a null, blank or over-long category
   */
  public NewContentItem category(String category) {
    return new NewContentItem(fields.category(category));
  }

  /**
   * The item's tags.
   *
   * @param tags the tags, at most 50, each non-blank and 1 to 64 characters
   * @return a copy with these tags, replacing any set before
   * @throws NullPointerException if {@code tags} or one of them is null
   * @throws IllegalArgumentException for more than 50 tags, or a blank or over-long one
   */
  public NewContentItem tags(String... tags) {
    return tags(List.of(tags));
  }

  /**
   * The item's tags.
   *
   * @param tags the tags, at most 50, each non-blank and 1 to 64 characters; copied
   * @return a copy with these tags, replacing any set before
   * @throws NullPointerException if {@code tags} is null
   * @throws IllegalArgumentException for more than 50 tags, or a null, blank or over-long one
   */
  public NewContentItem tags(Collection<String> tags) {
    return new NewContentItem(fields.tags(tags));
  }

  /**
   * The app's own data, served as a today item's {@code data}.
   *
   * @param metadata the app's own data, JSON-compatible values with string keys; deep-copied
   * @return a copy with this metadata
   * @throws NullPointerException if {@code metadata} is null
   * @throws IllegalArgumentException naming the first value JSON cannot carry
   */
  public NewContentItem metadata(Map<String, ?> metadata) {
    return new NewContentItem(fields.metadata(metadata));
  }

  /**
   * Whether users are served it; true unless set.
   *
   * @param active false to add it hidden from users
   * @return a copy with this setting
   */
  public NewContentItem active(boolean active) {
    return new NewContentItem(fields.with("is_active", active));
  }

  /**
   * Admin only: a flag the app gates on; the service serves premium items like any other.
   *
   * @param premium whether the item is premium
   * @return a copy with this flag
   */
  public NewContentItem premium(boolean premium) {
    return new NewContentItem(fields.with("is_premium", premium));
  }

  /**
   * Admin only: the key versions of one piece of content share.
   *
   * @param contentKey the key, 1 to 64 characters of a-z, 0-9 and _, starting with a letter
   * @return a copy with this key
   * @throws IllegalArgumentException for a key of another form
   */
  public NewContentItem contentKey(String contentKey) {
    return new NewContentItem(fields.contentKey(contentKey));
  }

  /**
   * Admin only: the version among the items sharing the content key.
   *
   * @param version the version, 1 or more
   * @return a copy with this version
   * @throws IllegalArgumentException if {@code version} is less than 1
   */
  public NewContentItem version(int version) {
    return new NewContentItem(fields.version(version));
  }

  /**
   * Admin only: the share of users served this version (28.4 #6).
   *
   * @param percent the share of users, 0 to 100
   * @return a copy with this share
   * @throws IllegalArgumentException for a percent outside 0 to 100
   */
  public NewContentItem rolloutPercent(int percent) {
    return new NewContentItem(fields.rolloutPercent(percent));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NewContentItem other && other.fields.equals(fields);
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
