package dev.amba.testkit.internal.store;

import dev.amba.testkit.internal.Ids;
import dev.amba.testkit.internal.JsonIo;
import dev.amba.testkit.internal.Times;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** App users of every project. */
public final class UserStore {
  private static final String COLUMNS = "id, project_id, anonymous_id, email, password_hash, "
      + "display_name, avatar_url, properties, timezone, created_at, updated_at";

  /** The only columns a profile update may write; also the guard for the dynamic SQL below. */
  public static final Set<String> PROFILE_COLUMNS =
      Set.of("display_name", "avatar_url", "properties", "timezone");

  private final Database db;
  private final Clock clock;

  public UserStore(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  public UserRow createAnonymous(String projectId) throws SQLException {
    return insert(projectId, Ids.uuid(), null, null);
  }

  /** Empty when the project already has a user with this (normalised) email. */
  public Optional<UserRow> createWithEmail(String projectId, String email, String passwordHash)
      throws SQLException {
    try {
      return Optional.of(insert(projectId, null, email, passwordHash));
    } catch (SQLException e) {
      if (Database.isUniqueViolation(e)) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /**
   * A user whose id a seed file chose, anonymous when {@code email} is null; a taken id or email is a
   * unique violation.
   */
  public UserRow createSeeded(String projectId, String id, String anonymousId, String email, String passwordHash)
      throws SQLException {
    return insert(projectId, id, anonymousId, email, passwordHash);
  }

  private UserRow insert(String projectId, String anonymousId, String email, String passwordHash)
      throws SQLException {
    return insert(projectId, Ids.uuid(), anonymousId, email, passwordHash);
  }

  private UserRow insert(String projectId, String id, String anonymousId, String email, String passwordHash)
      throws SQLException {
    Instant now = Times.truncate(clock.instant());
    UserRow row = new UserRow(id, projectId, anonymousId, email, passwordHash, null, null,
        JsonValue.EMPTY_JSON_OBJECT, null, now, now);
    db.read(c -> {
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO app_users(" + COLUMNS + ") "
          + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        ps.setString(1, row.id());
        ps.setString(2, row.projectId());
        ps.setString(3, row.anonymousId());
        ps.setString(4, row.email());
        ps.setString(5, row.passwordHash());
        ps.setString(6, null);
        ps.setString(7, null);
        ps.setString(8, JsonIo.write(row.properties()));
        ps.setString(9, null);
        ps.setObject(10, Times.toSql(now));
        ps.setObject(11, Times.toSql(now));
        return ps.executeUpdate();
      }
    });
    return row;
  }

  /** Looks a user up in every project: auth must tell "unknown" from "another project's". */
  public Optional<UserRow> findById(String id) throws SQLException {
    return db.read(c -> findById(c, id));
  }

  /**
   * Another project's user is as absent as a missing one: a server key must not learn which ids
   * exist elsewhere.
   */
  public Optional<UserRow> findInProject(String projectId, String id) throws SQLException {
    return findById(id).filter(u -> u.projectId().equals(projectId));
  }

  /**
   * Every user of the project, oldest first, read on the caller's connection: the population a
   * segment's rules are evaluated over (amba-api-modules.md 36.3).
   */
  public List<UserRow> allInProject(Connection c, String projectId) throws SQLException {
    return Rows.all(c, "SELECT " + COLUMNS + " FROM app_users WHERE project_id = ? ORDER BY seq", UserStore::map,
        projectId);
  }

  /**
   * The project's users among {@code ids}, by id, read on the caller's connection: what the social
   * modules show of the other users a page names. An id of no user, or of another project's, is
   * left out.
   */
  public Map<String, UserRow> inProject(Connection c, String projectId, Collection<String> ids) throws SQLException {
    Map<String, UserRow> found = new LinkedHashMap<>();
    if (ids.isEmpty()) {
      return found;
    }
    List<Object> args = new ArrayList<>();
    args.add(projectId);
    args.addAll(new LinkedHashSet<>(ids));
    String marks = String.join(", ", Collections.nCopies(args.size() - 1, "?"));
    for (UserRow u : Rows.all(c, "SELECT " + COLUMNS + " FROM app_users WHERE project_id = ? AND id IN (" + marks + ")",
        UserStore::map, args.toArray())) {
      found.put(u.id(), u);
    }
    return found;
  }

  public Optional<UserRow> findByEmail(String projectId, String email) throws SQLException {
    return db.read(c -> Rows.one(c, "SELECT " + COLUMNS + " FROM app_users WHERE project_id = ? AND email = ?",
        UserStore::map, projectId, email));
  }

  /**
   * Writes profile columns (keys of {@link #PROFILE_COLUMNS}; properties as a JSON object) and
   * returns the updated row; with no changes, returns the row untouched.
   */
  public UserRow updateProfile(String id, Map<String, JsonValue> changes) throws SQLException {
    Map<String, JsonValue> columns = new LinkedHashMap<>(changes);
    for (String column : columns.keySet()) {
      if (!PROFILE_COLUMNS.contains(column)) {
        throw new IllegalArgumentException("not a profile column: " + column);
      }
    }
    return db.transaction(c -> {
      if (!columns.isEmpty()) {
        StringBuilder sql = new StringBuilder("UPDATE app_users SET ");
        for (String column : columns.keySet()) {
          sql.append(column).append(" = ?, ");
        }
        sql.append("updated_at = ? WHERE id = ?");
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
          int i = 1;
          for (Map.Entry<String, JsonValue> e : columns.entrySet()) {
            ps.setString(i++, sqlText(e.getKey(), e.getValue()));
          }
          ps.setObject(i++, Times.toSql(Times.truncate(clock.instant())));
          ps.setString(i, id);
          ps.executeUpdate();
        }
      }
      return findById(c, id).orElseThrow(() -> new SQLException("user vanished: " + id));
    });
  }

  private static String sqlText(String column, JsonValue value) {
    if (column.equals("properties")) {
      return JsonIo.write(value);
    }
    return value.getValueType() == JsonValue.ValueType.NULL
        ? null
        : ((jakarta.json.JsonString) value).getString();
  }

  /**
   * One page of a project's users, oldest first; {@code search} matches id, email or display
   * name as a case-insensitive substring.
   */
  public Listing<UserRow> list(String projectId, String search, int limit, int offset) throws SQLException {
    return list(projectId, search, null, limit, offset);
  }

  /** As {@link #list(String, String, int, int)}, among {@code onlyIds} alone when not null (a segment's members). */
  public Listing<UserRow> list(String projectId, String search, Collection<String> onlyIds, int limit, int offset)
      throws SQLException {
    if (onlyIds != null && onlyIds.isEmpty()) {
      return new Listing<>(List.of(), 0);
    }
    String where = " FROM app_users WHERE project_id = ?";
    List<Object> args = new ArrayList<>(List.of(projectId));
    if (search != null && !search.isEmpty()) {
      // LOCATE instead of LIKE: a search for "50%" or "a_b" means those characters literally.
      where += " AND (LOCATE(?, LOWER(id)) > 0 OR LOCATE(?, LOWER(COALESCE(email, ''))) > 0"
          + " OR LOCATE(?, LOWER(COALESCE(display_name, ''))) > 0)";
      String needle = search.toLowerCase(java.util.Locale.ROOT);
      args.addAll(List.of(needle, needle, needle));
    }
    if (onlyIds != null) {
      where += " AND id IN (" + String.join(", ", Collections.nCopies(onlyIds.size(), "?")) + ")";
      args.addAll(onlyIds);
    }
    String filter = where;
    Object[] filterArgs = args.toArray();
    return db.transaction(c -> Rows.page(c, "SELECT COUNT(*)" + filter,
        "SELECT " + COLUMNS + filter + " ORDER BY seq LIMIT ? OFFSET ?", limit, offset, UserStore::map, filterArgs));
  }

  private static Optional<UserRow> findById(Connection c, String id) throws SQLException {
    return Rows.one(c, "SELECT " + COLUMNS + " FROM app_users WHERE id = ?", UserStore::map, id);
  }

  private static UserRow map(ResultSet rs) throws SQLException {
    JsonObject properties = JsonIo.parseStoredObject(rs.getString("properties"));
    return new UserRow(
        rs.getString("id"),
        rs.getString("project_id"),
        rs.getString("anonymous_id"),
        rs.getString("email"),
        rs.getString("password_hash"),
        rs.getString("display_name"),
        rs.getString("avatar_url"),
        properties,
        rs.getString("timezone"),
        Times.fromSql(rs.getObject("created_at", java.time.OffsetDateTime.class)),
        Times.fromSql(rs.getObject("updated_at", java.time.OffsetDateTime.class)));
  }
}
