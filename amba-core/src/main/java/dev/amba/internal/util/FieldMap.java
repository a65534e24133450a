package dev.amba.internal.util;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The wire fields a public request value (a create or an update) holds: immutable, in the order
 * they were set, compared by content. Public values hold one by composition, not by inheritance,
 * so no type from this unexported package shows in their public signatures; each value's
 * {@code equals}, {@code hashCode} and {@code toString} delegate to it.
 *
 * <p>Values are checked by the caller before they are put here; this class only keeps them. A
 * {@code null} value is a wire {@code null} (a field cleared on purpose), never a field left out.
 */
public final class FieldMap {

  private static final FieldMap EMPTY = new FieldMap(Map.of());

  private final Map<String, Object> fields;

  private FieldMap(Map<String, Object> fields) {
    this.fields = fields;
  }

  /** No field set. */
  public static FieldMap empty() {
    return EMPTY;
  }

  /** A map holding {@code name = value} besides (or instead of) what this one holds. */
  public FieldMap with(String name, Object value) {
    Objects.requireNonNull(name, "name");
    Map<String, Object> changed = new LinkedHashMap<>(fields);
    changed.put(name, value);
    return new FieldMap(Collections.unmodifiableMap(changed));
  }

  /** A map without {@code name}. */
  public FieldMap without(String name) {
    if (!fields.containsKey(name)) {
      return this;
    }
    Map<String, Object> changed = new LinkedHashMap<>(fields);
    changed.remove(name);
    return new FieldMap(Collections.unmodifiableMap(changed));
  }

  /** The value set for {@code name}, or {@code null} when it was not set (or set to null). */
  public Object get(String name) {
    return fields.get(name);
  }

  public boolean has(String name) {
    return fields.containsKey(name);
  }

  public boolean isEmpty() {
    return fields.isEmpty();
  }

  /** The wire body: unmodifiable, in the order the fields were first set. */
  public Map<String, Object> asMap() {
    return fields;
  }

  /** {@code Owner{name=value, ...}}, for the owning value's {@code toString}. */
  public String describe(Object owner) {
    return owner.getClass().getSimpleName() + fields;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FieldMap && ((FieldMap) o).fields.equals(fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  @Override
  public String toString() {
    return fields.toString();
  }
}
