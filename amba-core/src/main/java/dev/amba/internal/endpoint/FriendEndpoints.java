package dev.amba.internal.endpoint;

import static dev.amba.internal.endpoint.Credential.ACTING_USER;
import static dev.amba.internal.endpoint.Credential.SERVER_KEY;
import static dev.amba.internal.endpoint.Declarations.ADMIN;
import static dev.amba.internal.endpoint.Declarations.CLIENT;
import static dev.amba.internal.endpoint.Retry.METHOD;
import static dev.amba.internal.endpoint.Retry.NEVER;

/**
 * Friends (amba-api-modules.md 22): one row per unordered pair of users, moved by its participants
 * through 22.4's state machine, and the admin view over all pairs. The POSTs are never retried
 * blind: a repeated request answers 409 {@code already_exists}, a repeated accept 404
 * {@code accept_failed}, in place of the first call's answer.
 */
public final class FriendEndpoints {

  private FriendEndpoints() {}

  static final Declarations AREA = new Declarations();

  private static final String FRIENDS = CLIENT + "/friends";
  private static final String FRIENDSHIP = FRIENDS + "/{friendshipId}";
  private static final String BY_USER = FRIENDS + "/by-user/{userId}";

  /** X: 404 {@code user_not_found} for an addressee the project does not have. */
  public static final Endpoint REQUEST =
      AREA.declare("friends.request", "POST", FRIENDS + "/request", ACTING_USER, NEVER, Shape.ITEM);
  public static final Endpoint ACCEPT =
      AREA.declare("friends.accept", "POST", FRIENDSHIP + "/accept", ACTING_USER, NEVER, Shape.ITEM);
  /** X: 404 {@code not_found}; answers M2's {@code {data: {id, deleted: true}}}. */
  public static final Endpoint REJECT =
      AREA.declare("friends.reject", "POST", FRIENDSHIP + "/reject", ACTING_USER, NEVER, Shape.ITEM);
  /** X: a pair blocked already answers its row unchanged, so the first blocker stays the only one who may unblock. */
  public static final Endpoint BLOCK =
      AREA.declare("friends.block", "POST", FRIENDSHIP + "/block", ACTING_USER, NEVER, Shape.ITEM);
  /** X: 403 {@code not_blocker}; a row that is not blocked answers 404 {@code not_found}. */
  public static final Endpoint UNBLOCK =
      AREA.declare("friends.unblock", "POST", FRIENDSHIP + "/unblock", ACTING_USER, NEVER, Shape.ITEM);
  public static final Endpoint LIST = AREA.declare("friends.list", "GET", FRIENDS, ACTING_USER, METHOD, Shape.LIST);
  /** X: {@code direction} (incoming, the default, or outgoing). */
  public static final Endpoint PENDING =
      AREA.declare("friends.pending", "GET", FRIENDS + "/pending", ACTING_USER, METHOD, Shape.LIST);
  /** X: also withdraws the caller's own pending request; 404 {@code not_found} otherwise. */
  public static final Endpoint REMOVE =
      AREA.declare("friends.remove", "DELETE", BY_USER, ACTING_USER, METHOD, Shape.ITEM);
  /** X (the 4.x core's {@code blockUser}): 201 when it makes the pair's row, 200 when it turns one blocked. */
  public static final Endpoint BLOCK_USER =
      AREA.declare("friends.block_user", "POST", BY_USER + "/block", ACTING_USER, NEVER, Shape.ITEM);

  public static final Endpoint ADMIN_STATS =
      AREA.declare("admin.friends.stats", "GET", ADMIN + "/friends/stats", SERVER_KEY, METHOD, Shape.ITEM);
  public static final Endpoint ADMIN_LIST =
      AREA.declare("admin.friends.list", "GET", ADMIN + "/friends", SERVER_KEY, METHOD, Shape.OFFSET_LIST);
  /** Idempotent: 200 with M2's delete marker also when the row is already gone. */
  public static final Endpoint ADMIN_DELETE = AREA.declare("admin.friends.delete", "DELETE",
      ADMIN + "/friends/{friendshipId}", SERVER_KEY, METHOD, Shape.ITEM);
}
