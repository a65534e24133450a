package dev.amba.segments;

import dev.amba.internal.segments.SegmentRuleArguments;
import java.util.List;
import java.util.Objects;

/**
 * A group of conditions and groups: all must hold ({@link SegmentOperator#AND}) or any
 * ({@link SegmentOperator#OR}). {@code AND} over nothing holds for everyone, {@code OR} over nothing
 * for no one. Groups nest at most {@value #MAX_DEPTH} deep (the top group is depth 1), with at most
 * {@value #MAX_CONDITIONS} conditions in a tree; both are checked when a segment is built.
 *
 * @param operator how the group combines its rules
 * @param conditions the group's conditions and nested groups, in order; immutable
 */
public record SegmentRules(SegmentOperator operator, List<SegmentRule> conditions) implements SegmentRule {

  /** The deepest a tree of groups may nest, the top group counting as 1. */
  public static final int MAX_DEPTH = 5;
  /** The most conditions a whole tree may hold. */
  public static final int MAX_CONDITIONS = 100;

  /**
   * Checks the operator and copies the rules, so the record is immutable.
   *
   * @param operator how the group combines its rules, not null
   * @param conditions the group's rules, not null and without null elements
   * @throws NullPointerException when {@code operator}, {@code conditions} or a rule is null
   */
  public SegmentRules {
    Objects.requireNonNull(operator, "operator");
    conditions = List.copyOf(Objects.requireNonNull(conditions, "conditions"));
  }

  /**
   * A group in which every rule must hold.
   *
   * @param rules the conditions and nested groups, none null; none holds for everyone
   * @return the {@link SegmentOperator#AND} group
   * @throws NullPointerException when {@code rules} or one of them is null
   */
  public static SegmentRules all(SegmentRule... rules) {
    return new SegmentRules(SegmentOperator.AND, List.of(SegmentRuleArguments.nodes(rules)));
  }

  /**
   * A group in which at least one rule must hold.
   *
   * @param rules the conditions and nested groups, none null; none holds for no one
   * @return the {@link SegmentOperator#OR} group
   * @throws NullPointerException when {@code rules} or one of them is null
   */
  public static SegmentRules any(SegmentRule... rules) {
    return new SegmentRules(SegmentOperator.OR, List.of(SegmentRuleArguments.nodes(rules)));
  }

  /**
   * How many groups deep the tree nests, counting this one.
   *
   * @return 1 for a group of conditions only, more for each level of nested groups
   */
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
