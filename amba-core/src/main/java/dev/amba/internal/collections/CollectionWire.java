package dev.amba.internal.collections;

import dev.amba.collections.Column;
import dev.amba.collections.ColumnType;
import dev.amba.collections.Index;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The shapes of collection answers as JSON-B reads them. The public records validate their
 * arguments; reading into these first keeps a surprising server answer from looking like a caller
 * mistake.
 */
// Fields are package-private on purpose: JSON-B reaches public members of a package that is not
// exported through a public lookup, which fails on the module path (see Json.FieldsOfTheSdk).
public final class CollectionWire {

  private CollectionWire() {}

  public static final class Count {
    long count;
  }

  public static final class Deleted {
    String id;
    String name;
    boolean deleted;
  }

  public static final class Change {
    String name;
    int version;
    String status;
  }

  public static final class Summary {
    String name;
    Instant createdAt;
  }

  public static final class ColumnInfo {
    String name;
    String type;
    Boolean nullable;
    Integer dimension;

    Column toColumn() {
      return new Column(name, ColumnType.of(type), Boolean.TRUE.equals(nullable), dimension);
    }
  }

  public static final class IndexInfo {
    List<String> columns;
    Boolean unique;

    Index toIndex() {
      return new Index(columns, Boolean.TRUE.equals(unique));
    }
  }

  public static final class Schema {
    String name;
    Integer version;
    Instant createdAt;
    List<ColumnInfo> columns;
    List<IndexInfo> indexes;

    List<Column> columnList() {
      List<Column> out = new ArrayList<>();
      if (columns != null) {
        for (ColumnInfo c : columns) {
          out.add(c.toColumn());
        }
      }
      return out;
    }

    List<Index> indexList() {
      List<Index> out = new ArrayList<>();
      if (indexes != null) {
        for (IndexInfo i : indexes) {
          out.add(i.toIndex());
        }
      }
      return out;
    }
  }
}
