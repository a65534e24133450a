package dev.amba;

import dev.amba.events.UserEvents;
import dev.amba.users.CurrentUser;

/**
 * A handle acting for one end user, from {@link AmbaClient#asUser(String)}. Every call goes to the
 * client plane on the user's behalf: reads are limited to the user's rows, inserts are stamped with
 * the user, deletes touch only the user's rows. Immutable and thread-safe; it shares its client's
 * connections and is closed with it.
 */
public interface AmbaUser {

  /** The user id this handle acts for. */
  String uid();

  /** The user's own profile. */
  CurrentUser users();

  /** Analytics events recorded for this user. */
  UserEvents events();

  /** A view of this handle whose calls use the given options. */
  AmbaUser withOptions(RequestOptions options);
}
