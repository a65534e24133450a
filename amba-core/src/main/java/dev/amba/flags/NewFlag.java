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

  /**
   * A disabled flag of this name, without variant, payload or description.
   *
   * @param name {@code ^[a-z][a-z0-9_]*$}, 1..64 characters, unique in the project
   * @return the flag to create
   * @throws IllegalArgumentException if {@code name} breaks that rule
   */
  public static NewFlag named(String name) {
    return new NewFlag(FieldMap.empty().with("name", ModuleNames.key(name, "name")));
  }

  /**
   * Turns the flag on or off.
   *
   * @param enabled true to switch the flag on for every user
   * @return a copy with the switch set
   */
  public NewFlag enabled(boolean enabled) {
    return new NewFlag(fields.with("enabled", enabled));
  }

  /**
   * A variant name, 1..128 characters.
   *
   * @param variant the variant's name, 1 to 128 characters, not blank
   * @return a copy with the variant set
   * @throws IllegalArgumentException if {@code variant} is null, blank, longer than 128 characters
   *     or holds an unpaired surrogate
   */
  public NewFlag variant(String variant) {
    return new NewFlag(fields.with("variant", TextArguments.require(variant, "variant", 1, 128)));
  }

  /**
   * Any JSON as Java values: a Map, List, String, Number or Boolean.
   *
   * @param payload the payload, nested freely; Map keys must be Strings; null for none
   * @return a copy with the payload set
   * @throws IllegalArgumentException if {@code payload} holds a value JSON cannot carry, naming
   *     where
   */
  public NewFlag payload(Object payload) {
    JsonValues.requireJson(payload, "payload");
    return new NewFlag(fields.with("payload", payload));
  }

  /**
   * A note for other admins, at most 1024 characters.
   *
   * @param description the note for other admins, at most 1024 characters, not null
   * @return a copy with the description set
   * @throws IllegalArgumentException if {@code description} is null, longer than 1024 characters
   *     or holds an unpaired surrogate
   */
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
