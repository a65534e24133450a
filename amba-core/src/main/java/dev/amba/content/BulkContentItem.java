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
   * @param key the item's content key, {@code ^[a-z][a-z0-9_]*$}, 1..64 characters
   * @param body 1..100000 characters
   */
  public static BulkContentItem of(String key, String body) {
    return new BulkContentItem(FieldMap.empty().with("key", ModuleNames.key(key, "key"))
        .with("body", ContentArguments.body(body)));
  }

  /** The content key the item is upserted on. */
  public String key() {
    return (String) fields.get("key");
  }

  public BulkContentItem title(String title) {
    return new BulkContentItem(fields.with("title", ContentArguments.title(title)));
  }

  public BulkContentItem metadata(Map<String, ?> metadata) {
    return new BulkContentItem(fields.with("metadata", ContentArguments.object(metadata, "metadata")));
  }

  public BulkContentItem tags(String... tags) {
    return tags(List.of(tags));
  }

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
