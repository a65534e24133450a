/**
 * Groups: named sets of users with exactly one owner, admins and members, public (found by search,
 * joined by anyone) or private (joined by invitation, hidden from outsiders), bounded by a member
 * count (amba-api-modules.md 23).
 *
 * <p>A user's app creates, finds, joins and runs groups through {@link dev.amba.AmbaUser#groups()};
 * admins of the project manage every group, and set roles, through
 * {@link dev.amba.AmbaClient#groups()}. A group's feed ({@code dev.amba.feeds}) shows its members'
 * activity to its members.
 *
 * <pre>{@code
 * Group club = amba.asUser(ada).groups().create(NewGroup.named("Chess club").maxMembers(20));
 * amba.asUser(bob).groups().join(club.id());
 * amba.groups().setRole(club.id(), bob, GroupRole.OWNER);   // Ada becomes an admin
 * }</pre>
 */
package dev.amba.groups;
