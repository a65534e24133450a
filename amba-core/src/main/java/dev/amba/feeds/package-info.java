/**
 * Activity feeds: items the project's feed rules write for users' events, tracked or derived
 * (amba-api-modules.md 24), read by the user, by the user's friends, or by the members of a group
 * the user is in. A blocked pair never sees each other's items.
 *
 * <p>Admins define rules and moderate items through {@link dev.amba.AmbaClient#feeds()}; a user's
 * app reads its feeds through {@link dev.amba.AmbaUser#feeds()}.
 *
 * <pre>{@code
 * amba.feeds().createRule(NewFeedRule.of("achievement_unlocked", "unlocked_achievement"));
 * // ... the user unlocks an achievement ...
 * amba.asUser(friend).feeds().get().findFirst();   // the item, with the actor's name and avatar
 * }</pre>
 */
package dev.amba.feeds;
