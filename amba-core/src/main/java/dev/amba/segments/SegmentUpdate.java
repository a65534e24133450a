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

  /** Changes nothing yet; an update that stays empty is refused before sending. */
  public static SegmentUpdate create() {
    return new SegmentUpdate(FieldMap.empty());
  }

  /** 1..128 characters, not blank. */
  public SegmentUpdate name(String name) {
    return new SegmentUpdate(fields.with("name", TextArguments.name(name)));
  }

  /** At most 1024 characters. */
  public SegmentUpdate description(String description) {
    return new SegmentUpdate(fields.with("description", TextArguments.description(description)));
  }

  public SegmentUpdate clearDescription() {
    return new SegmentUpdate(fields.with("description", null));
  }

  /** Replaces the whole rule tree. */
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
