package dev.amba.internal.collections;

import dev.amba.AmbaNotFoundException;
import dev.amba.Page;
import dev.amba.RequestOptions;
import dev.amba.collections.AutoPager;
import dev.amba.collections.Filter;
import dev.amba.collections.Query;
import dev.amba.collections.UserCollection;
import dev.amba.internal.Api;
import dev.amba.internal.ClientRuntime;
import dev.amba.internal.endpoint.CollectionEndpoints;
import dev.amba.internal.http.HttpResult;
import dev.amba.internal.http.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** One collection for one acting user: a name, a row codec and the user's scope. */
public final class CollectionHandle<T> implements UserCollection<T> {

  private final ClientRuntime runtime;
  private final Scope scope;
  private final RequestOptions options;
  private final String name;
  private final CollectionRows<T> rows;

  public CollectionHandle(ClientRuntime runtime, Scope scope, RequestOptions options, String name, CollectionRows<T> rows) {
    this.runtime = runtime;
    this.scope = scope;
    this.options = options;
    this.name = CollectionNames.collection(name, "collection name");
    this.rows = rows;
  }

  /** Sends a call whose answer is one row. */
  private T one(Api.Call call) {
    HttpResult result = call.send();
    return rows.read(type -> call.<T>data(result, type), rows::untypedRow);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public T insert(T row) {
    Object body = rows.toWire(row, "insert");
    // The endpoint's retry rule gives each insert its own Idempotency-Key (section 5.1).
    return one(runtime.api.call(CollectionEndpoints.INSERT, scope, options, name).body(body));
  }

  @Override
  public Optional<T> get(String id) {
    CollectionNames.rowId(id, "id");
    try {
      return Optional.of(one(runtime.api.call(CollectionEndpoints.GET, scope, options, name, id)));
    } catch (AmbaNotFoundException e) {
      // Only an absent row is an empty answer: a missing collection or user stays an error.
      if (e.code().equalsIgnoreCase("not_found")) {
        return Optional.empty();
      }
      throw e;
    }
  }

  @Override
  public Page<T> find(Query query) {
    Objects.requireNonNull(query, "query");
    Api.Call call = runtime.api.call(CollectionEndpoints.FIND, scope, options, name)
        .query("query", CollectionQueries.encode(CollectionQueries.findOptions(query)));
    HttpResult result = call.send();
    return rows.read(type -> call.<T>cursorPage(result, type), page -> {
      List<T> items = new ArrayList<>(page.items().size());
      for (Object item : page.items()) {
        items.add(rows.untypedRow(item));
      }
      return new Page<>(items, page.nextCursor(), page.hasMore());
    });
  }

  @Override
  public AutoPager<T> findAll(Query query) {
    Objects.requireNonNull(query, "query");
    return new CollectionPager<>(query, this::find);
  }

  @Override
  public long count() {
    return count(null, false);
  }

  @Override
  public long count(Filter filter) {
    return count(Objects.requireNonNull(filter, "filter"), false);
  }

  @Override
  public long count(Query query) {
    Objects.requireNonNull(query, "query");
    return count(query.filter().orElse(null), query.includesDeleted());
  }

  private long count(Filter filter, boolean includeDeleted) {
    return runtime.api.call(CollectionEndpoints.COUNT, scope, options, name)
        .query("query", CollectionQueries.encode(CollectionQueries.countOptions(filter, includeDeleted)))
        .<CollectionWire.Count>data(CollectionWire.Count.class).count;
  }

  @Override
  public T update(String id, Map<String, ?> set) {
    CollectionNames.rowId(id, "id");
    Objects.requireNonNull(set, "update: set");
    if (set.isEmpty()) {
      throw new IllegalArgumentException("update: set at least one column");
    }
    for (Object key : set.keySet()) {
      if (!(key instanceof String column)) {
        throw new IllegalArgumentException("update: column names must be strings, got " + key);
      }
      CollectionNames.userColumn(column, "update: column");
    }
    return one(runtime.api.call(CollectionEndpoints.UPDATE, scope, options, name, id).body(Map.of("set", set)));
  }

  @Override
  public void delete(String id) {
    CollectionNames.rowId(id, "id");
    runtime.api.call(CollectionEndpoints.DELETE, scope, options, name, id).data(CollectionWire.Deleted.class);
  }

  @Override
  public String toString() {
    return "UserCollection{name=" + name + ", scope=" + scope + '}';
  }
}
