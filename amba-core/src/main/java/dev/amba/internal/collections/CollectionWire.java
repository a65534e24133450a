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
public final class CollectionWire {

  private CollectionWire() {}

  public static final class Count {
    public long count;
  }

  public static final class Deleted {
    public String id;
    public String name;
    public boolean deleted;
  }

  public static final class Change {
    public String name;
    public int version;
    public String status;
  }

  public static final class Summary {
    public String name;
    public Instant createdAt;
  }

  public static final class ColumnInfo {
    public String name;
    public String type;
    public Boolean nullable;
    public Integer dimension;

    Column toColumn() {
      return new Column(name, ColumnType.of(type), Boolean.TRUE.equals(nullable), dimension);
    }
  }

  public static final class IndexInfo {
    public List<String> columns;
    public Boolean unique;

    Index toIndex() {
      return new Index(columns, Boolean.TRUE.equals(unique));
    }
  }

  public static final class Schema {
    public String name;
    public Integer version;
    public Instant createdAt;
    public List<ColumnInfo> columns;
    public List<IndexInfo> indexes;

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
