/**
 * Friends: one row per pair of users, moved only by its two participants through requests,
 * acceptance, rejection and blocks (amba-api-modules.md 22).
 *
 * <p>A user's app acts through {@link dev.amba.AmbaUser#friends()}; admins read and delete pairs
 * through {@link dev.amba.AmbaClient#friends()}. Friends see each other's activity feed items
 * ({@code dev.amba.feeds}); a blocked pair sees nothing of each other and cannot send requests.
 *
 * <pre>{@code
 * Friendship request = amba.asUser(ada).friends().sendRequest(bob);
 * amba.asUser(bob).friends().getPending();              // the request, with Ada's name
 * amba.asUser(bob).friends().accept(request.id());
 * amba.asUser(bob).friends().blockUser(ada);            // and Ada can no longer ask: 403 blocked
 * }</pre>
 */
package dev.amba.friends;
