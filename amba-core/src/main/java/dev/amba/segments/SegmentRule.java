package dev.amba.segments;

/** One node of a segment's rule tree: a {@link Condition} or a group of nodes ({@link SegmentRules}). */
public sealed interface SegmentRule permits Condition, SegmentRules {}
