package dev.amba.testkit.internal.store;

import dev.amba.testkit.internal.JsonIo;
import dev.amba.testkit.internal.Times;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What module rules read of the users' past events (a leaderboard's score, a league week's XP),
 * always by the server's time of receipt (M3), never by a client's {@code timestamp} or an ingested
 * {@code occurred_at}. Each read runs on the caller's connection, so a rule that writes in a
 * transaction reads as that transaction does. Only events of the project's users count: admin
 * ingest takes any {@code user_id}, and the rows a rule keeps for a user need one.
 */
public final class EventHistory {

  private static final String FROM_USERS_EVENTS = " FROM events e JOIN app_users u"
      + " ON u.id = e.app_user_id AND u.project_id = e.project_id WHERE e.project_id = ?";

  private EventHistory() {}

  /**
   * A user's events of one name in a window: how many (or the sum of their amounts), and when the
   * last one that counted was received; {@code lastAt} is null when none did.
   */
  public record Tally(long total, Instant lastAt) {
    public static final Tally NONE = new Tally(0, null);
  }

  /**
   * One user's tally of the events named {@code name} received in {@code [from, to)}, a null bound
   * being open. With {@code amountProperty} each event adds the positive integer that property
   * holds (anything else adds nothing, as no credit was made); without, each event adds 1.
   */
  public static Tally tally(Connection c, String projectId, String userId, String name, String amountProperty,
      Instant from, Instant to) throws SQLException {
    return tallies(c, projectId, userId, name, amountProperty, from, to).getOrDefault(userId, Tally.NONE);
  }

  /** As {@link #tally}, for every user of the project with an event that counted. */
  public static Map<String, Tally> tallyByUser(Connection c, String projectId, String name, String amountProperty,
      Instant from, Instant to) throws SQLException {
    return tallies(c, projectId, null, name, amountProperty, from, to);
  }

  /** The users with any event received in {@code [from, to)}, in id order. */
  public static SortedSet<String> activeUsers(Connection c, String projectId, Instant from, Instant to)
      throws SQLException {
    StringBuilder sql = new StringBuilder("SELECT DISTINCT e.app_user_id" + FROM_USERS_EVENTS);
    List<Object> args = new ArrayList<>(List.of(projectId));
    window(sql, args, from, to);
    SortedSet<String> users = new TreeSet<>();
    try (PreparedStatement ps = prepare(c, sql.toString(), args); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        users.add(rs.getString(1));
      }
    }
    return users;
  }

  private static Map<String, Tally> tallies(Connection c, String projectId, String userId, String name,
      String amountProperty, Instant from, Instant to) throws SQLException {
    StringBuilder sql = new StringBuilder("SELECT e.app_user_id, e.received_at"
        + (amountProperty == null ? "" : ", e.properties") + FROM_USERS_EVENTS + " AND e.event_name = ?");
    List<Object> args = new ArrayList<>(List.of(projectId, name));
    if (userId != null) {
      sql.append(" AND e.app_user_id = ?");
      args.add(userId);
    }
    window(sql, args, from, to);
    sql.append(" ORDER BY e.received_at, e.seq");
    Map<String, Tally> out = new LinkedHashMap<>();
    try (PreparedStatement ps = prepare(c, sql.toString(), args); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        long adds = amountProperty == null ? 1 : amount(rs.getString(3), amountProperty);
        if (adds > 0) {
          Instant at = Times.fromSql(rs.getObject(2, OffsetDateTime.class));
          out.merge(rs.getString(1), new Tally(adds, at), (a, b) -> new Tally(a.total() + b.total(), b.lastAt()));
        }
      }
    }
    return out;
  }

  private static long amount(String propertiesJson, String property) {
    JsonObject properties = JsonIo.parseStoredObject(propertiesJson);
    JsonValue v = properties.get(property);
    if (!(v instanceof JsonNumber n)) {
      return 0;
    }
    BigDecimal d = n.bigDecimalValue();
    try {
      long value = d.longValueExact();
      return Math.max(value, 0);
    } catch (ArithmeticException notAnIntegerOrTooLarge) {
      return 0;
    }
  }

  private static void window(StringBuilder sql, List<Object> args, Instant from, Instant to) {
    if (from != null) {
      sql.append(" AND e.received_at >= ?");
      args.add(Times.toSql(from));
    }
    if (to != null) {
      sql.append(" AND e.received_at < ?");
      args.add(Times.toSql(to));
    }
  }

  private static PreparedStatement prepare(Connection c, String sql, List<Object> args) throws SQLException {
    PreparedStatement ps = c.prepareStatement(sql);
    try {
      for (int i = 0; i < args.size(); i++) {
        ps.setObject(i + 1, args.get(i));
      }
      return ps;
    } catch (SQLException | RuntimeException e) {
      ps.close();
      throw e;
    }
  }
}
