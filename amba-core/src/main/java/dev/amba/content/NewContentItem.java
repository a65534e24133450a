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

  /** @param body the item's text, 1..100000 characters */
  public static NewContentItem of(String body) {
    return new NewContentItem(new ItemFields(FieldMap.empty()).body(body));
  }

  public NewContentItem title(String title) {
    return new NewContentItem(fields.title(title));
  }

  public NewContentItem mediaUrl(String mediaUrl) {
    return new NewContentItem(fields.mediaUrl(mediaUrl));
  }

  /** One category, 1..64 characters, that library reads can filter by. */
  public NewContentItem category(String category) {
    return new NewContentItem(fields.category(category));
  }

  public NewContentItem tags(String... tags) {
    return tags(List.of(tags));
  }

  /** At most 50 tags, each 1..64 characters. */
  public NewContentItem tags(Collection<String> tags) {
    return new NewContentItem(fields.tags(tags));
  }

  /** The app's own data, served as a today item's {@code data}. */
  public NewContentItem metadata(Map<String, ?> metadata) {
    return new NewContentItem(fields.metadata(metadata));
  }

  /** Whether users are served it; true unless set. */
  public NewContentItem active(boolean active) {
    return new NewContentItem(fields.with("is_active", active));
  }

  /** Admin only: a flag the app gates on. */
  public NewContentItem premium(boolean premium) {
    return new NewContentItem(fields.with("is_premium", premium));
  }

  /** Admin only: the key versions of one piece of content share, {@code ^[a-z][a-z0-9_]*$}. */
  public NewContentItem contentKey(String contentKey) {
    return new NewContentItem(fields.contentKey(contentKey));
  }

  /** Admin only: the version among the items sharing the content key, from 1. */
  public NewContentItem version(int version) {
    return new NewContentItem(fields.version(version));
  }

  /** Admin only: the share of users, 0..100, served this version (28.4 #6). */
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
