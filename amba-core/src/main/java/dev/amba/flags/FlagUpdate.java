package dev.amba.flags;

import dev.amba.internal.WireForms;
import dev.amba.internal.util.FieldMap;
import dev.amba.internal.util.JsonValues;
import dev.amba.internal.util.TextArguments;

/** The changes of {@link ProjectFlags#update}: only what is set is sent. Immutable. */
public final class FlagUpdate {

  static {
    WireForms.register(FlagUpdate.class, v -> v.fields.asMap());
  }

  private final FieldMap fields;

  private FlagUpdate(FieldMap fields) {
    this.fields = fields;
  }

  /** Changes nothing yet; an update that stays empty is refused before sending. */
  public static FlagUpdate create() {
    return new FlagUpdate(FieldMap.empty());
  }

  public FlagUpdate enabled(boolean enabled) {
    return new FlagUpdate(fields.with("enabled", enabled));
  }

  /** A variant name, 1..128 characters. */
  public FlagUpdate variant(String variant) {
    return new FlagUpdate(fields.with("variant", TextArguments.require(variant, "variant", 1, 128)));
  }

  public FlagUpdate clearVariant() {
    return new FlagUpdate(fields.with("variant", null));
  }

  /** Any JSON as Java values; null clears it. */
  public FlagUpdate payload(Object payload) {
    JsonValues.requireJson(payload, "payload");
    return new FlagUpdate(fields.with("payload", payload));
  }

  /** At most 1024 characters. */
  public FlagUpdate description(String description) {
    return new FlagUpdate(fields.with("description", TextArguments.description(description)));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FlagUpdate other && other.fields.equals(fields);
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
