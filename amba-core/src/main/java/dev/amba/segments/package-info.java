/**
 * Segments: named groups of users defined by rules over their profile, properties and
 * entitlements, evaluated whenever they are used (amba-api-modules.md 36). Admin only, through
 * {@link dev.amba.AmbaClient#segments()}.
 *
 * <p>A segment scopes other features by its id: the admin user list
 * ({@code UserQuery.all().segmentId(id)}), event counts, stores seen only by members and push
 * campaigns sent only to members. Four system segments exist in every project (All Users,
 * Active (7d), Active (30d), New Users) and cannot be changed or deleted.
 *
 * <pre>{@code
 * Segment pro = amba.segments().create(NewSegment.of("Pro users",
 *     SegmentRules.all(Condition.eq("properties.plan", "pro"), Condition.within("last_seen_at", Duration.ofDays(30)))));
 * amba.users().list(UserQuery.all().segmentId(pro.id()));
 * }</pre>
 */
package dev.amba.segments;
