package dev.amba.testkit.internal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The reads every store makes: one row, all rows, an offset page. Arguments bind in order with
 * {@code setObject}, which H2 converts to the column's type.
 */
final class Rows {
  private Rows() {}

  /** Turns the current row of a result into a value. */
  @FunctionalInterface
  interface Mapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  static <T> Optional<T> one(Connection c, String sql, Mapper<T> mapper, Object... args) throws SQLException {
    try (PreparedStatement ps = prepare(c, sql, args); ResultSet rs = ps.executeQuery()) {
      return rs.next() ? Optional.of(mapper.map(rs)) : Optional.empty();
    }
  }

  static <T> List<T> all(Connection c, String sql, Mapper<T> mapper, Object... args) throws SQLException {
    try (PreparedStatement ps = prepare(c, sql, args); ResultSet rs = ps.executeQuery()) {
      List<T> rows = new ArrayList<>();
      while (rs.next()) {
        rows.add(mapper.map(rs));
      }
      return rows;
    }
  }

  /**
   * A page and the total it is a page of. {@code args} bind the filter both statements share;
   * {@code pageSql} ends in {@code LIMIT ? OFFSET ?}, which take the last two parameters.
   */
  static <T> Listing<T> page(Connection c, String countSql, String pageSql, int limit, int offset, Mapper<T> mapper,
      Object... args) throws SQLException {
    long total = one(c, countSql, rs -> rs.getLong(1), args).orElseThrow();
    Object[] pageArgs = Arrays.copyOf(args, args.length + 2);
    pageArgs[args.length] = limit;
    pageArgs[args.length + 1] = offset;
    return new Listing<>(all(c, pageSql, mapper, pageArgs), total);
  }

  private static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
    PreparedStatement ps = c.prepareStatement(sql);
    try {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      return ps;
    } catch (SQLException | RuntimeException e) {
      ps.close();
      throw e;
    }
  }
}
