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
   * The item with this content key, created or given this text.
   *
   * @param key the item's content key, {@code ^[a-z][a-z0-9_]*$}, 1..64 characters
   * @param body 1..100000 characters, not blank
   * @return the batch entry, to refine with the other methods
   * @throws IllegalArgumentException when {@code key} is not of that form, or {@code body} is null,
   *     blank or too long
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
   * Sets the item's title.
   *
   * @param title at most 256 characters; empty is allowed
   * @return a copy of this value with the title
   * @throws IllegalArgumentException when {@code title} is null or too long
   */
  public BulkContentItem title(String title) {
    return new BulkContentItem(fields.with("title", ContentArguments.title(title)));
  }

  /**
   * The app's own data, served as a today item's {@code data}.
   *
   * @param metadata JSON-compatible values; it replaces what was there
   * @return a copy of this value with the metadata
   * @throws NullPointerException when {@code metadata} is null
   */
  public BulkContentItem metadata(Map<String, ?> metadata) {
    return new BulkContentItem(fields.with("metadata", ContentArguments.object(metadata, "metadata")));
  }

  /**
   * The item's tags, replacing any set before; as {@link #tags(Collection)}.
   *
   * @param tags at most 50 tags, each 1 to 64 characters
   * @return a copy of this value with the tags
   * @throws NullPointerException when {@code tags} or one of them is null
   * @throws IllegalArgumentException for more than 50 tags, or a blank or over-long one
   */
  public BulkContentItem tags(String... tags) {
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
