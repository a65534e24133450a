package dev.amba.testkit.internal.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A unit of work on one connection. */
@FunctionalInterface
public interface SqlWork<T> {
  T run(Connection connection) throws SQLException;
}
