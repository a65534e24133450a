package dev.amba.content;

import dev.amba.internal.WireForms;
import dev.amba.internal.content.ContentArguments;
import dev.amba.internal.util.FieldMap;
import dev.amba.internal.util.ModuleNames;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * One item of a bulk upsert: the library's item whose content key is {@code key} gets the fields
 * given, or is created with them. Immutable: each method returns a new value.
 */
public final class BulkContentItem {

  static {
    WireForms.register(BulkContentItem.class, v -> v.fields.asMap());
  }

  private final FieldMap fields;

  private BulkContentItem(FieldMap fields) {
    this.fields = fields;
  }

  /**
   * The item upserted on this content key, with this text.
   *
   * @param key the item's content key, {@code ^[a-z][a-z0-9_]*$}, 1..64 characters
   * @param body 1..100000 characters, not blank
   * @return the bulk item
   * @throws IllegalArgumentException for a key of another form, or a null, blank or over-long body
   */
  public static BulkContentItem of(String key, String body) {
    return new BulkContentItem(FieldMap.empty().with("key", ModuleNames.key(key, "key"))
        .with("body", ContentArguments.body(body)));
  }

  /**
   * The content key the item is upserted on.
   *
   * @return the key given to {@link #of}
   */
  public String key() {
    return (String) fields.get("key");
  }

  /**
   * The item's title.
   *
   * @param title the item's title, at most 256 characters (empty allowed)
   * @return a copy with this title
   * @throws IllegalArgumentException for a null or over-long title
   */
  public BulkContentItem title(String title) {
    return new BulkContentItem(fields.with("title", ContentArguments.title(title)));
  }

  /**
   * The app's own data about the item.
   *
   * @param metadata the app's own data, JSON-compatible values with string keys; deep-copied
   * @return a copy with this metadata
   * @throws NullPointerException if {@code metadata} is null
   * @throws IllegalArgumentException naming the first value JSON cannot carry
   */
  public BulkContentItem metadata(Map<String, ?> metadata) {
    return new BulkContentItem(fields.with("metadata", ContentArguments.object(metadata, "metadata")));
  }

  /**
   * The item's tags.
   *
   * @param tags the tags, at most 50, each non-blank and 1 to 64 characters
   * @return a copy with these tags, replacing any set before
   * @throws NullPointerException if {@code tags} or one of them is null
   * @throws IllegalArgumentException for more than 50 tags, or a blank or over-long one
   */
  public BulkContentItem tags(String... tags) {
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
  public BulkContentItem tags(Collection<String> tags) {
    return new BulkContentItem(fields.with("tags", ContentArguments.tags(tags)));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BulkContentItem other && other.fields.equals(fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  @Override
  public String toString() {
    return fields.describe(this);
  }
}
