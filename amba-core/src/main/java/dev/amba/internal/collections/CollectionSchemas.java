package dev.amba.internal.collections;

import dev.amba.OffsetPage;
import dev.amba.collections.CollectionDefinition;
import dev.amba.collections.CollectionSchema;
import dev.amba.collections.CollectionSummary;
import dev.amba.collections.Column;
import dev.amba.collections.Index;
import dev.amba.collections.ProjectCollections;
import dev.amba.collections.SchemaChange;
import dev.amba.internal.Api;
import dev.amba.internal.ProjectCalls;
import dev.amba.internal.Paging;
import dev.amba.internal.endpoint.CollectionEndpoints;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/** The schema routes of amba-api.md section 5.2, with the server key. */
public final class CollectionSchemas implements ProjectCollections {

  private static final int LIST_PAGE = 100;

  private final ProjectCalls calls;

  public CollectionSchemas(ProjectCalls calls) {
    this.calls = calls;
  }

  @Override
  public SchemaChange define(CollectionDefinition definition) {
    Objects.requireNonNull(definition, "definition");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", definition.name());
    List<Object> columns = new ArrayList<>();
    for (Column c : definition.columns()) {
      columns.add(column(c));
    }
    body.put("columns", columns);
    if (!definition.indexes().isEmpty()) {
      List<Object> indexes = new ArrayList<>();
      for (Index i : definition.indexes()) {
        indexes.add(index(i));
      }
      body.put("indexes", indexes);
    }
    return change(calls.call(CollectionEndpoints.ADMIN_CREATE).body(body));
  }

  @Override
  public CollectionSchema describe(String name) {
    CollectionNames.collection(name, "name");
    CollectionWire.Schema s = calls.call(CollectionEndpoints.ADMIN_GET, name)
        .data(CollectionWire.Schema.class);
    return new CollectionSchema(s.name, s.version == null ? 0 : s.version, s.createdAt, s.columnList(), s.indexList());
  }

  @Override
  public OffsetPage<CollectionSummary> list(int limit, int offset) {
    if (limit < 1 || limit > 1000) {
      throw new IllegalArgumentException("limit must be 1..1000, got " + limit);
    }
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative, got " + offset);
    }
    OffsetPage<CollectionWire.Summary> page = calls.call(CollectionEndpoints.ADMIN_LIST)
        .query("limit", limit).query("offset", offset)
        .offsetPage(CollectionWire.Summary.class);
    List<CollectionSummary> items = new ArrayList<>(page.items().size());
    for (CollectionWire.Summary s : page.items()) {
      items.add(new CollectionSummary(s.name, s.createdAt));
    }
    return new OffsetPage<>(items, page.total(), page.offset(), page.limit());
  }

  @Override
  public Stream<CollectionSummary> listAll() {
    return Paging.offsetStream(0, offset -> list(LIST_PAGE, offset));
  }

  @Override
  public SchemaChange addColumn(String collection, Column column) {
    CollectionNames.collection(collection, "collection");
    Objects.requireNonNull(column, "column");
    return patch(collection, Map.of("add_column", column(column)), null);
  }

  @Override
  public SchemaChange addIndex(String collection, Index index) {
    CollectionNames.collection(collection, "collection");
    Objects.requireNonNull(index, "index");
    return patch(collection, Map.of("add_index", index(index)), null);
  }

  @Override
  public SchemaChange dropColumn(String collection, String column, String confirmColumn) {
    CollectionNames.collection(collection, "collection");
    CollectionNames.userColumn(column, "column");
    if (!column.equals(confirmColumn)) {
      throw new IllegalArgumentException("dropColumn: confirmColumn must repeat the column name '" + column
          + "', got " + (confirmColumn == null ? "null" : "'" + confirmColumn + "'"));
    }
    return patch(collection, Map.of("drop_column", column), column);
  }

  @Override
  public void drop(String name, String confirmName) {
    CollectionNames.collection(name, "name");
    if (!name.equals(confirmName)) {
      throw new IllegalArgumentException("drop: confirmName must repeat the collection name '" + name + "', got "
          + (confirmName == null ? "null" : "'" + confirmName + "'"));
    }
    calls.call(CollectionEndpoints.ADMIN_DELETE, name)
        .query("confirm", name).data(CollectionWire.Deleted.class);
  }

  private SchemaChange patch(String collection, Map<String, Object> body, String confirm) {
    return change(calls.call(CollectionEndpoints.ADMIN_UPDATE, collection)
        .query("confirm", confirm).body(body));
  }

  private static SchemaChange change(Api.Call call) {
    CollectionWire.Change c = call.data(CollectionWire.Change.class);
    return new SchemaChange(c.name, c.version, c.status);
  }

  private static Map<String, Object> column(Column c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", c.name());
    m.put("type", c.type().value());
    if (c.nullable()) {
      m.put("nullable", true);
    }
    if (c.dimension() != null) {
      m.put("dimension", c.dimension());
    }
    return m;
  }

  private static Map<String, Object> index(Index i) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("columns", i.columns());
    if (i.unique()) {
      m.put("unique", true);
    }
    return m;
  }
}
