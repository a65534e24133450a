package dev.amba.testkit.internal.groups;

import static dev.amba.testkit.internal.groups.GroupTables.ADMIN;
import static dev.amba.testkit.internal.groups.GroupTables.GROUPS;
import static dev.amba.testkit.internal.groups.GroupTables.INVITE_BODY;
import static dev.amba.testkit.internal.groups.GroupTables.MEMBER;
import static dev.amba.testkit.internal.groups.GroupTables.MEMBERS;
import static dev.amba.testkit.internal.groups.GroupTables.OWNER;

import dev.amba.internal.endpoint.GroupEndpoints;
import dev.amba.testkit.internal.ApiException;
import dev.amba.testkit.internal.ApiRequest;
import dev.amba.testkit.internal.ApiResponse;
import dev.amba.testkit.internal.Caller;
import dev.amba.testkit.internal.FieldErrors;
import dev.amba.testkit.internal.JsonIo;
import dev.amba.testkit.internal.Params;
import dev.amba.testkit.internal.RouteModule;
import dev.amba.testkit.internal.RouteTable;
import dev.amba.testkit.internal.engagement.Memberships;
import dev.amba.testkit.internal.kit.Crud;
import dev.amba.testkit.internal.kit.Crud.DeleteAnswer;
import dev.amba.testkit.internal.kit.ProjectLocks;
import dev.amba.testkit.internal.kit.Resource;
import dev.amba.testkit.internal.kit.Resource.Scope;
import dev.amba.testkit.internal.kit.Resource.Values;
import dev.amba.testkit.internal.kit.Resource.Where;
import dev.amba.testkit.internal.kit.Row;
import dev.amba.testkit.internal.store.Stores;
import dev.amba.testkit.internal.store.UserRow;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Groups (amba-api-modules.md 23): groups and their settings on the kit, memberships hand-written
 * around 23.3's rules. Every write of a project's groups runs under the project's lock, so the one
 * owner, the member count and the capacity check hold however many users join at once. A private
 * group is as absent as a missing one to whoever is not in it, except where 23.1 names another
 * answer (join: 403 {@code group_private}; members: 403 {@code not_a_member}).
 *
 * <p>X decisions beyond 23.1/23.2: an outsider's PATCH, DELETE or invite of a public group is 403
 * {@code forbidden_role} (of a private one 404); an invite of a user the project does not have is
 * 404 {@code user_not_found}, as is an admin create's {@code owner_id}; leave of a group that does
 * not exist is 404 {@code not_found} (of one the caller is not in, {@code not_a_member}); an admin
 * PATCH that would take the owner's role away without naming a new owner is 400
 * {@code owner_required}; a membership change updates the group's {@code member_count} and so its
 * {@code updated_at}; metadata is an object of at most {@value GroupTables#MAX_METADATA}
 * characters as JSON; {@code getMine} lists in the order joined, search and the admin list by name,
 * members in the order they joined.
 */
public final class GroupRoutes implements RouteModule {

  private static final int SEARCH_PAGE = 20;
  private static final int PAGE = 50;
  private static final int MAX_PAGE = 100;

  private final Stores stores;
  private final Clock clock;
  private final ProjectLocks locks = new ProjectLocks();
  private final Crud groups;
  private final Crud members;

  public GroupRoutes(Stores stores, Clock clock) {
    this.stores = stores;
    this.clock = clock;
    this.groups = Crud.of(GROUPS, stores, clock).byIdOnly()
        .withRule(GroupRoutes::checkGroup)
        .withDeleteRule((c, row) -> MEMBERS.deleteWhere(c, row.projectId(), "group_id", UUID.fromString(row.id())));
    this.members = Crud.of(MEMBERS, stores, clock);
  }

  /** Who belongs to which group, for the group feed (24.1). */
  public Memberships memberships() {
    return (projectId, groupId) -> stores.db().read(c -> {
      Optional<Row> group = GROUPS.findById(c, Scope.project(projectId), groupId);
      if (group.isEmpty()) {
        return null;
      }
      Set<String> ids = new LinkedHashSet<>();
      membersOf(c, group.get()).forEach(m -> ids.add(m.string("app_user_id")));
      return ids;
    });
  }

  @Override
  public List<Resource> resources() {
    return List.of(GROUPS, MEMBERS);
  }

  @Override
  public void register(RouteTable routes) {
    routes.on(GroupEndpoints.CREATE, (request, caller) -> create(request, caller, caller.requireUser()));
    routes.on(GroupEndpoints.MINE, this::mine);
    routes.on(GroupEndpoints.SEARCH, this::search);
    routes.on(GroupEndpoints.JOIN, locks.serialized(this::join));
    routes.on(GroupEndpoints.LEAVE, locks.serialized(this::leave));
    routes.on(GroupEndpoints.MEMBERS, this::clientMembers);
    routes.on(GroupEndpoints.GET, this::get);
    routes.on(GroupEndpoints.UPDATE, locks.serialized((request, caller) -> {
      requireRole(request, caller, "only the group's owner and admins may change it", OWNER, ADMIN);
      return groups.update("groupId").handle(request, caller);
    }));
    routes.on(GroupEndpoints.DELETE, locks.serialized((request, caller) -> {
      requireRole(request, caller, "only the group's owner may delete it", OWNER);
      return groups.delete("groupId", DeleteAnswer.DELETED_MARKER, "id").handle(request, caller);
    }));
    routes.on(GroupEndpoints.INVITE, locks.serialized(this::invite));
    routes.on(GroupEndpoints.ADMIN_CREATE, this::adminCreate);
    routes.on(GroupEndpoints.ADMIN_LIST, groups.page(PAGE, MAX_PAGE));
    routes.on(GroupEndpoints.ADMIN_UPDATE, locks.serialized(groups.update("groupId")));
    routes.on(GroupEndpoints.ADMIN_DELETE, locks.serialized(groups.delete("groupId", DeleteAnswer.DELETED_MARKER, "id")));
    routes.on(GroupEndpoints.ADMIN_MEMBERS, (request, caller) -> memberPage(request, caller,
        stores.db().read(c -> groups.require(c, Scope.project(caller.projectId()), request.pathParam("groupId")))));
    routes.on(GroupEndpoints.ADMIN_MEMBER_UPDATE, locks.serialized(this::setRole));
    routes.on(GroupEndpoints.ADMIN_MEMBER_DELETE, locks.serialized(this::removeMember));
  }

  // ---------------------------------------------------------------- client (23.1)

  /** 201 with the group; its owner's membership is written in the same transaction. */
  private ApiResponse create(ApiRequest request, Caller caller, String ownerId) throws SQLException {
    return create(GROUPS.forCreate(request.jsonObject()), caller.projectId(), ownerId);
  }

  private ApiResponse create(Values values, String projectId, String ownerId) throws SQLException {
    Scope project = Scope.project(projectId);
    checkGroup(null, project, values, null);
    values.set("owner_id", Json.createValue(ownerId)).set("member_count", Json.createValue(0));
    Row group = stores.db().transaction(c -> addMember(c, GROUPS.insert(c, project, values, clock.instant()),
        ownerId, OWNER).group());
    return ApiResponse.created(GROUPS.json(group));
  }

  /** {@code [{role, groups: Group}]}, in the order joined. */
  private ApiResponse mine(ApiRequest request, Caller caller) throws SQLException {
    Scope project = Scope.project(caller.projectId());
    return ApiResponse.ok(stores.db().read(c -> {
      JsonArrayBuilder data = JsonIo.array();
      for (Row m : MEMBERS.listWhere(c, project, MEMBERS.where().eq("app_user_id", caller.requireUser()))) {
        Optional<Row> group = GROUPS.findById(c, project, m.string("group_id"));
        group.ifPresent(g -> data.add(JsonIo.object().add("role", m.string("role")).add("groups", GROUPS.json(g))));
      }
      return data.build();
    }));
  }

  /** Public groups whose name contains {@code q}, ignoring case and taking LIKE characters literally, by name. */
  private ApiResponse search(ApiRequest request, Caller caller) throws SQLException {
    String q = Params.optional(request, "q");
    if (q != null && q.length() > GroupTables.MAX_QUERY) {
      throw new FieldErrors("invalid_input").add("q", "must have at most " + GroupTables.MAX_QUERY + " characters")
          .toException();
    }
    Where where = GROUPS.where().eq("is_public", true);
    Where selected = q == null ? where : where.containsIgnoringCase("name", q);
    Scope project = Scope.project(caller.projectId());
    return groups.offsetList(request, SEARCH_PAGE, MAX_PAGE,
        (c, limit, offset) -> GROUPS.pageWhere(c, project, selected, limit, offset));
  }

  /**
   * 201 with the new membership; a member already gets its row with 200 before any other rule; a
   * private group is 403 {@code group_private}, a full one 409 {@code group_full}.
   */
  private ApiResponse join(ApiRequest request, Caller caller) throws SQLException {
    String me = caller.requireUser();
    Scope project = Scope.project(caller.projectId());
    Joined joined = stores.db().transaction(c -> {
      Row group = groups.require(c, project, request.pathParam("groupId"));
      Optional<Row> already = membership(c, group, me);
      if (already.isPresent()) {
        return new Joined(group, already.get(), false);
      }
      if (!group.bool("is_public")) {
        throw ApiException.forbidden("group_private", "the group is private: members join by invitation");
      }
      return addMember(c, group, me, MEMBER);
    });
    return joined.answer();
  }

  /** 400 {@code owner_cannot_leave} for the owner; 404 {@code not_a_member} for anyone not in it. */
  private ApiResponse leave(ApiRequest request, Caller caller) throws SQLException {
    String me = caller.requireUser();
    Scope project = Scope.project(caller.projectId());
    Row left = stores.db().transaction(c -> {
      Row group = groups.require(c, project, request.pathParam("groupId"));
      Row membership = membership(c, group, me)
          .orElseThrow(() -> ApiException.notFound("not_a_member", "the user is not a member of this group"));
      return removeMember(c, group, membership);
    });
    return ApiResponse.ok(JsonIo.object().add("id", left.id()).add("deleted", true).build());
  }

  /** A private group's members are for its members: 403 {@code not_a_member} to anyone else. */
  private ApiResponse clientMembers(ApiRequest request, Caller caller) throws SQLException {
    String me = caller.requireUser();
    Row group = stores.db().read(c -> {
      Row g = groups.require(c, Scope.project(caller.projectId()), request.pathParam("groupId"));
      if (!g.bool("is_public") && membership(c, g, me).isEmpty()) {
        throw ApiException.forbidden("not_a_member", "the group is private and the user is not a member");
      }
      return g;
    });
    return memberPage(request, caller, group);
  }

  private ApiResponse get(ApiRequest request, Caller caller) throws SQLException {
    return ApiResponse.ok(GROUPS.json(stores.db().read(c -> seen(c, request, caller).group())));
  }

  /**
   * 201 with the invited user's new membership (private groups too; capacity still holds), 200 with
   * the row of a member already; for the group's owner and admins.
   */
  private ApiResponse invite(ApiRequest request, Caller caller) throws SQLException {
    Row group = requireRole(request, caller, "only the group's owner and admins may invite", OWNER, ADMIN);
    Values body = INVITE_BODY.forCreate(request.jsonObject());
    String userId = ((JsonString) body.get("user_id")).getString();
    if (stores.users().findInProject(caller.projectId(), userId).isEmpty()) {
      throw ApiException.notFound("user_not_found", "no user with this id in the project");
    }
    Joined joined = stores.db().transaction(c -> {
      Optional<Row> already = membership(c, group, userId);
      return already.isPresent() ? new Joined(group, already.get(), false) : addMember(c, group, userId, MEMBER);
    });
    return joined.answer();
  }

  // ---------------------------------------------------------------- admin (23.2)

  /** The client body plus {@code owner_id}, a user of the project. */
  private ApiResponse adminCreate(ApiRequest request, Caller caller) throws SQLException {
    JsonObject body = request.jsonObject();
    JsonValue owner = body.get("owner_id");
    if (!(owner instanceof JsonString s) || s.getString().isEmpty() || s.getString().length() > 128) {
      throw new FieldErrors("invalid_input").add("owner_id", "is required: the id of a user of the project", "string",
          owner).toException();
    }
    Values values = GROUPS.forCreate(Json.createObjectBuilder(body).remove("owner_id").build());
    String ownerId = s.getString();
    if (stores.users().findInProject(caller.projectId(), ownerId).isEmpty()) {
      throw ApiException.notFound("user_not_found", "no user with this id in the project");
    }
    return create(values, caller.projectId(), ownerId);
  }

  /**
   * {@code {role}}: {@code owner} moves ownership, the old owner becoming an admin in the same step;
   * the owner's own row cannot be demoted (400 {@code owner_required}, X).
   */
  private ApiResponse setRole(ApiRequest request, Caller caller) throws SQLException {
    Values values = MEMBERS.forUpdate(request.jsonObject());
    String role = ((JsonString) values.get("role")).getString();
    Row changed = stores.db().transaction(c -> {
      Row group = groups.require(c, Scope.project(caller.projectId()), request.pathParam("groupId"));
      Row member = pathMember(c, group, request);
      String current = member.string("role");
      if (current.equals(role)) {
        return member;
      }
      if (current.equals(OWNER)) {
        throw ApiException.badRequest("owner_required", "a group keeps exactly one owner: make another member owner"
            + " instead, which makes this one an admin");
      }
      if (role.equals(OWNER)) {
        Row owner = membership(c, group, group.string("owner_id")).orElseThrow();
        MEMBERS.update(c, owner, MEMBERS.values().set("role", Json.createValue(ADMIN)), clock.instant());
        GROUPS.update(c, group, GROUPS.values().set("owner_id", Json.createValue(member.string("app_user_id"))),
            clock.instant());
      }
      return MEMBERS.update(c, member, values, clock.instant());
    });
    return ApiResponse.ok(MEMBERS.json(changed));
  }

  /** 400 {@code owner_cannot_leave} for the owner. */
  private ApiResponse removeMember(ApiRequest request, Caller caller) throws SQLException {
    Row removed = stores.db().transaction(c -> {
      Row group = groups.require(c, Scope.project(caller.projectId()), request.pathParam("groupId"));
      return removeMember(c, group, pathMember(c, group, request));
    });
    return ApiResponse.ok(JsonIo.object().add("id", removed.id()).add("deleted", true).build());
  }

  // ---------------------------------------------------------------- memberships

  /** What a join or an invite did: a new membership (201) or the one the user had (200). */
  private record Joined(Row group, Row membership, boolean added) {
    ApiResponse answer() {
      JsonObject json = MEMBERS.json(membership);
      return added ? ApiResponse.created(json) : ApiResponse.ok(json);
    }
  }

  /** Adds a member, 409 {@code group_full} at capacity, and counts it on the group. */
  private Joined addMember(Connection c, Row group, String userId, String role) throws SQLException {
    int count = group.integer("member_count");
    if (count >= group.integer("max_members")) {
      throw new ApiException(409, "group_full", "the group has " + count + " members, its most");
    }
    Values m = MEMBERS.values()
        .set("group_id", Json.createValue(group.id()))
        .set("app_user_id", Json.createValue(userId))
        .set("role", Json.createValue(role))
        .set("joined_at", Resource.stamp(clock.instant()));
    Row membership = MEMBERS.insert(c, Scope.project(group.projectId()), m, clock.instant());
    Row counted = GROUPS.update(c, group, GROUPS.values().set("member_count", Json.createValue(count + 1)),
        clock.instant());
    return new Joined(counted, membership, true);
  }

  /** Removes a member other than the owner (400 {@code owner_cannot_leave}) and counts it on the group. */
  private Row removeMember(Connection c, Row group, Row membership) throws SQLException {
    if (OWNER.equals(membership.string("role"))) {
      throw ApiException.badRequest("owner_cannot_leave", "the owner cannot leave the group; an admin of the project"
          + " may make another member owner first");
    }
    MEMBERS.delete(c, membership);
    GROUPS.update(c, group, GROUPS.values().set("member_count", Json.createValue(group.integer("member_count") - 1)),
        clock.instant());
    return membership;
  }

  private static Optional<Row> membership(Connection c, Row group, String userId) throws SQLException {
    return MEMBERS.listWhere(c, Scope.project(group.projectId()), MEMBERS.where()
        .eq("group_id", UUID.fromString(group.id())).eq("app_user_id", userId)).stream().findFirst();
  }

  private static List<Row> membersOf(Connection c, Row group) throws SQLException {
    return MEMBERS.listWhere(c, Scope.project(group.projectId()),
        MEMBERS.where().eq("group_id", UUID.fromString(group.id())));
  }

  /** The path's {@code memberId} (a user id) as a member of the path's group: another group's is 404 (23.3). */
  private static Row pathMember(Connection c, Row group, ApiRequest request) throws SQLException {
    return membership(c, group, request.pathParam("memberId")).orElseThrow(MEMBERS::notFound);
  }

  /** The group and the caller's membership (null for none), as the caller may see it: 404 for a private group's outsider. */
  private record Seen(Row group, Row membership) {}

  private Seen seen(Connection c, ApiRequest request, Caller caller) throws SQLException {
    Row group = groups.require(c, Scope.project(caller.projectId()), request.pathParam("groupId"));
    Row membership = membership(c, group, caller.requireUser()).orElse(null);
    if (membership == null && !group.bool("is_public")) {
      throw GROUPS.notFound();
    }
    return new Seen(group, membership);
  }

  /** The path's group, when the caller's role in it is one of {@code roles}; else 403 {@code forbidden_role}. */
  private Row requireRole(ApiRequest request, Caller caller, String why, String... roles) throws SQLException {
    Seen seen = stores.db().read(c -> seen(c, request, caller));
    if (seen.membership() == null || !List.of(roles).contains(seen.membership().string("role"))) {
      throw ApiException.forbidden("forbidden_role", why);
    }
    return seen.group();
  }

  /** GroupMemberView pages (23.3): each membership with {@code app_users {display_name, avatar_url}}. */
  private ApiResponse memberPage(ApiRequest request, Caller caller, Row group) throws SQLException {
    Scope project = Scope.project(caller.projectId());
    Where of = MEMBERS.where().eq("group_id", UUID.fromString(group.id()));
    return members.offsetList(request, PAGE, MAX_PAGE, (c, limit, offset) -> MEMBERS.pageWhere(c, project, of, limit,
        offset), (c, rows) -> {
          List<String> ids = new ArrayList<>();
          rows.forEach(r -> ids.add(r.string("app_user_id")));
          Map<String, UserRow> users = stores.users().inProject(c, caller.projectId(), ids);
          List<JsonObject> out = new ArrayList<>();
          for (Row r : rows) {
            UserRow u = users.get(r.string("app_user_id"));
            out.add(MEMBERS.jsonBuilder(r).add("app_users", JsonIo.object()
                .add("display_name", JsonIo.string(u == null ? null : u.displayName()))
                .add("avatar_url", JsonIo.string(u == null ? null : u.avatarUrl()))).build());
          }
          return out;
        });
  }

  /**
   * The group rules of a create or a PATCH: {@code metadata} an object of bounded size, and
   * {@code max_members} not below the members the group has (400 {@code invalid_input}).
   */
  private static void checkGroup(Connection c, Scope scope, Values values, Row current) {
    FieldErrors errors = new FieldErrors("invalid_input");
    JsonValue metadata = values.get("metadata");
    if (metadata != null) {
      if (metadata.getValueType() != JsonValue.ValueType.OBJECT) {
        errors.wrongType("metadata", "an object", metadata);
      } else if (JsonIo.write(metadata).length() > GroupTables.MAX_METADATA) {
        errors.add("metadata", "must be at most " + GroupTables.MAX_METADATA + " characters as JSON");
      }
    }
    JsonValue max = values.get("max_members");
    if (current != null && max instanceof JsonNumber n && n.intValue() < current.integer("member_count")) {
      errors.add("max_members", "must not be below the group's " + current.integer("member_count") + " members",
          "an integer from " + current.integer("member_count"), max);
    }
    errors.throwIfAny();
  }
}
