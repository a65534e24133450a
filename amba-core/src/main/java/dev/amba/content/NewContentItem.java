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
   * An item with this text and the service's defaults for everything else.
   *
   * @param body the item's text, 1..100000 characters, not blank
   * @return the item, to refine with the other methods
   * @throws IllegalArgumentException when {@code body} is null, blank or too long
   */
  public static NewContentItem of(String body) {
    return new NewContentItem(new ItemFields(FieldMap.empty()).body(body));
  }

  /**
   * Sets the item's title.
   *
   * @param title at most 256 characters; empty is allowed
   * @return a copy of this value with the title
   * @throws IllegalArgumentException when {@code title} is null or too long
   */
  public NewContentItem title(String title) {
    return new NewContentItem(fields.title(title));
  }

  /**
   * Sets a link to the item's image, audio or video.
   *
   * @param mediaUrl 1 to 2048 characters, not blank
   * @return a copy of this value with the link
   * @throws IllegalArgumentException when {@code mediaUrl} is null, blank or too long
   */
  public NewContentItem mediaUrl(String mediaUrl) {
    return new NewContentItem(fields.mediaUrl(mediaUrl));
  }

  /**
   * One category, 1..64 characters, that library reads can filter by.
   *
   * @param category 1 to 64 characters, not blank
   * @return a copy of this value with the category
   * @throws IllegalArgumentException when {@code category} is null, blank or too long
   */
  public NewContentItem category(String category) {
    return new NewContentItem(fields.category(category));
  }

  /**
   * The item's tags, replacing any set before; as {@link #tags(Collection)}.
   *
   * @param tags at most 50 tags, each 1 to 64 characters
   * @return a copy of this value with the tags
   * @throws NullPointerException when {@code tags} or one of them is null
   * @throws IllegalArgumentException for more than 50 tags, or a blank or over-long one
   */
  public NewContentItem tags(String... tags) {
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
  public NewContentItem tags(Collection<String> tags) {
    return new NewContentItem(fields.tags(tags));
  }

  /**
   * The app's own data, served as a today item's {@code data}.
   *
   * @param metadata JSON-compatible values; it replaces what was there
   * @return a copy of this value with the metadata
   * @throws NullPointerException when {@code metadata} is null
   */
  public NewContentItem metadata(Map<String, ?> metadata) {
    return new NewContentItem(fields.metadata(metadata));
  }

  /**
   * Whether users are served it; true unless set.
   *
   * @param active false to add the item switched off
   * @return a copy of this item with the flag
   */
  public NewContentItem active(boolean active) {
    return new NewContentItem(fields.with("is_active", active));
  }

  /**
   * Admin only: a flag the app gates on; the service serves premium items like any other.
   *
   * @param premium true to mark the item premium
   * @return a copy of this value with the flag
   */
  public NewContentItem premium(boolean premium) {
    return new NewContentItem(fields.with("is_premium", premium));
  }

  /**
   * Admin only: the key versions of one piece of content share, {@code ^[a-z][a-z0-9_]*$}.
   *
   * @param contentKey 1 to 64 characters of a-z, 0-9 and _, starting with a letter
   * @return a copy of this value with the key
   * @throws IllegalArgumentException when {@code contentKey} is null or not of that form
   */
  public NewContentItem contentKey(String contentKey) {
    return new NewContentItem(fields.contentKey(contentKey));
  }

  /**
   * Admin only: the version among the items sharing the content key, from 1.
   *
   * @param version 1 or more
   * @return a copy of this value with the version
   * @throws IllegalArgumentException when {@code version} is below 1
   */
  public NewContentItem version(int version) {
    return new NewContentItem(fields.version(version));
  }

  /**
   * Admin only: the share of users, 0..100, served this version (28.4 #6).
   *
   * @param percent 0 to 100
   * @return a copy of this value with the share
   * @throws IllegalArgumentException when {@code percent} is outside 0 to 100
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
