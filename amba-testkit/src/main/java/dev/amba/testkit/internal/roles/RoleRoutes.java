package dev.amba.testkit.internal.roles;

import static dev.amba.testkit.internal.roles.RoleTables.ASSIGNMENTS;
import static dev.amba.testkit.internal.roles.RoleTables.PAIR_BODY;
import static dev.amba.testkit.internal.roles.RoleTables.ROLES;

import dev.amba.internal.endpoint.RoleEndpoints;
import dev.amba.testkit.internal.ApiException;
import dev.amba.testkit.internal.ApiRequest;
import dev.amba.testkit.internal.ApiResponse;
import dev.amba.testkit.internal.Caller;
import dev.amba.testkit.internal.FieldErrors;
import dev.amba.testkit.internal.JsonIo;
import dev.amba.testkit.internal.RouteModule;
import dev.amba.testkit.internal.RouteTable;
import dev.amba.testkit.internal.kit.Crud;
import dev.amba.testkit.internal.kit.KeyedLocks;
import dev.amba.testkit.internal.kit.Resource;
import dev.amba.testkit.internal.kit.Resource.Scope;
import dev.amba.testkit.internal.kit.Resource.Values;
import dev.amba.testkit.internal.kit.Row;
import dev.amba.testkit.internal.store.Database;
import dev.amba.testkit.internal.store.Stores;
import dev.amba.testkit.internal.store.UserRow;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
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
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Roles and permissions (amba-api-modules.md 32): roles and assignments declared on the kit, the
 * checks hand-written. Assign, revoke and a role's delete run under the role's lock, so no
 * assignment outlives its role and a user gets a role once however the assigns race.
 *
 * <p>X, beyond the protocol file: a role's permissions are kept distinct in the order given, at most
 * {@value #MAX_PERMISSIONS}, each 1..128 printable ASCII characters without spaces (not {@code .} or
 * {@code ..}); a check of a permission that breaks that rule is 400 {@code invalid_input}; assign and
 * revoke answer 404 {@code user_not_found} for a user the project does not have; a user's roles list
 * oldest assignment first; a check's {@code roles} are sorted.
 */
public final class RoleRoutes implements RouteModule {

  static final int MAX_PERMISSIONS = 100;
  static final Pattern PERMISSION = Pattern.compile("[!-~]{1,128}");
  private static final String ADMIN = "admin";

  private final Stores stores;
  private final Clock clock;
  private final Crud roles;
  private final KeyedLocks roleLocks = new KeyedLocks();

  public RoleRoutes(Stores stores, Clock clock) {
    this.stores = stores;
    this.clock = clock;
    this.roles = Crud.of(ROLES, stores, clock).byIdOnly()
        .withRule((c, scope, values, current) -> {
          if (values.has("permissions")) {
            values.set("permissions", permissions(values.get("permissions")));
          }
        });
  }

  @Override
  public List<Resource> resources() {
    return List.of(ROLES, ASSIGNMENTS);
  }

  @Override
  public void register(RouteTable routes) {
    routes.on(RoleEndpoints.MINE, this::mine);
    routes.on(RoleEndpoints.PERMISSIONS, this::permissionsOfUser);
    routes.on(RoleEndpoints.CHECK, this::check);
    routes.on(RoleEndpoints.ME, this::me);
    routes.on(RoleEndpoints.ADMIN_CREATE, roles.create());
    routes.on(RoleEndpoints.ADMIN_LIST, roles.list());
    routes.on(RoleEndpoints.ADMIN_UPDATE, roles.update("roleId"));
    routes.on(RoleEndpoints.ADMIN_DELETE, this::delete);
    routes.on(RoleEndpoints.ADMIN_ASSIGN, this::assign);
    routes.on(RoleEndpoints.ADMIN_REVOKE, this::revoke);
    routes.on(RoleEndpoints.ADMIN_USERS, this::users);
  }

  // ---------------------------------------------------------------- client (32.1)

  /** The user's assignments, each with its role as {@code roles}. */
  private ApiResponse mine(ApiRequest request, Caller caller) throws SQLException {
    Scope user = user(caller);
    return ApiResponse.ok(db().read(c -> {
      JsonArrayBuilder out = JsonIo.array();
      for (Held held : held(c, user)) {
        out.add(ASSIGNMENTS.jsonBuilder(held.assignment()).add("app_user_id", held.assignment().userId())
            .add("roles", JsonIo.object().add("id", held.role().id()).add("name", held.role().get("name"))
                .add("description", held.role().get("description"))
                .add("permissions", held.role().get("permissions"))));
      }
      return out.build();
    }));
  }

  private ApiResponse permissionsOfUser(ApiRequest request, Caller caller) throws SQLException {
    Scope user = user(caller);
    return ApiResponse.ok(JsonIo.object().add("permissions", array(db().read(c -> union(held(c, user))))).build());
  }

  /** 32.3: exact, case-sensitive equality, no wildcards. */
  private ApiResponse check(ApiRequest request, Caller caller) throws SQLException {
    String permission = request.pathParam("permission");
    if (!validPermission(permission)) {
      throw new FieldErrors("invalid_input").add("permission",
          "must be 1 to 128 printable characters without spaces").toException();
    }
    Scope user = user(caller);
    Set<String> granting = new TreeSet<>();
    for (Held held : db().read(c -> held(c, user))) {
      if (strings(held.role().get("permissions")).contains(permission)) {
        granting.add(held.role().string("name"));
      }
    }
    return ApiResponse.ok(JsonIo.object().add("has_permission", !granting.isEmpty()).add("permission", permission)
        .add("roles", array(granting)).build());
  }

  /** X (32.1 Alternatives): {@code {roles: [Role], permissions}}. */
  private ApiResponse me(ApiRequest request, Caller caller) throws SQLException {
    Scope user = user(caller);
    return ApiResponse.ok(db().read(c -> {
      List<Held> all = held(c, user);
      JsonArrayBuilder out = JsonIo.array();
      all.forEach(h -> out.add(ROLES.json(h.role())));
      return JsonIo.object().add("roles", out).add("permissions", array(union(all))).build();
    }));
  }

  // ---------------------------------------------------------------- admin (32.2)

  /** 201 with a new assignment; 200 with the one the user has already. */
  private ApiResponse assign(ApiRequest request, Caller caller) throws SQLException {
    Values body = PAIR_BODY.forCreate(request.jsonObject());
    String userId = ((JsonString) body.get("app_user_id")).getString();
    String roleId = ((JsonString) body.get("role_id")).getString();
    requireUser(caller, userId);
    Scope project = Scope.project(caller.projectId());
    Scope user = Scope.user(caller.projectId(), userId);
    boolean[] made = new boolean[1];
    Row row = roleLocks.transaction(db(), c -> {
      Row role = ROLES.requireById(c, project, roleId);
      Optional<Row> existing = assignment(c, user, role.id());
      if (existing.isPresent()) {
        return existing.get();
      }
      made[0] = true;
      return ASSIGNMENTS.insert(c, user, ASSIGNMENTS.values().set("role_id", Json.createValue(role.id()))
          .set("assigned_at", Resource.stamp(clock.instant())).set("assigned_by", Json.createValue(ADMIN)),
          clock.instant());
    }, caller.projectId(), roleId);
    JsonObject json = assignmentJson(row);
    return made[0] ? ApiResponse.created(json) : ApiResponse.ok(json);
  }

  private ApiResponse revoke(ApiRequest request, Caller caller) throws SQLException {
    Values body = PAIR_BODY.forCreate(request.jsonObject());
    String userId = ((JsonString) body.get("app_user_id")).getString();
    String roleId = ((JsonString) body.get("role_id")).getString();
    requireUser(caller, userId);
    Scope user = Scope.user(caller.projectId(), userId);
    Row removed = roleLocks.transaction(db(), c -> {
      Row row = assignment(c, user, roleId).orElseThrow(ASSIGNMENTS::notFound);
      ASSIGNMENTS.delete(c, row);
      return row;
    }, caller.projectId(), roleId);
    return ApiResponse.ok(JsonIo.object().add("id", removed.id()).add("deleted", true).build());
  }

  /** The role and every assignment of it, under its lock (32.2). */
  private ApiResponse delete(ApiRequest request, Caller caller) throws SQLException {
    Scope project = Scope.project(caller.projectId());
    String roleId = request.pathParam("roleId");
    Row removed = roleLocks.transaction(db(), c -> {
      Row role = ROLES.requireById(c, project, roleId);
      ASSIGNMENTS.deleteWhere(c, caller.projectId(), "role_id", UUID.fromString(role.id()));
      ROLES.delete(c, role);
      return role;
    }, caller.projectId(), roleId);
    return ApiResponse.ok(JsonIo.object().add("id", removed.id()).add("deleted", true).build());
  }

  /** The role's assignments, oldest first, each with {@code app_users: {id, display_name}}. */
  private ApiResponse users(ApiRequest request, Caller caller) throws SQLException {
    String projectId = caller.projectId();
    return ApiResponse.ok(db().read(c -> {
      Row role = ROLES.requireById(c, Scope.project(projectId), request.pathParam("roleId"));
      List<Row> rows = ASSIGNMENTS.listAcrossOwners(c, projectId, "role_id", UUID.fromString(role.id()));
      List<String> ids = rows.stream().map(Row::userId).toList();
      Map<String, UserRow> users = stores.users().inProject(c, projectId, ids);
      JsonArrayBuilder out = JsonIo.array();
      for (Row row : rows) {
        UserRow u = users.get(row.userId());
        out.add(ASSIGNMENTS.jsonBuilder(row).add("app_user_id", row.userId()).add("app_users", JsonIo.object()
            .add("id", row.userId()).add("display_name", JsonIo.string(u == null ? null : u.displayName()))));
      }
      return out.build();
    }));
  }

  // ---------------------------------------------------------------- rules

  private record Held(Row assignment, Row role) {}

  /** The user's assignments with their roles, oldest first. */
  private static List<Held> held(Connection c, Scope user) throws SQLException {
    Scope project = Scope.project(user.projectId());
    List<Held> out = new ArrayList<>();
    for (Row a : ASSIGNMENTS.list(c, user)) {
      ROLES.findById(c, project, a.string("role_id")).ifPresent(role -> out.add(new Held(a, role)));
    }
    return out;
  }

  /** Every permission of the roles, sorted, each once. */
  private static Set<String> union(List<Held> held) {
    Set<String> all = new TreeSet<>();
    held.forEach(h -> all.addAll(strings(h.role().get("permissions"))));
    return all;
  }

  private static Optional<Row> assignment(Connection c, Scope user, String roleId) throws SQLException {
    return ASSIGNMENTS.listWhere(c, user, "role_id", UUID.fromString(roleId)).stream().findFirst();
  }

  private JsonObject assignmentJson(Row row) {
    return ASSIGNMENTS.jsonBuilder(row).add("app_user_id", row.userId()).build();
  }

  private void requireUser(Caller caller, String userId) throws SQLException {
    stores.users().findInProject(caller.projectId(), userId)
        .orElseThrow(() -> ApiException.notFound("user_not_found", "no user with this id in the project"));
  }

  /** A role's permissions: an array of at most {@value #MAX_PERMISSIONS} valid strings, made distinct. */
  static JsonArray permissions(JsonValue given) {
    FieldErrors errors = new FieldErrors("invalid_input");
    if (!(given instanceof JsonArray list) || list.size() > MAX_PERMISSIONS) {
      throw errors.add("permissions", "must be an array of at most " + MAX_PERMISSIONS + " strings").toException();
    }
    Set<String> distinct = new LinkedHashSet<>();
    for (int i = 0; i < list.size(); i++) {
      if (!(list.get(i) instanceof JsonString s) || !validPermission(s.getString())) {
        errors.add("permissions[" + i + "]", "must be 1 to 128 printable characters without spaces");
      } else {
        distinct.add(s.getString());
      }
    }
    errors.throwIfAny();
    return array(distinct);
  }

  private static boolean validPermission(String p) {
    return PERMISSION.matcher(p).matches() && !p.equals(".") && !p.equals("..");
  }

  private static List<String> strings(JsonValue array) {
    List<String> out = new ArrayList<>();
    array.asJsonArray().forEach(v -> out.add(((JsonString) v).getString()));
    return out;
  }

  private static JsonArray array(Iterable<String> values) {
    JsonArrayBuilder out = JsonIo.array();
    values.forEach(out::add);
    return out.build();
  }

  private static Scope user(Caller caller) {
    return Scope.user(caller.projectId(), caller.requireUser());
  }

  private Database db() {
    return stores.db();
  }
}
