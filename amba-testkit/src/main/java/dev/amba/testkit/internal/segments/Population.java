package dev.amba.testkit.internal.segments;

import dev.amba.testkit.internal.JsonIo;
import dev.amba.testkit.internal.Times;
import dev.amba.testkit.internal.segments.RuleTree.Subject;
import dev.amba.testkit.internal.store.UserRow;
import dev.amba.testkit.internal.store.UserStore;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The facts segment rules read of a project's users (36.3 #1), read fresh on every use (36.3 #6):
 * the user's columns, its properties and its entitlement rows.
 *
 * <p>X, columns the emulator does not keep: {@code external_id} and {@code phone} are null (no
 * route of the emulator sets them); {@code first_seen_at} is the user's {@code created_at}, the
 * moment the project first saw it; {@code last_seen_at} is when the latest of the user's stored
 * events arrived (M4 stage 0), null for a user without events.
 */
final class Population {

  private Population() {}

  /** Every user of the project, oldest first. */
  static List<Subject> of(Connection c, UserStore users, String projectId, Instant now) throws SQLException {
    return subjects(c, projectId, users.allInProject(c, projectId), now);
  }

  /** The one user, or none when it is not the project's. */
  static List<Subject> ofUser(Connection c, UserStore users, String projectId, String userId, Instant now)
      throws SQLException {
    return subjects(c, projectId, List.copyOf(users.inProject(c, projectId, List.of(userId)).values()), now);
  }

  private static List<Subject> subjects(Connection c, String projectId, List<UserRow> rows, Instant now)
      throws SQLException {
    if (rows.isEmpty()) {
      return List.of();
    }
    String only = rows.size() == 1 ? rows.get(0).id() : null;
    Map<String, Instant> lastSeen = lastSeen(c, projectId, only);
    Map<String, List<Map<String, JsonValue>>> entitlements = entitlements(c, projectId, only, now);
    List<Subject> out = new ArrayList<>(rows.size());
    for (UserRow u : rows) {
      Map<String, JsonValue> columns = new HashMap<>();
      columns.put("id", Json.createValue(u.id()));
      columns.put("anonymous_id", JsonIo.string(u.anonymousId()));
      columns.put("email", JsonIo.string(u.email()));
      columns.put("display_name", JsonIo.string(u.displayName()));
      columns.put("created_at", stamp(u.createdAt()));
      columns.put("first_seen_at", stamp(u.createdAt()));
      columns.put("last_seen_at", stamp(lastSeen.get(u.id())));
      out.add(new Subject(u.id(), columns, u.properties(), entitlements.getOrDefault(u.id(), List.of())));
    }
    return out;
  }

  private static Map<String, Instant> lastSeen(Connection c, String projectId, String only) throws SQLException {
    String sql = "SELECT app_user_id, MAX(received_at) FROM events WHERE project_id = ?"
        + (only == null ? "" : " AND app_user_id = ?") + " GROUP BY app_user_id";
    Map<String, Instant> seen = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, projectId);
      if (only != null) {
        ps.setString(2, only);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          seen.put(rs.getString(1), Times.fromSql(rs.getObject(2, OffsetDateTime.class)));
        }
      }
    }
    return seen;
  }

  /** Each user's entitlement rows as the entitlements route answers them ({@code is_active} against the clock). */
  private static Map<String, List<Map<String, JsonValue>>> entitlements(Connection c, String projectId, String only,
      Instant now) throws SQLException {
    String sql = "SELECT user_id, entitlement_id, is_active, store, product_id, purchase_date, expiration_date "
        + "FROM entitlements WHERE project_id = ?" + (only == null ? "" : " AND user_id = ?");
    Map<String, List<Map<String, JsonValue>>> byUser = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, projectId);
      if (only != null) {
        ps.setString(2, only);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Instant expires = Times.fromSql(rs.getObject("expiration_date", OffsetDateTime.class));
          boolean active = rs.getBoolean("is_active") && (expires == null || expires.isAfter(now));
          Map<String, JsonValue> row = new LinkedHashMap<>();
          row.put("entitlement_id", Json.createValue(rs.getString("entitlement_id")));
          row.put("is_active", active ? JsonValue.TRUE : JsonValue.FALSE);
          row.put("store", Json.createValue(rs.getString("store")));
          row.put("product_id", JsonIo.string(rs.getString("product_id")));
          row.put("purchase_date", stamp(Times.fromSql(rs.getObject("purchase_date", OffsetDateTime.class))));
          row.put("expiration_date", stamp(expires));
          byUser.computeIfAbsent(rs.getString("user_id"), k -> new ArrayList<>()).add(row);
        }
      }
    }
    return byUser;
  }

  private static JsonValue stamp(Instant instant) {
    return instant == null ? JsonValue.NULL : Json.createValue(Times.format(instant));
  }
}
