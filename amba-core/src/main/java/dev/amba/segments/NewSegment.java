package dev.amba.segments;

import dev.amba.internal.WireForms;
import dev.amba.internal.segments.SegmentRuleArguments;
import dev.amba.internal.util.FieldMap;
import dev.amba.internal.util.TextArguments;

/**
 * A segment to create. Immutable: each method returns a new value.
 *
 * <pre>{@code
 * amba.segments().create(NewSegment.of("Pro", SegmentRules.all(Condition.eq("properties.plan", "pro")))
 *     .description("Paying users"));
 * }</pre>
 */
public final class NewSegment {

  static {
    WireForms.register(NewSegment.class, v -> v.fields.asMap());
  }

  private final FieldMap fields;

  private NewSegment(FieldMap fields) {
    this.fields = fields;
  }

  /**
   * A segment with a name and rules, without a description.
   *
   * @param name 1..128 characters, not blank
   * @param rules the rule tree, at most {@value SegmentRules#MAX_DEPTH} groups deep
   * @return the segment, ready for {@link ProjectSegments#create}
   * @throws IllegalArgumentException when {@code name} breaks its rule, or the tree is too deep, has
   *     more than {@value SegmentRules#MAX_CONDITIONS} conditions or an operator this SDK does not know
   */
  public static NewSegment of(String name, SegmentRules rules) {
    return new NewSegment(FieldMap.empty().with("name", TextArguments.name(name))
        .with("rules", SegmentRuleArguments.toWire(rules, "rules")));
  }

  /**
   * Sets a note for admins.
   *
   * @param description at most 1024 characters, not null
   * @return a copy with the description set
   * @throws IllegalArgumentException when {@code description} is null or too long
   */
  public NewSegment description(String description) {
    return new NewSegment(fields.with("description", TextArguments.description(description)));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NewSegment other && other.fields.equals(fields);
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
