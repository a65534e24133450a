package dev.amba.examples.webhook;

import java.util.LinkedHashMap;
import java.util.Map;

/** Helpers for the profile's free-form properties, which the API replaces as a whole. */
final class Profiles {

  private Profiles() {}

  static long number(Map<String, Object> properties, String key) {
    return properties.get(key) instanceof Number n ? n.longValue() : 0L;
  }

  /** The stored properties with the changes applied, since an update sends the whole object. */
  static Map<String, Object> merged(Map<String, Object> properties, Map<String, ?> changes) {
    Map<String, Object> next = new LinkedHashMap<>(properties);
    next.putAll(changes);
    return next;
  }
}
