/**
 * Roles and permissions: named roles that grant permission strings, given to users by admins, and
 * checks of what the acting user may do.
 *
 * <p>Admins define roles and assign them through {@link dev.amba.AmbaClient#roles()}; a user's side
 * reads the user's roles and checks permissions through {@link dev.amba.AmbaUser#roles()}. Matching is
 * exact and case-sensitive; there are no wildcards.
 *
 * <pre>{@code
 * Role mod = amba.roles().create(NewRole.of("moderator", "posts:delete", "users:mute"));
 * amba.roles().assign(uid, mod.id());
 * amba.asUser(uid).roles().hasPermission("posts:delete");   // true
 * }</pre>
 */
package dev.amba.roles;
