package dev.amba.segments;

import java.util.List;

/**
 * Admin: the project's segments, from {@code amba.segments()} (server key). Paths take a segment's
 * id. The members of a segment are listed by {@code amba.users().list(UserQuery.all().segmentId(id))}.
 *
 * <pre>{@code
 * Segment vip = amba.segments().create(NewSegment.of("VIP",
 *     SegmentRules.any(Condition.eq("properties.tier", "gold"), Condition.eq("entitlements.is_active", true))));
 * long members = amba.segments().evaluate(vip.id()).userCount();
 * }</pre>
 */
public interface ProjectSegments {

  /**
   * Adds a segment, counting its members at once.
   *
   * @param segment the name, rules and optional description
   * @return the segment as stored, with its id and member count
   * @throws dev.amba.AmbaBadRequestException ({@code invalid_segment_rules}) when the server refuses
   *     the rules; ({@code segment_rules_too_deep}) past {@value SegmentRules#MAX_DEPTH} groups,
   *     which the SDK refuses before sending
   */
  Segment create(NewSegment segment);

  /**
   * Every segment: the system segments first, then the project's in the order they were made.
   *
   * @return the segments, never empty (the system segments are always there)
   */
  List<Segment> list();

  /**
   * One segment by id.
   *
   * @param segmentId the segment's id
   * @return the segment as stored
   * @throws dev.amba.AmbaNotFoundException when the project has no segment with this id
   */
  Segment get(String segmentId);

  /**
   * Changes what {@code update} sets.
   *
   * @param segmentId the segment's id
   * @param update the changes; at least one
   * @return the segment with the changes, recounted when the rules changed
   * @throws IllegalArgumentException when {@code update} sets nothing, before anything is sent
   * @throws dev.amba.AmbaPermissionException ({@code system_segment}) for a system segment
   * @throws dev.amba.AmbaNotFoundException when the project has no segment with this id
   */
  Segment update(String segmentId, SegmentUpdate update);

  /**
   * Deletes the segment. What it scoped (a store, a campaign) is then seen by no one.
   *
   * @param segmentId the segment's id
   * @throws dev.amba.AmbaPermissionException ({@code system_segment}) for a system segment
   * @throws dev.amba.AmbaNotFoundException when the project has no segment with this id
   */
  void delete(String segmentId);

  /**
   * Recounts the segment's members now.
   *
   * @param segmentId the segment's id
   * @return the segment with a fresh {@code userCount} and {@code lastEvaluatedAt}
   * @throws dev.amba.AmbaNotFoundException when the project has no segment with this id
   */
  Segment evaluate(String segmentId);
}
