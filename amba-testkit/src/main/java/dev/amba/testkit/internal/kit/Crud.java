package dev.amba.testkit.internal.kit;

import dev.amba.testkit.internal.ApiException;
import dev.amba.testkit.internal.ApiRequest;
import dev.amba.testkit.internal.ApiResponse;
import dev.amba.testkit.internal.Caller;
import dev.amba.testkit.internal.Handler;
import dev.amba.testkit.internal.JsonIo;
import dev.amba.testkit.internal.Params;
import dev.amba.testkit.internal.kit.Resource.Owner;
import dev.amba.testkit.internal.kit.Resource.Scope;
import dev.amba.testkit.internal.kit.Resource.Values;
import dev.amba.testkit.internal.store.Database;
import dev.amba.testkit.internal.store.Listing;
import dev.amba.testkit.internal.store.Stores;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;

/**
 * The routes every resource has, derived from its declaration: create, list (whole or paged),
 * get, update, delete and upsert by key. A module hands over its domain rules as a
 * {@link WriteRule} and a {@link View}, and registers each handler on its endpoint.
 */
public final class Crud {

  /**
   * A domain rule run inside the write's transaction, after the declared checks: it may refuse the
   * write (throw an {@link ApiException}) or set server-decided fields.
   */
  @FunctionalInterface
  public interface WriteRule {
    /** @param current the row before an update or upsert, null for a create */
    void apply(Connection c, Scope scope, Values values, Row current) throws SQLException;
  }

  /**
   * A domain rule run inside a delete's transaction before the row goes, such as removing the rows
   * that depend on it.
   */
  @FunctionalInterface
  public interface DeleteRule {
    void apply(Connection c, Row row) throws SQLException;
  }

  /**
   * A domain rule about a whole row a create, update or upsert has just written, run inside the
   * write's transaction (scores recomputed for a changed definition).
   */
  @FunctionalInterface
  public interface AfterWrite {
    void apply(Connection c, Row written) throws SQLException;
  }

  /** Adds or replaces the computed fields of a row's JSON (values read at the time of the answer). */
  @FunctionalInterface
  public interface View {
    JsonObjectBuilder render(Row row, JsonObjectBuilder json);
  }

  /** What a delete answers: M2's {@code {data: {<field>, deleted: true}}}, or 204 for older sections. */
  public enum DeleteAnswer { DELETED_MARKER, NO_CONTENT }

  private static final int MAX_RACES = 3;

  private final Resource resource;
  private final Stores stores;
  private final Clock clock;
  private final WriteRule rule;
  private final View view;
  private final DeleteRule onDelete;
  private final AfterWrite afterWrite;
  private final boolean byIdOnly;

  private Crud(Resource resource, Stores stores, Clock clock, WriteRule rule, View view, DeleteRule onDelete,
      AfterWrite afterWrite, boolean byIdOnly) {
    this.resource = resource;
    this.stores = stores;
    this.clock = clock;
    this.rule = rule;
    this.view = view;
    this.onDelete = onDelete;
    this.afterWrite = afterWrite;
    this.byIdOnly = byIdOnly;
  }

  public static Crud of(Resource resource, Stores stores, Clock clock) {
    return new Crud(resource, stores, clock, (c, s, v, row) -> { }, (row, json) -> json, (c, row) -> { },
        (c, row) -> { }, false);
  }

  public Crud withRule(WriteRule writeRule) {
    return new Crud(resource, stores, clock, writeRule, view, onDelete, afterWrite, byIdOnly);
  }

  public Crud withView(View rowView) {
    return new Crud(resource, stores, clock, rule, rowView, onDelete, afterWrite, byIdOnly);
  }

  public Crud withDeleteRule(DeleteRule deleteRule) {
    return new Crud(resource, stores, clock, rule, view, deleteRule, afterWrite, byIdOnly);
  }

  /** Runs {@code rule} on the row every create, update and upsert wrote, in the write's transaction. */
  public Crud withAfterWrite(AfterWrite rule) {
    return new Crud(resource, stores, clock, this.rule, view, onDelete, rule, byIdOnly);
  }

  /**
   * Path values name rows by id alone ({@code {itemId}}, not {@code {idOrKey}}), so a key there finds
   * nothing, as on the service.
   */
  public Crud byIdOnly() {
    return new Crud(resource, stores, clock, rule, view, onDelete, afterWrite, true);
  }

  /** The row a path value names, by id or key as M1 says, or by id alone after {@link #byIdOnly()}. */
  public Row require(Connection c, Scope scope, String pathValue) throws SQLException {
    return byIdOnly ? resource.requireById(c, scope, pathValue) : resource.require(c, scope, pathValue);
  }

  public Resource resource() {
    return resource;
  }

  public Database db() {
    return stores.db();
  }

  /**
   * The rows a request may touch: the project's, the acting user's, or, on an admin route, those of
   * the {@code {userId}} in the path, which must be a user of the project.
   */
  public Scope scope(ApiRequest request, Caller caller) throws SQLException {
    if (resource.owner() == Owner.PROJECT) {
      return Scope.project(caller.projectId());
    }
    if (caller.userId() != null) {
      return Scope.user(caller.projectId(), caller.userId());
    }
    String userId = request.pathParam("userId");
    stores.users().findInProject(caller.projectId(), userId)
        .orElseThrow(() -> ApiException.notFound("not_found", "no user with this id in the project"));
    return Scope.user(caller.projectId(), userId);
  }

  public JsonObject json(Row row) {
    return view.render(row, resource.jsonBuilder(row)).build();
  }

  /** 201 with the new row; 409 with the declared code when its key is taken. */
  public Handler create() {
    return (request, caller) -> {
      Scope scope = scope(request, caller);
      Values values = resource.forCreate(request.jsonObject());
      Row row = stores.db().transaction(c -> {
        rule.apply(c, scope, values, null);
        return written(c, resource.insert(c, scope, values, clock.instant()));
      });
      return ApiResponse.created(json(row));
    };
  }

  /**
   * Creates the row of the body's key or replaces the fields the body gives (an admin grant, a
   * definition saved twice): 200 with the row either way.
   */
  public Handler upsert(String keyField) {
    return (request, caller) -> {
      Scope scope = scope(request, caller);
      Values values = resource.forCreate(request.jsonObject());
      String key = ((jakarta.json.JsonString) values.get(keyField)).getString();
      for (int attempt = 1; ; attempt++) {
        try {
          Row row = stores.db().transaction(c -> {
            Row current = resource.find(c, scope, key).orElse(null);
            rule.apply(c, scope, values, current);
            return written(c, current == null ? resource.insert(c, scope, values, clock.instant())
                : resource.update(c, current, values, clock.instant()));
          });
          return ApiResponse.ok(json(row));
        } catch (ApiException | SQLException e) {
          // Two first writes of one key raced: the retry finds the winner's row and updates it.
          boolean raced = e instanceof ApiException api ? api.status() == 409
              : Database.isUniqueViolation((SQLException) e);
          if (!raced || attempt == MAX_RACES) {
            throw e;
          }
        }
      }
    };
  }

  private Row written(Connection c, Row row) throws SQLException {
    afterWrite.apply(c, row);
    return row;
  }

  /** {@code {data: [rows]}} in the declared order. */
  public Handler list() {
    return (request, caller) -> {
      Scope scope = scope(request, caller);
      List<Row> rows = stores.db().read(c -> resource.list(c, scope));
      JsonArrayBuilder data = JsonIo.array();
      rows.forEach(r -> data.add(json(r)));
      return ApiResponse.ok(data.build());
    };
  }

  /** The offset list of section 3: {@code limit} (default and cap as given) and {@code offset}. */
  public Handler page(int defaultLimit, int maxLimit) {
    return (request, caller) -> {
      Scope scope = scope(request, caller);
      return offsetList(request, defaultLimit, maxLimit, (c, limit, offset) -> resource.page(c, scope, limit, offset));
    };
  }

  /**
   * An admin route's offset list of the rows of every user of the project (a USER-owned resource),
   * in the declared order: balances by total, say.
   */
  public Handler pageOfEveryUser(int defaultLimit, int maxLimit) {
    return (request, caller) -> offsetList(request, defaultLimit, maxLimit,
        (c, limit, offset) -> resource.pageOfEveryUser(c, caller.projectId(), limit, offset));
  }

  /** One page's rows, read on the given connection. */
  @FunctionalInterface
  public interface PageRead {
    Listing<Row> read(Connection c, int limit, int offset) throws SQLException;
  }

  /**
   * The offset list of section 3 for rows a domain rule selects (a user's transactions in one
   * currency, say): {@code limit} (default and cap as given) and {@code offset} read and checked,
   * the page read, each row rendered as this resource's JSON.
   */
  public ApiResponse offsetList(ApiRequest request, int defaultLimit, int maxLimit, PageRead read)
      throws SQLException {
    return offsetList(request, defaultLimit, maxLimit, read, (c, rows) -> rows.stream().map(this::json).toList());
  }

  /**
   * Renders a page's rows together, on the connection that read them, where their JSON needs reads
   * of its own (the users a friend list or a feed shows beside each row).
   */
  @FunctionalInterface
  public interface PageView {
    List<JsonObject> render(Connection c, List<Row> rows) throws SQLException;
  }

  /** As {@link #offsetList(ApiRequest, int, int, PageRead)}, each page rendered by {@code view}. */
  public ApiResponse offsetList(ApiRequest request, int defaultLimit, int maxLimit, PageRead read, PageView view)
      throws SQLException {
    int limit = Params.intParam(request, "limit", defaultLimit, 1, maxLimit, "invalid_input");
    int offset = Params.intParam(request, "offset", 0, 0, Integer.MAX_VALUE, "invalid_input");
    record Rendered(List<JsonObject> items, long total) {}
    Rendered page = stores.db().read(c -> {
      Listing<Row> listing = read.read(c, limit, offset);
      return new Rendered(view.render(c, listing.items()), listing.total());
    });
    JsonArrayBuilder data = JsonIo.array();
    page.items().forEach(data::add);
    return ApiResponse.json(200, JsonIo.object().add("data", data).add("total", page.total())
        .add("offset", offset).add("limit", limit).build());
  }

  /** The row the path parameter names (id or key). */
  public Handler get(String pathParam) {
    return (request, caller) -> {
      Scope scope = scope(request, caller);
      String idOrKey = request.pathParam(pathParam);
      return ApiResponse.ok(json(stores.db().read(c -> require(c, scope, idOrKey))));
    };
  }

  /** PATCH: the fields the body gives; immutable ones are 400 {@code immutable_field}. */
  public Handler update(String pathParam) {
    return (request, caller) -> {
      Scope scope = scope(request, caller);
      String idOrKey = request.pathParam(pathParam);
      Values values = resource.forUpdate(request.jsonObject());
      Row row = stores.db().transaction(c -> {
        Row current = require(c, scope, idOrKey);
        rule.apply(c, scope, values, current);
        return written(c, resource.update(c, current, values, clock.instant()));
      });
      return ApiResponse.ok(json(row));
    };
  }

  /** DELETE by id or key; {@code answerField} names the marker's identifying field (M2). */
  public Handler delete(String pathParam, DeleteAnswer answer, String answerField) {
    return (request, caller) -> {
      Scope scope = scope(request, caller);
      String idOrKey = request.pathParam(pathParam);
      Row removed = stores.db().transaction(c -> {
        Row current = require(c, scope, idOrKey);
        onDelete.apply(c, current);
        resource.delete(c, current);
        return current;
      });
      if (answer == DeleteAnswer.NO_CONTENT) {
        return ApiResponse.noContent();
      }
      String identity = answerField.equals("id") ? removed.id() : removed.string(answerField);
      return ApiResponse.ok(JsonIo.object().add(answerField, identity).add("deleted", true).build());
    };
  }
}
