package dev.amba.segments;

import dev.amba.internal.segments.SegmentRuleArguments;
import java.util.List;
import java.util.Objects;

/**
 * A group of conditions and groups: all must hold ({@link SegmentOperator#AND}) or any
 * ({@link SegmentOperator#OR}). {@code AND} over nothing holds for everyone, {@code OR} over nothing
 * for no one. Groups nest at most {@value #MAX_DEPTH} deep (the top group is depth 1), with at most
 * {@value #MAX_CONDITIONS} conditions in a tree; both are checked when a segment is built.
 */
public record SegmentRules(SegmentOperator operator, List<SegmentRule> conditions) implements SegmentRule {

  public static final int MAX_DEPTH = 5;
  public static final int MAX_CONDITIONS = 100;

  public SegmentRules {
    Objects.requireNonNull(operator, "operator");
    conditions = List.copyOf(Objects.requireNonNull(conditions, "conditions"));
  }

  /** Every rule must hold. */
  public static SegmentRules all(SegmentRule... rules) {
    return new SegmentRules(SegmentOperator.AND, List.of(SegmentRuleArguments.nodes(rules)));
  }

  /** At least one rule must hold. */
  public static SegmentRules any(SegmentRule... rules) {
    return new SegmentRules(SegmentOperator.OR, List.of(SegmentRuleArguments.nodes(rules)));
  }

  /** Groups deep, counting this one. */
  public int depth() {
    int deepest = 0;
    for (SegmentRule r : conditions) {
      if (r instanceof SegmentRules group) {
        deepest = Math.max(deepest, group.depth());
      }
    }
    return 1 + deepest;
  }
}
