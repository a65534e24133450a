package dev.amba.segments;

import java.time.Instant;

/**
 * A segment as stored.
 *
 * @param id the segment's id; paths take it
 * @param name the name admins see
 * @param description a note for admins, or null
 * @param rules the rule tree; a system segment's rules are the server's
 * @param isSystem one of the four segments every project has; those cannot be changed or deleted
 * @param userCount members when last evaluated ({@link ProjectSegments#evaluate} refreshes it);
 *     features scoped by the segment always read membership as it is at that moment
 * @param lastEvaluatedAt when {@code userCount} was counted, or null
 * @param createdAt when the segment was made, by the server's clock
 * @param updatedAt when it last changed, by the server's clock
 */
public record Segment(
    String id,
    String name,
    String description,
    SegmentRules rules,
    boolean isSystem,
    long userCount,
    Instant lastEvaluatedAt,
    Instant createdAt,
    Instant updatedAt) {}
