package dev.amba.testkit.internal.friends;

import static dev.amba.testkit.internal.friends.FriendTables.ACCEPTED;
import static dev.amba.testkit.internal.friends.FriendTables.BLOCKED;
import static dev.amba.testkit.internal.friends.FriendTables.PAIRS;
import static dev.amba.testkit.internal.friends.FriendTables.PENDING;
import static dev.amba.testkit.internal.friends.FriendTables.REQUEST_BODY;

import dev.amba.internal.endpoint.FriendEndpoints;
import dev.amba.testkit.internal.ApiException;
import dev.amba.testkit.internal.ApiRequest;
import dev.amba.testkit.internal.ApiResponse;
import dev.amba.testkit.internal.Caller;
import dev.amba.testkit.internal.FieldErrors;
import dev.amba.testkit.internal.JsonIo;
import dev.amba.testkit.internal.Params;
import dev.amba.testkit.internal.RouteModule;
import dev.amba.testkit.internal.RouteTable;
import dev.amba.testkit.internal.engagement.Relationships;
import dev.amba.testkit.internal.kit.Crud;
import dev.amba.testkit.internal.kit.KeyedLocks;
import dev.amba.testkit.internal.kit.Resource;
import dev.amba.testkit.internal.kit.Resource.Scope;
import dev.amba.testkit.internal.kit.Resource.Values;
import dev.amba.testkit.internal.kit.Resource.Where;
import dev.amba.testkit.internal.kit.Row;
import dev.amba.testkit.internal.store.Stores;
import dev.amba.testkit.internal.store.UserRow;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Friends (amba-api-modules.md 22): 22.4's state machine over one row per unordered pair. Every
 * change of a pair runs under that pair's lock, re-reading the row inside the lock's transaction,
 * so two participants acting at once (an accept beside a block, two crossed requests) move it one
 * step at a time; a refused step throws before anything is written. A user sees and moves only the
 * rows it is in: another pair's id answers 404 as a missing one (M1).
 *
 * <p>X decisions beyond 22.1: a request or a block of oneself is 400 {@code invalid_request}; a
 * block of a pair blocked already answers its row unchanged (the first blocker stays the only one
 * who may unblock, and the other learns nothing it could not learn from a 403 {@code blocked}); an
 * unblock of a row that is not blocked is 404 {@code not_found}; {@code DELETE by-user} of a
 * request addressed to the caller is 404 (reject answers it); the by-user block answers 201 when it
 * makes the pair's row and 200 when it turns one blocked. Lists go oldest first.
 */
public final class FriendRoutes implements RouteModule {

  private static final int PAGE = 50;
  private static final int MAX_PAGE = 100;

  private final Stores stores;
  private final Clock clock;
  private final KeyedLocks locks = new KeyedLocks();
  private final FriendGraph graph;
  private final Crud pairs;

  public FriendRoutes(Stores stores, Clock clock) {
    this.stores = stores;
    this.clock = clock;
    this.graph = new FriendGraph(stores);
    this.pairs = Crud.of(PAIRS, stores, clock);
  }

  /** Who is friends with or blocked by whom, for the feeds and messaging modules. */
  public Relationships relationships() {
    return graph;
  }

  @Override
  public List<Resource> resources() {
    return List.of(PAIRS);
  }

  @Override
  public void register(RouteTable routes) {
    routes.on(FriendEndpoints.REQUEST, this::request);
    routes.on(FriendEndpoints.ACCEPT, this::accept);
    routes.on(FriendEndpoints.REJECT, this::reject);
    routes.on(FriendEndpoints.BLOCK, this::block);
    routes.on(FriendEndpoints.UNBLOCK, this::unblock);
    routes.on(FriendEndpoints.LIST, (request, caller) -> views(caller, ACCEPTED, null));
    routes.on(FriendEndpoints.PENDING, this::pending);
    routes.on(FriendEndpoints.REMOVE, this::remove);
    routes.on(FriendEndpoints.BLOCK_USER, this::blockUser);
    routes.on(FriendEndpoints.ADMIN_STATS, this::stats);
    routes.on(FriendEndpoints.ADMIN_LIST, this::adminList);
    routes.on(FriendEndpoints.ADMIN_DELETE, this::adminDelete);
  }

  // ---------------------------------------------------------------- 22.4 transitions

  /** none → pending; 403 {@code blocked} for a blocked pair, 409 {@code already_exists} for any other row. */
  private ApiResponse request(ApiRequest request, Caller caller) throws SQLException {
    Values body = REQUEST_BODY.forCreate(request.jsonObject());
    String me = caller.requireUser();
    String other = ((JsonString) body.get("addressee_id")).getString();
    if (other.equals(me)) {
      throw ApiException.badRequest("invalid_request", "a user cannot send a friend request to itself");
    }
    requireUser(caller.projectId(), other);
    Row row = onPair(caller.projectId(), me, other, c -> {
      Optional<Row> existing = FriendGraph.ofPair(c, caller.projectId(), me, other);
      if (existing.isPresent()) {
        throw BLOCKED.equals(existing.get().string("status"))
            ? ApiException.forbidden("blocked", "one of the two users blocked the other")
            : new ApiException(409, "already_exists", "the two users already have a pending or accepted friendship");
      }
      return insert(c, caller.projectId(), me, other, PENDING);
    });
    return ApiResponse.created(PAIRS.json(row));
  }

  /** pending → accepted, by the addressee only; 404 {@code accept_failed} otherwise. */
  private ApiResponse accept(ApiRequest request, Caller caller) throws SQLException {
    ApiException refused = ApiException.notFound("accept_failed", "no pending request with this id addressed to the user");
    Row row = onRow(request, caller, refused,
        (c, current, me) -> change(c, pendingTo(current, me, refused), ACCEPTED, null));
    return ApiResponse.ok(PAIRS.json(row));
  }

  /** pending → none, by the addressee only (the same rule as accept). */
  private ApiResponse reject(ApiRequest request, Caller caller) throws SQLException {
    ApiException refused = ApiException.notFound("not_found", "no pending request with this id addressed to the user");
    Row row = onRow(request, caller, refused, (c, current, me) -> {
      PAIRS.delete(c, pendingTo(current, me, refused));
      return current;
    });
    return deleted(row);
  }

  /** pending or accepted → blocked by the caller; a blocked pair stays as it is (X). */
  private ApiResponse block(ApiRequest request, Caller caller) throws SQLException {
    Row row = onRow(request, caller, PAIRS.notFound(), (c, current, me) -> blockBy(c, current, me));
    return ApiResponse.ok(PAIRS.json(row));
  }

  /** blocked → none, by the blocker only: 403 {@code not_blocker}; a row not blocked is 404 (X). */
  private ApiResponse unblock(ApiRequest request, Caller caller) throws SQLException {
    Row row = onRow(request, caller, PAIRS.notFound(), (c, current, me) -> {
      if (!BLOCKED.equals(current.string("status"))) {
        throw ApiException.notFound("not_found", "the friendship is not blocked");
      }
      if (!me.equals(current.string("blocked_by"))) {
        throw ApiException.forbidden("not_blocker", "only the user who blocked may unblock");
      }
      PAIRS.delete(c, current);
      return current;
    });
    return deleted(row);
  }

  /** accepted → none by either; pending → none by its requester only; anything else 404. */
  private ApiResponse remove(ApiRequest request, Caller caller) throws SQLException {
    String me = caller.requireUser();
    String other = request.pathParam("userId");
    ApiException none = ApiException.notFound("not_found", "no friendship or outgoing request with this user");
    if (other.equals(me)) {
      throw none;
    }
    Row row = onPair(caller.projectId(), me, other, c -> {
      Row current = FriendGraph.ofPair(c, caller.projectId(), me, other).orElseThrow(() -> none);
      String status = current.string("status");
      boolean mine = ACCEPTED.equals(status) || PENDING.equals(status) && current.string("requester_id").equals(me);
      if (!mine) {
        throw none;
      }
      PAIRS.delete(c, current);
      return current;
    });
    return deleted(row);
  }

  /** none → blocked (201), pending or accepted → blocked (200), blocked stays (200). */
  private ApiResponse blockUser(ApiRequest request, Caller caller) throws SQLException {
    String me = caller.requireUser();
    String other = request.pathParam("userId");
    if (other.equals(me)) {
      throw ApiException.badRequest("invalid_request", "a user cannot block itself");
    }
    requireUser(caller.projectId(), other);
    boolean[] made = new boolean[1];
    Row row = onPair(caller.projectId(), me, other, c -> {
      Optional<Row> current = FriendGraph.ofPair(c, caller.projectId(), me, other);
      if (current.isPresent()) {
        return blockBy(c, current.get(), me);
      }
      made[0] = true;
      return insert(c, caller.projectId(), me, other, BLOCKED);
    });
    return made[0] ? ApiResponse.created(PAIRS.json(row)) : ApiResponse.ok(PAIRS.json(row));
  }

  /** The row, when it is a pending request addressed to {@code me}: what accept and reject both need. */
  private static Row pendingTo(Row current, String me, ApiException refused) {
    if (!PENDING.equals(current.string("status")) || !current.string("addressee_id").equals(me)) {
      throw refused;
    }
    return current;
  }

  private Row blockBy(Connection c, Row current, String me) throws SQLException {
    return BLOCKED.equals(current.string("status")) ? current : change(c, current, BLOCKED, me);
  }

  // ---------------------------------------------------------------- client lists (22.1)

  private ApiResponse pending(ApiRequest request, Caller caller) throws SQLException {
    String direction = request.query("direction");
    if (direction != null && !direction.equals("incoming") && !direction.equals("outgoing")) {
      throw new FieldErrors("invalid_input").add("direction", "must be incoming or outgoing").toException();
    }
    return views(caller, PENDING, "outgoing".equals(direction) ? "requester_id" : "addressee_id");
  }

  /** The caller's rows in one status, as FriendshipViews; {@code side} the field the caller must be in, or null for either. */
  private ApiResponse views(Caller caller, String status, String side) throws SQLException {
    String me = caller.requireUser();
    Where where = PAIRS.where().eq("status", status);
    where = side == null ? where.eitherEq("requester_id", "addressee_id", me) : where.eq(side, me);
    Where selected = where;
    List<JsonObject> views = stores.db().read(c -> views(c, caller.projectId(),
        PAIRS.listWhere(c, Scope.project(caller.projectId()), selected)));
    JsonArrayBuilder data = JsonIo.array();
    views.forEach(data::add);
    return ApiResponse.ok(data.build());
  }

  /** FriendshipView (22.3): the row with {@code requester} and {@code addressee} as {@code {id, display_name, avatar_url}}. */
  private List<JsonObject> views(Connection c, String projectId, List<Row> rows) throws SQLException {
    List<String> ids = new ArrayList<>();
    rows.forEach(r -> {
      ids.add(r.string("requester_id"));
      ids.add(r.string("addressee_id"));
    });
    Map<String, UserRow> users = stores.users().inProject(c, projectId, ids);
    List<JsonObject> out = new ArrayList<>(rows.size());
    for (Row r : rows) {
      out.add(PAIRS.jsonBuilder(r)
          .add("requester", summary(r.string("requester_id"), users))
          .add("addressee", summary(r.string("addressee_id"), users))
          .build());
    }
    return out;
  }

  private static JsonObject summary(String id, Map<String, UserRow> users) {
    UserRow u = users.get(id);
    return JsonIo.object().add("id", id)
        .add("display_name", JsonIo.string(u == null ? null : u.displayName()))
        .add("avatar_url", JsonIo.string(u == null ? null : u.avatarUrl())).build();
  }

  // ---------------------------------------------------------------- admin (22.2)

  private ApiResponse stats(ApiRequest request, Caller caller) throws SQLException {
    Map<String, Long> counts = new LinkedHashMap<>(Map.of(PENDING, 0L, ACCEPTED, 0L, BLOCKED, 0L));
    long total = 0;
    for (Row r : stores.db().read(c -> PAIRS.list(c, Scope.project(caller.projectId())))) {
      counts.merge(r.string("status"), 1L, Long::sum);
      total++;
    }
    return ApiResponse.ok(JsonIo.object()
        .add("total_friendships", total)
        .add("pending_requests", counts.get(PENDING))
        .add("accepted_friendships", counts.get(ACCEPTED))
        .add("blocked_count", counts.get(BLOCKED))
        .build());
  }

  /** Every pair, oldest first, optionally of one status and one user (on either side). */
  private ApiResponse adminList(ApiRequest request, Caller caller) throws SQLException {
    String status = Params.optional(request, "status");
    String userId = Params.optional(request, "user_id");
    FieldErrors errors = new FieldErrors("invalid_input");
    if (status != null && !Set.of(PENDING, ACCEPTED, BLOCKED).contains(status)) {
      errors.add("status", "must be pending, accepted or blocked");
    }
    if (userId != null && userId.length() > 128) {
      errors.add("user_id", "must have at most 128 characters");
    }
    errors.throwIfAny();
    Where where = PAIRS.where();
    where = status == null ? where : where.eq("status", status);
    where = userId == null ? where : where.eitherEq("requester_id", "addressee_id", userId);
    Where selected = where;
    Scope project = Scope.project(caller.projectId());
    return pairs.offsetList(request, PAGE, MAX_PAGE,
        (c, limit, offset) -> PAIRS.pageWhere(c, project, selected, limit, offset),
        (c, rows) -> views(c, caller.projectId(), rows));
  }

  /** Idempotent (22.2): 200 with the marker whether or not the row was there. */
  private ApiResponse adminDelete(ApiRequest request, Caller caller) throws SQLException {
    String id = request.pathParam("friendshipId");
    Scope project = Scope.project(caller.projectId());
    Optional<Row> found = stores.db().read(c -> PAIRS.findById(c, project, id));
    if (found.isPresent()) {
      Row row = found.get();
      String[] users = row.string("pair").split(" ");
      onPair(caller.projectId(), users[0], users[1], c -> {
        Optional<Row> current = PAIRS.findById(c, project, id);
        if (current.isPresent()) {
          PAIRS.delete(c, current.get());
        }
        return row;
      });
    }
    return ApiResponse.ok(JsonIo.object().add("id", id).add("deleted", true).build());
  }

  // ---------------------------------------------------------------- rows under the pair's lock

  @FunctionalInterface
  private interface PairWork {
    Row apply(Connection c) throws SQLException;
  }

  @FunctionalInterface
  private interface RowWork {
    Row apply(Connection c, Row current, String me) throws SQLException;
  }

  /** Runs {@code work} in one transaction while holding the lock of the pair of {@code a} and {@code b}. */
  private Row onPair(String projectId, String a, String b, PairWork work) throws SQLException {
    return locks.transaction(stores.db(), work::apply, projectId, FriendTables.pair(a, b));
  }

  /**
   * The path's row as it is under its pair's lock, given to {@code work} if the caller is in it;
   * {@code hidden} (a 404) when it is missing, gone meanwhile, or another pair's.
   */
  private Row onRow(ApiRequest request, Caller caller, ApiException hidden, RowWork work) throws SQLException {
    String me = caller.requireUser();
    String id = request.pathParam("friendshipId");
    Scope project = Scope.project(caller.projectId());
    Row seen = stores.db().read(c -> PAIRS.findById(c, project, id)).filter(r -> isIn(r, me))
        .orElseThrow(() -> hidden);
    return onPair(caller.projectId(), seen.string("requester_id"), seen.string("addressee_id"), c -> {
      Row current = PAIRS.findById(c, project, id).orElseThrow(() -> hidden);
      return work.apply(c, current, me);
    });
  }

  private static boolean isIn(Row row, String userId) {
    return row.string("requester_id").equals(userId) || row.string("addressee_id").equals(userId);
  }

  private Row insert(Connection c, String projectId, String requester, String addressee, String status)
      throws SQLException {
    Values values = PAIRS.values()
        .set("requester_id", Json.createValue(requester))
        .set("addressee_id", Json.createValue(addressee))
        .set("status", Json.createValue(status))
        .set("blocked_by", BLOCKED.equals(status) ? Json.createValue(requester) : JsonValue.NULL)
        .set("pair", Json.createValue(FriendTables.pair(requester, addressee)));
    return PAIRS.insert(c, Scope.project(projectId), values, clock.instant());
  }

  private Row change(Connection c, Row current, String status, String blockedBy) throws SQLException {
    Values values = PAIRS.values().set("status", Json.createValue(status))
        .set("blocked_by", blockedBy == null ? JsonValue.NULL : Json.createValue(blockedBy));
    return PAIRS.update(c, current, values, clock.instant());
  }

  private static ApiResponse deleted(Row row) {
    return ApiResponse.ok(JsonIo.object().add("id", row.id()).add("deleted", true).build());
  }

  /** A user of the project, else 404 {@code user_not_found}: another project's users are unknown here. */
  private void requireUser(String projectId, String userId) throws SQLException {
    stores.users().findInProject(projectId, userId)
        .orElseThrow(() -> ApiException.notFound("user_not_found", "no user with this id in the project"));
  }
}
