package dev.amba.testkit.internal.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A piece of SQL and the values bound to its placeholders, in order. Text only ever grows from
 * constants and quoted, validated identifiers; every value from a request goes into
 * {@link #bind}, so no input can change the statement.
 */
public final class CollectionSql {

  private record Bound(CollectionType type, Object value) {}

  private final StringBuilder text = new StringBuilder();
  private final List<Bound> values = new ArrayList<>();

  public CollectionSql sql(String constant) {
    text.append(constant);
    return this;
  }

  /** Appends the placeholder for {@code type} and records the value it binds. */
  public CollectionSql value(CollectionType type, Object value) {
    text.append(type.placeholder());
    values.add(new Bound(type, value));
    return this;
  }

  public CollectionSql append(CollectionSql other) {
    text.append(other.text);
    values.addAll(other.values);
    return this;
  }

  public boolean isEmpty() {
    return text.length() == 0;
  }

  public int valueCount() {
    return values.size();
  }

  public String text() {
    return text.toString();
  }

  /** Binds every value, starting at placeholder {@code first}; returns the next free index. */
  public int bind(PreparedStatement ps, int first) throws SQLException {
    int i = first;
    for (Bound b : values) {
      b.type().bind(ps, i++, b.value());
    }
    return i;
  }

  @Override
  public String toString() {
    return text + " " + values.size() + " values";
  }
}
