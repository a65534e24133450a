package dev.amba.testkit.internal.store;

import dev.amba.testkit.internal.Times;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Remote config: one JSON value per key and project. */
public final class ConfigStore {

  /** A stored entry; the value is JSON text as the admin sent it. */
  public record ConfigRow(String key, String valueJson, String valueType, String description,
      Instant createdAt, Instant updatedAt) {}

  /**
   * A partial update; a null field is left unchanged, except {@code description} which is cleared
   * when {@code setDescription} is true.
   */
  public record ConfigChange(String valueJson, String valueType, boolean setDescription,
      String description) {}

  private static final String COLUMNS =
      "config_key, config_value, value_type, description, created_at, updated_at";

  private final Database db;
  private final Clock clock;

  public ConfigStore(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** Empty when the key already exists. */
  public Optional<ConfigRow> create(String projectId, String key, String valueJson, String valueType,
      String description) throws SQLException {
    Instant now = Times.truncate(clock.instant());
    try {
      db.read(c -> {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO config_values(project_id, "
            + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)")) {
          ps.setString(1, projectId);
          ps.setString(2, key);
          ps.setString(3, valueJson);
          ps.setString(4, valueType);
          ps.setString(5, description);
          ps.setObject(6, Times.toSql(now));
          ps.setObject(7, Times.toSql(now));
          return ps.executeUpdate();
        }
      });
    } catch (SQLException e) {
      if (Database.isUniqueViolation(e)) {
        return Optional.empty();
      }
      throw e;
    }
    return Optional.of(new ConfigRow(key, valueJson, valueType, description, now, now));
  }

  public Optional<ConfigRow> find(String projectId, String key) throws SQLException {
    return db.read(c -> find(c, projectId, key));
  }

  /** Every entry of the project, by key. */
  public List<ConfigRow> list(String projectId) throws SQLException {
    return db.read(c -> Rows.all(c, "SELECT " + COLUMNS + " FROM config_values WHERE project_id = ? "
        + "ORDER BY config_key", ConfigStore::map, projectId));
  }

  /** The entry after the change; empty when the key does not exist. */
  public Optional<ConfigRow> update(String projectId, String key, ConfigChange change)
      throws SQLException {
    return db.transaction(c -> {
      Optional<ConfigRow> current = find(c, projectId, key);
      if (current.isEmpty()) {
        return current;
      }
      ConfigRow old = current.get();
      Instant now = Times.truncate(clock.instant());
      ConfigRow next = new ConfigRow(key,
          change.valueJson() != null ? change.valueJson() : old.valueJson(),
          change.valueType() != null ? change.valueType() : old.valueType(),
          change.setDescription() ? change.description() : old.description(),
          old.createdAt(), now);
      try (PreparedStatement ps = c.prepareStatement("UPDATE config_values SET config_value = ?, "
          + "value_type = ?, description = ?, updated_at = ? WHERE project_id = ? AND config_key = ?")) {
        ps.setString(1, next.valueJson());
        ps.setString(2, next.valueType());
        ps.setString(3, next.description());
        ps.setObject(4, Times.toSql(now));
        ps.setString(5, projectId);
        ps.setString(6, key);
        ps.executeUpdate();
      }
      return Optional.of(next);
    });
  }

  /** Whether the key existed. */
  public boolean delete(String projectId, String key) throws SQLException {
    return db.read(c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "DELETE FROM config_values WHERE project_id = ? AND config_key = ?")) {
        ps.setString(1, projectId);
        ps.setString(2, key);
        return ps.executeUpdate() > 0;
      }
    });
  }

  private static Optional<ConfigRow> find(Connection c, String projectId, String key)
      throws SQLException {
    return Rows.one(c, "SELECT " + COLUMNS + " FROM config_values WHERE project_id = ? AND config_key = ?",
        ConfigStore::map, projectId, key);
  }

  private static ConfigRow map(ResultSet rs) throws SQLException {
    return new ConfigRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
        Times.fromSql(rs.getObject(5, OffsetDateTime.class)),
        Times.fromSql(rs.getObject(6, OffsetDateTime.class)));
  }
}
