package dev.amba.segments;

import dev.amba.internal.WireForms;
import dev.amba.internal.segments.SegmentRuleArguments;
import dev.amba.internal.util.FieldMap;
import dev.amba.internal.util.TextArguments;

/**
 * The changes of {@link ProjectSegments#update}: only what is set is sent. New rules recount the
 * segment's {@code userCount} at once. Immutable: each method returns a new value.
 */
public final class SegmentUpdate {

  static {
    WireForms.register(SegmentUpdate.class, v -> v.fields.asMap());
  }

  private final FieldMap fields;

  private SegmentUpdate(FieldMap fields) {
    this.fields = fields;
  }

  /**
   * Changes nothing yet; an update that stays empty is refused before sending.
   *
   * @return an empty update to set changes on
   */
  public static SegmentUpdate create() {
    return new SegmentUpdate(FieldMap.empty());
  }

  /**
   * Renames the segment.
   *
   * @param name 1..128 characters, not blank
   * @return a copy with the name set
   * @throws IllegalArgumentException when {@code name} is null, blank or too long
   */
  public SegmentUpdate name(String name) {
    return new SegmentUpdate(fields.with("name", TextArguments.name(name)));
  }

  /**
   * Sets a new note for admins.
   *
   * @param description at most 1024 characters, not null
   * @return a copy with the description set
   * @throws IllegalArgumentException when {@code description} is null or too long
   */
  public SegmentUpdate description(String description) {
    return new SegmentUpdate(fields.with("description", TextArguments.description(description)));
  }

  /**
   * Removes the description.
   *
   * @return a copy that sends the description as null
   */
  public SegmentUpdate clearDescription() {
    return new SegmentUpdate(fields.with("description", null));
  }

  /**
   * Replaces the whole rule tree; the member count is recounted at once.
   *
   * @param rules the new tree, at most {@value SegmentRules#MAX_DEPTH} groups deep
   * @return a copy with the rules set
   * @throws IllegalArgumentException when the tree is too deep, has more than
   *     {@value SegmentRules#MAX_CONDITIONS} conditions or an operator this SDK does not know
   */
  public SegmentUpdate rules(SegmentRules rules) {
    return new SegmentUpdate(fields.with("rules", SegmentRuleArguments.toWire(rules, "rules")));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SegmentUpdate other && other.fields.equals(fields);
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
