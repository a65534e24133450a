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

  /**
   * Changes nothing yet; an update that stays empty is refused before sending.
   *
   * @return an empty update
   */
  public static FlagUpdate create() {
    return new FlagUpdate(FieldMap.empty());
  }

  /**
   * Turns the flag on or off.
   *
   * @param enabled true to switch the flag on for every user
   * @return a copy with the switch set
   */
  public FlagUpdate enabled(boolean enabled) {
    return new FlagUpdate(fields.with("enabled", enabled));
  }

  /**
   * A variant name, 1..128 characters.
   *
   * @param variant the variant's name, 1 to 128 characters, not blank
   * @return a copy with the variant set
   * @throws IllegalArgumentException if {@code variant} is null, blank, longer than 128 characters
   *     or holds an unpaired surrogate
   */
  public FlagUpdate variant(String variant) {
    return new FlagUpdate(fields.with("variant", TextArguments.require(variant, "variant", 1, 128)));
  }

  /**
   * Removes the flag's variant.
   *
   * @return a copy that sets the variant to null
   */
  public FlagUpdate clearVariant() {
    return new FlagUpdate(fields.with("variant", null));
  }

  /**
   * Any JSON as Java values; null clears it.
   *
   * @param payload a Map with String keys, List, String, Number or Boolean, nested freely; or null
   *     to remove the payload
   * @return a copy with the payload set or cleared
   * @throws IllegalArgumentException if {@code payload} holds a value JSON cannot carry, naming
   *     where
   */
  public FlagUpdate payload(Object payload) {
    JsonValues.requireJson(payload, "payload");
    return new FlagUpdate(fields.with("payload", payload));
  }

  /**
   * A note for other admins, at most 1024 characters.
   *
   * @param description the note for other admins, at most 1024 characters, not null
   * @return a copy with the description set
   * @throws IllegalArgumentException if {@code description} is null, longer than 1024 characters
   *     or holds an unpaired surrogate
   */
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
