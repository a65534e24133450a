package dev.amba.content;

import dev.amba.internal.content.ContentArguments;
import dev.amba.internal.util.FieldMap;
import dev.amba.internal.util.ModuleNames;
import java.util.Collection;
import java.util.Map;

/**
 * The checked item fields a create ({@link NewContentItem}) and an update ({@link ContentItemUpdate})
 * share, each setter checking its value once for both.
 */
record ItemFields(FieldMap map) {

  ItemFields with(String name, Object value) {
    return new ItemFields(map.with(name, value));
  }

  ItemFields body(String body) {
    return with("body", ContentArguments.body(body));
  }

  ItemFields title(String title) {
    return with("title", ContentArguments.title(title));
  }

  ItemFields mediaUrl(String mediaUrl) {
    return with("media_url", ContentArguments.mediaUrl(mediaUrl));
  }

  ItemFields category(String category) {
    return with("category", ContentArguments.category(category));
  }

  ItemFields tags(Collection<String> tags) {
    return with("tags", ContentArguments.tags(tags));
  }

  ItemFields metadata(Map<String, ?> metadata) {
    return with("metadata", ContentArguments.object(metadata, "metadata"));
  }

  ItemFields contentKey(String contentKey) {
    return with("content_key", ModuleNames.key(contentKey, "contentKey"));
  }

  ItemFields version(int version) {
    return with("version", ContentArguments.version(version));
  }

  ItemFields rolloutPercent(int percent) {
    return with("rollout_percent", ContentArguments.rolloutPercent(percent));
  }
}
