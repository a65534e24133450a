package dev.amba.stores;

import dev.amba.internal.stores.StoreArguments;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The settings a store's create and update share, each checked as it is set. Immutable: each
 * method returns a new value of the concrete type.
 */
abstract class StoreFields<S extends StoreFields<S>> {

  private final Map<String, Object> fields;

  StoreFields(Map<String, Object> fields) {
    this.fields = Collections.unmodifiableMap(fields);
  }

  abstract S make(Map<String, Object> changed);

  /** The name shown to users, 1..128 characters, not blank. */
  public S name(String name) {
    return with("name", StoreArguments.name(name));
  }

  /** A description shown to users, at most 1024 characters. */
  public S description(String description) {
    return with("description", StoreArguments.description(description));
  }

  /**
   * Shows the store only to the members of a segment (a UUID). The emulator has no segments yet and
   * answers 404 {@code segment_not_found} to any.
   */
  public S segmentId(String segmentId) {
    return with("segment_id", StoreArguments.segmentId(segmentId));
  }

  final S with(String name, Object value) {
    Map<String, Object> changed = new LinkedHashMap<>(fields);
    changed.put(name, value);
    return make(changed);
  }

  /** The wire body, in the order the fields were set. */
  final Map<String, Object> fields() {
    return fields;
  }

  @Override
  public boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && ((StoreFields<?>) o).fields.equals(fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + fields;
  }
}
