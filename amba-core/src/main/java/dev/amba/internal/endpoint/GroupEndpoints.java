package dev.amba.internal.endpoint;

import static dev.amba.internal.endpoint.Credential.ACTING_USER;
import static dev.amba.internal.endpoint.Credential.SERVER_KEY;
import static dev.amba.internal.endpoint.Declarations.ADMIN;
import static dev.amba.internal.endpoint.Declarations.CLIENT;
import static dev.amba.internal.endpoint.Retry.METHOD;
import static dev.amba.internal.endpoint.Retry.NEVER;

/**
 * Groups (amba-api-modules.md 23): groups with exactly one owner, admins and members, public or
 * private, bounded by {@code max_members}; users create, find, join and run them, admins of the
 * project also change roles (an owner's transfer). Creates are never retried blind: a repeated
 * create makes a second group.
 */
public final class GroupEndpoints {

  private GroupEndpoints() {}

  static final Declarations AREA = new Declarations();

  private static final String GROUPS = CLIENT + "/groups";
  private static final String GROUP = GROUPS + "/{groupId}";

  public static final Endpoint CREATE = AREA.declare("groups.create", "POST", GROUPS, ACTING_USER, NEVER, Shape.ITEM);
  public static final Endpoint MINE =
      AREA.declare("groups.mine", "GET", GROUPS + "/mine", ACTING_USER, METHOD, Shape.LIST);
  /** X: by name, then as created. */
  public static final Endpoint SEARCH =
      AREA.declare("groups.search", "GET", GROUPS + "/search", ACTING_USER, METHOD, Shape.OFFSET_LIST);
  /** X: 200 with the row for a member already, 403 {@code group_private}, 409 {@code group_full}. */
  public static final Endpoint JOIN =
      AREA.declare("groups.join", "POST", GROUP + "/join", ACTING_USER, NEVER, Shape.ITEM);
  /** X (codes): 400 {@code owner_cannot_leave}, 404 {@code not_a_member}; answers M2's delete marker. */
  public static final Endpoint LEAVE =
      AREA.declare("groups.leave", "POST", GROUP + "/leave", ACTING_USER, NEVER, Shape.ITEM);
  /** X (paging; 403 {@code not_a_member} for a private group's outsider). */
  public static final Endpoint MEMBERS =
      AREA.declare("groups.members", "GET", GROUP + "/members", ACTING_USER, METHOD, Shape.OFFSET_LIST);
  /** X (the 4.x core's {@code groups.get}): a private group answers 404 to an outsider. */
  public static final Endpoint GET = AREA.declare("groups.get", "GET", GROUP, ACTING_USER, METHOD, Shape.ITEM);
  /** X (4.x core): owner or admin; 403 {@code forbidden_role}. */
  public static final Endpoint UPDATE = AREA.declare("groups.update", "PATCH", GROUP, ACTING_USER, NEVER, Shape.ITEM);
  /** X (4.x core): owner only; 403 {@code forbidden_role}; answers M2's delete marker. */
  public static final Endpoint DELETE =
      AREA.declare("groups.delete", "DELETE", GROUP, ACTING_USER, METHOD, Shape.ITEM);
  /** X (4.x core): owner or admin; 201, or 200 for a member already; 409 {@code group_full}. */
  public static final Endpoint INVITE =
      AREA.declare("groups.invite", "POST", GROUP + "/invite", ACTING_USER, NEVER, Shape.ITEM);

  private static final String ADMIN_GROUPS = ADMIN + "/groups";
  private static final String ADMIN_GROUP = ADMIN_GROUPS + "/{groupId}";
  private static final String ADMIN_MEMBER = ADMIN_GROUP + "/members/{memberId}";

  public static final Endpoint ADMIN_CREATE =
      AREA.declare("admin.groups.create", "POST", ADMIN_GROUPS, SERVER_KEY, NEVER, Shape.ITEM);
  public static final Endpoint ADMIN_LIST =
      AREA.declare("admin.groups.list", "GET", ADMIN_GROUPS, SERVER_KEY, METHOD, Shape.OFFSET_LIST);
  public static final Endpoint ADMIN_UPDATE =
      AREA.declare("admin.groups.update", "PATCH", ADMIN_GROUP, SERVER_KEY, NEVER, Shape.ITEM);
  /** Answers M2's delete marker. */
  public static final Endpoint ADMIN_DELETE =
      AREA.declare("admin.groups.delete", "DELETE", ADMIN_GROUP, SERVER_KEY, METHOD, Shape.ITEM);
  public static final Endpoint ADMIN_MEMBERS = AREA.declare("admin.groups.members", "GET", ADMIN_GROUP + "/members",
      SERVER_KEY, METHOD, Shape.OFFSET_LIST);
  /** {@code memberId} is the member's user id. X: setting owner demotes the old owner to admin. */
  public static final Endpoint ADMIN_MEMBER_UPDATE =
      AREA.declare("admin.groups.members.update", "PATCH", ADMIN_MEMBER, SERVER_KEY, NEVER, Shape.ITEM);
  /** X: removing the owner is 400 {@code owner_cannot_leave}; answers M2's delete marker. */
  public static final Endpoint ADMIN_MEMBER_DELETE =
      AREA.declare("admin.groups.members.delete", "DELETE", ADMIN_MEMBER, SERVER_KEY, METHOD, Shape.ITEM);
}
