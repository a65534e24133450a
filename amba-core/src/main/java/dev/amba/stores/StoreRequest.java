package dev.amba.stores;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the stores' request values share: the wire fields in the order they were set, each change a
 * new value of the concrete type, and value equality.
 */
abstract class StoreRequest<S extends StoreRequest<S>> {

  private final Map<String, Object> fields;

  StoreRequest(Map<String, Object> fields) {
    this.fields = Collections.unmodifiableMap(fields);
  }

  /** A new value of the concrete type holding {@code changed}. */
  abstract S make(Map<String, Object> changed);

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
    return o != null && o.getClass() == getClass() && ((StoreRequest<?>) o).fields.equals(fields);
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
