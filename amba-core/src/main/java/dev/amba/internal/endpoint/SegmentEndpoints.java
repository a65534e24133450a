package dev.amba.internal.endpoint;

import static dev.amba.internal.endpoint.Credential.SERVER_KEY;
import static dev.amba.internal.endpoint.Declarations.ADMIN;
import static dev.amba.internal.endpoint.Retry.IDEMPOTENCY_ID;
import static dev.amba.internal.endpoint.Retry.METHOD;
import static dev.amba.internal.endpoint.Retry.NEVER;

/**
 * Segments (amba-api-modules.md 36), admin only: named rule trees over the user's row, the four
 * system segments beside them, and a refresh of a segment's {@code user_count}. The admin user list
 * filtered by a segment is {@link UserEndpoints#ADMIN_LIST} with {@code segment_id}. A repeated
 * create would add a second segment, so it is never retried blind; an evaluate only recounts, and
 * the SDK's own idempotency key makes it safe to repeat.
 */
public final class SegmentEndpoints {

  private SegmentEndpoints() {}

  static final Declarations AREA = new Declarations();

  private static final String SEGMENTS = ADMIN + "/segments";
  private static final String SEGMENT = SEGMENTS + "/{segmentId}";

  /**
   * X: {@code user_count} and {@code last_evaluated_at} are filled when the rules are set, so a new
   * segment answers its count at once; 400 {@code invalid_segment_rules} carries
   * {@code details.fields[]} naming the bad node ({@code rules.conditions[1].op}).
   */
  public static final Endpoint ADMIN_CREATE =
      AREA.declare("admin.segments.create", "POST", SEGMENTS, SERVER_KEY, NEVER, Shape.ITEM);
  /** System segments first, then the project's own in creation order (X). */
  public static final Endpoint ADMIN_LIST =
      AREA.declare("admin.segments.list", "GET", SEGMENTS, SERVER_KEY, METHOD, Shape.LIST);
  public static final Endpoint ADMIN_GET =
      AREA.declare("admin.segments.get", "GET", SEGMENT, SERVER_KEY, METHOD, Shape.ITEM);
  /** X: 403 {@code system_segment} for a system segment; new rules recount at once. */
  public static final Endpoint ADMIN_UPDATE =
      AREA.declare("admin.segments.update", "PATCH", SEGMENT, SERVER_KEY, NEVER, Shape.ITEM);
  /** X: 403 {@code system_segment}; answers M2's {@code {data: {id, deleted: true}}}. */
  public static final Endpoint ADMIN_DELETE =
      AREA.declare("admin.segments.delete", "DELETE", SEGMENT, SERVER_KEY, METHOD, Shape.ITEM);
  public static final Endpoint ADMIN_EVALUATE =
      AREA.declare("admin.segments.evaluate", "POST", SEGMENT + "/evaluate", SERVER_KEY, IDEMPOTENCY_ID, Shape.ITEM);
}
