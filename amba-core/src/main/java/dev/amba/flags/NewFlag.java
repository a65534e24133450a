package dev.amba.flags;

import dev.amba.internal.WireForms;
import dev.amba.internal.util.FieldMap;
import dev.amba.internal.util.JsonValues;
import dev.amba.internal.util.ModuleNames;
import dev.amba.internal.util.TextArguments;

/** A flag to create: disabled, without variant or payload unless set. Immutable. */
public final class NewFlag {

  static {
    WireForms.register(NewFlag.class, v -> v.fields.asMap());
  }

  private final FieldMap fields;

  private NewFlag(FieldMap fields) {
    this.fields = fields;
  }

  /** @param name {@code ^[a-z][a-z0-9_]*$}, 1..64 characters, unique in the project */
  public static NewFlag named(String name) {
    return new NewFlag(FieldMap.empty().with("name", ModuleNames.key(name, "name")));
  }

  public NewFlag enabled(boolean enabled) {
    return new NewFlag(fields.with("enabled", enabled));
  }

  /** A variant name, 1..128 characters. */
  public NewFlag variant(String variant) {
    return new NewFlag(fields.with("variant", TextArguments.require(variant, "variant", 1, 128)));
  }

  /** Any JSON as Java values: a Map, List, String, Number or Boolean. */
  public NewFlag payload(Object payload) {
    JsonValues.requireJson(payload, "payload");
    return new NewFlag(fields.with("payload", payload));
  }

  /** At most 1024 characters. */
  public NewFlag description(String description) {
    return new NewFlag(fields.with("description", TextArguments.description(description)));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NewFlag other && other.fields.equals(fields);
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
