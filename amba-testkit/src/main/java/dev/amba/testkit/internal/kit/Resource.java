package dev.amba.testkit.internal.kit;

import dev.amba.testkit.internal.ApiException;
import dev.amba.testkit.internal.FieldErrors;
import dev.amba.testkit.internal.Ids;
import dev.amba.testkit.internal.JsonIo;
import dev.amba.testkit.internal.store.CollectionType;
import dev.amba.testkit.internal.store.Database;
import dev.amba.testkit.internal.store.Listing;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A module's stored resource, declared once: its table, owner, fields, key and order. From the
 * declaration come the table's DDL, the checks of create and update bodies (every mistake of a body
 * in one 400), the row's JSON, the lookups (by id, by key, or {@code {idOrKey}} as M1 says) and the
 * writes, so a module hand-writes only its domain rules.
 *
 * <p>Every SQL text is built from the declaration's constant names; request values only ever bind.
 */
public final class Resource {

  /** Whose rows these are: a project's definitions, or one user's rows within a project. */
  public enum Owner { PROJECT, USER }

  /** The rows one call may see: the project's, or one user's in it. */
  public record Scope(String projectId, String userId) {
    public static Scope project(String projectId) {
      return new Scope(projectId, null);
    }

    public static Scope user(String projectId, String userId) {
      return new Scope(projectId, userId);
    }
  }

  private static final Pattern UUID_SHAPED =
      Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,62}");
  public static final String CREATED_AT = "created_at";
  public static final String UPDATED_AT = "updated_at";
  /** The hidden column of {@link Builder#creationOrder()}: the row's number in its owner's rows. */
  public static final String CREATION_SEQ = "creation_seq";

  private final String table;
  private final Owner owner;
  private final boolean hasId;
  private final boolean onePerUser;
  private final List<Field> fields;
  private final Map<String, Field> byName;
  private final Field key;
  private final List<List<Field>> unique;
  private final boolean creationOrder;
  private final List<String> order;
  private final String notFoundCode;
  private final String notFoundMessage;
  private final String conflictCode;
  private final String conflictMessage;
  private final String invalidCode;
  private final String immutableCode;
  private final List<String> columns;
  private final String selectList;

  private Resource(Builder b) {
    this.table = b.table;
    this.owner = b.owner;
    this.hasId = b.hasId;
    this.onePerUser = b.onePerUser;
    this.fields = List.copyOf(b.fields);
    this.byName = new LinkedHashMap<>();
    for (Field f : fields) {
      if (!IDENTIFIER.matcher(f.column()).matches() || byName.put(f.name(), f) != null) {
        throw new IllegalArgumentException("bad or repeated field " + f.name() + " in " + table);
      }
    }
    this.key = b.key == null ? null : field(b.key);
    if (key != null && key.type() != CollectionType.TEXT) {
      throw new IllegalArgumentException("a key must be text: " + b.key);
    }
    if (onePerUser && (owner != Owner.USER || key != null)) {
      throw new IllegalArgumentException(table + ": one row per user needs a USER owner and no key");
    }
    List<List<Field>> uniques = new ArrayList<>();
    for (List<String> names : b.unique) {
      List<Field> together = new ArrayList<>();
      names.forEach(n -> together.add(field(n)));
      uniques.add(List.copyOf(together));
    }
    this.unique = List.copyOf(uniques);
    this.creationOrder = b.creationOrder;
    this.order = List.copyOf(b.order);
    order.forEach(name -> field(ascending(name)));
    this.notFoundCode = b.notFoundCode;
    this.notFoundMessage = b.notFoundMessage;
    this.conflictCode = b.conflictCode;
    this.conflictMessage = b.conflictMessage;
    this.invalidCode = b.invalidCode;
    this.immutableCode = b.immutableCode;
    List<String> all = new ArrayList<>();
    if (hasId) {
      all.add("id");
    }
    all.add("project_id");
    if (owner == Owner.USER) {
      all.add("user_id");
    }
    fields.forEach(f -> all.add(f.column()));
    this.columns = List.copyOf(all);
    List<String> quoted = new ArrayList<>();
    columns.forEach(c -> quoted.add(q(c)));
    this.selectList = String.join(", ", quoted);
  }

  /** Starts a declaration of the resource kept in {@code table}. */
  public static Builder in(String table, Owner owner) {
    return new Builder(table, owner);
  }

  public String table() {
    return table;
  }

  public Owner owner() {
    return owner;
  }

  public List<Field> fields() {
    return fields;
  }

  public Field field(String name) {
    Field f = byName.get(name);
    if (f == null) {
      throw new IllegalArgumentException("no field " + name + " in " + table);
    }
    return f;
  }

  /** The DDL of the table, for the migration step that first creates it. */
  public List<String> createTable() {
    StringBuilder sql = new StringBuilder("CREATE TABLE ").append(table).append(" (\n");
    if (hasId) {
      sql.append("  id UUID PRIMARY KEY,\n");
    }
    sql.append("  project_id VARCHAR(64) NOT NULL REFERENCES projects(id),\n");
    if (owner == Owner.USER) {
      sql.append("  user_id VARCHAR(64) NOT NULL REFERENCES app_users(id),\n");
    }
    for (Field f : fields) {
      sql.append("  ").append(q(f.column())).append(' ').append(f.sqlType())
          .append(f.nullable() ? "" : " NOT NULL").append(",\n");
    }
    sql.setLength(sql.length() - 2);
    sql.append("\n)");
    List<String> ddl = new ArrayList<>();
    ddl.add(sql.toString());
    if (key != null) {
      ddl.add("CREATE UNIQUE INDEX " + table + "_key ON " + table + "(" + ownerColumns() + ", " + q(key.column()) + ")");
    } else if (onePerUser) {
      ddl.add("CREATE UNIQUE INDEX " + table + "_owner ON " + table + "(" + ownerColumns() + ")");
    } else if (!hasId) {
      throw new IllegalStateException(table + " needs an id or a key to address its rows");
    }
    for (List<Field> together : unique) {
      List<String> names = new ArrayList<>();
      List<String> cols = new ArrayList<>();
      together.forEach(f -> {
        names.add(f.column());
        cols.add(q(f.column()));
      });
      ddl.add("CREATE UNIQUE INDEX " + table + "_" + String.join("_", names) + " ON " + table + "(" + ownerColumns()
          + ", " + String.join(", ", cols) + ")");
    }
    return ddl;
  }

  /**
   * Brings the table up to the declaration when the emulator starts: creates it when absent (a new
   * module needs no migration step of its own), adds a declared nullable column an older data
   * directory lacks, and fails on any other difference, which only a hand-written step can settle.
   */
  public void ensureTable(Connection c) throws SQLException {
    Set<String> present = liveColumns(c);
    try (java.sql.Statement s = c.createStatement()) {
      if (present.isEmpty()) {
        for (String sql : createTable()) {
          s.execute(sql);
        }
        return;
      }
      for (Field f : fields) {
        if (!present.contains(f.column()) && f.nullable()) {
          s.execute("ALTER TABLE " + table + " ADD COLUMN " + q(f.column()) + ' ' + f.sqlType());
        }
      }
    }
    verifyTable(c);
  }

  /**
   * Fails when the live table lacks a declared column, so an emulator never starts half-migrated.
   */
  public void verifyTable(Connection c) throws SQLException {
    Set<String> present = liveColumns(c);
    List<String> missing = new ArrayList<>();
    for (String column : columns) {
      if (!present.contains(column)) {
        missing.add(column);
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalStateException("table " + table + " lacks the declared columns " + missing
          + "; a column that is not nullable needs a migration step in Schema that adds it");
    }
  }

  private Set<String> liveColumns(Connection c) throws SQLException {
    Set<String> present = new TreeSet<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = ?")) {
      ps.setString(1, table.toUpperCase(Locale.ROOT));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          present.add(rs.getString(1).toLowerCase(Locale.ROOT));
        }
      }
    }
    return present;
  }

  // ---------------------------------------------------------------- bodies

  /**
   * The values of a create body: every writable field checked, required ones present, defaults
   * filled. Unknown and server-set fields are refused.
   *
   * @throws ApiException 400 listing every problem of the body
   */
  public Values forCreate(JsonObject body) {
    FieldErrors errors = new FieldErrors(invalidCode);
    unknownFields(body, errors);
    Values values = new Values();
    for (Field f : fields) {
      if (!f.writable()) {
        continue;
      }
      JsonValue given = body.get(f.name());
      if (given == null || (given.getValueType() == JsonValue.ValueType.NULL && !f.nullable())) {
        if (f.required()) {
          errors.add(f.name(), "is required", f.expected(), given);
        } else if (f.defaultValue() != null) {
          values.put(f, f.defaultValue(), errors);
        }
        continue;
      }
      values.put(f, given, errors);
    }
    errors.throwIfAny();
    return values;
  }

  /**
   * The values of a PATCH body: only the fields it names, each checked. An empty body, an unknown
   * field and an immutable one are refused.
   */
  public Values forUpdate(JsonObject body) {
    for (Field f : fields) {
      if (f.immutable() && body.containsKey(f.name())) {
        throw new FieldErrors(immutableCode).add(f.name(), "cannot change after the create").toException();
      }
    }
    FieldErrors errors = new FieldErrors(invalidCode);
    unknownFields(body, errors);
    if (body.isEmpty()) {
      errors.add("$", "must set at least one field");
    }
    Values values = new Values();
    for (Map.Entry<String, JsonValue> e : body.entrySet()) {
      Field f = byName.get(e.getKey());
      if (f != null && f.writable()) {
        values.put(f, e.getValue(), errors);
      }
    }
    errors.throwIfAny();
    return values;
  }

  private void unknownFields(JsonObject body, FieldErrors errors) {
    Set<String> allowed = new TreeSet<>();
    for (Field f : fields) {
      if (f.writable()) {
        allowed.add(f.name());
      }
    }
    errors.unknownFields(body, allowed);
  }

  /** An empty write, for a row the server makes or changes itself; fill it with {@link Values#set}. */
  public Values values() {
    return new Values();
  }

  /** Checked SQL values of one write, by field; the domain may add server-set ones. */
  public final class Values {
    private final Map<Field, Object> sql = new LinkedHashMap<>();
    private final Map<Field, JsonValue> json = new LinkedHashMap<>();

    private Values() {}

    void put(Field f, JsonValue value, FieldErrors errors) {
      int before = errors.size();
      Object converted = f.toSql(value, errors);
      if (errors.size() == before) {
        sql.put(f, converted);
        json.put(f, value);
      }
    }

    /** Sets a field the server decides; a value that does not fit is a bug, not a 400. */
    public Values set(String field, JsonValue value) {
      FieldErrors errors = new FieldErrors();
      put(field(field), value, errors);
      if (errors.size() > 0) {
        throw new IllegalStateException(table + "." + field + ": " + errors.toException().getMessage());
      }
      return this;
    }

    public boolean has(String field) {
      return json.containsKey(field(field));
    }

    /** The value given for a field, or null when the write does not set it. */
    public JsonValue get(String field) {
      return json.get(field(field));
    }

    /** Drops a field from the write (a domain rule consumed it). */
    public Values remove(String field) {
      Field f = field(field);
      sql.remove(f);
      json.remove(f);
      return this;
    }
  }

  // ---------------------------------------------------------------- rows

  /**
   * Inserts a row; {@code created_at} and {@code updated_at}, when declared, take {@code now}.
   *
   * @throws ApiException 409 with the declared conflict code when the key is taken
   */
  public Row insert(Connection c, Scope scope, Values values, Instant now) throws SQLException {
    checkScope(scope);
    stampTimes(values, now, true);
    if (creationOrder) {
      values.set(CREATION_SEQ, jakarta.json.Json.createValue(nextSeq(c, scope)));
    }
    String id = hasId ? Ids.uuid() : null;
    List<String> columns = new ArrayList<>();
    List<Object> args = new ArrayList<>();
    if (hasId) {
      columns.add("id");
      args.add(java.util.UUID.fromString(id));
    }
    columns.add("project_id");
    args.add(scope.projectId());
    if (owner == Owner.USER) {
      columns.add("user_id");
      args.add(scope.userId());
    }
    values.sql.forEach((f, v) -> {
      columns.add(q(f.column()));
      args.add(v);
    });
    String sql = "INSERT INTO " + table + "(" + String.join(", ", columns) + ") VALUES ("
        + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
    executeUnique(c, sql, args);
    if (hasId) {
      return byId(c, scope, id).orElseThrow();
    }
    return key == null ? ofUser(c, scope).orElseThrow()
        : byKey(c, scope, ((jakarta.json.JsonString) values.get(key.name())).getString()).orElseThrow();
  }

  /** Changes the fields {@code values} sets; {@code updated_at}, when declared, takes {@code now}. */
  public Row update(Connection c, Row row, Values values, Instant now) throws SQLException {
    stampTimes(values, now, false);
    if (values.sql.isEmpty()) {
      return row;
    }
    List<String> sets = new ArrayList<>();
    List<Object> args = new ArrayList<>();
    values.sql.forEach((f, v) -> {
      sets.add(q(f.column()) + " = ?");
      args.add(v);
    });
    StringBuilder sql = new StringBuilder("UPDATE ").append(table).append(" SET ").append(String.join(", ", sets));
    Scope scope = new Scope(row.projectId(), row.userId());
    appendRowMatch(sql, args, row);
    executeUnique(c, sql.toString(), args);
    if (hasId) {
      return byId(c, scope, row.id()).orElseThrow();
    }
    return key == null ? ofUser(c, scope).orElseThrow() : byKey(c, scope, row.string(key.name())).orElseThrow();
  }

  /**
   * As {@link #update}, but only while the {@code guarded} fields still hold the values {@code row}
   * has: a compare-and-set, so that two writers racing on one row (two events of one user advancing
   * the same progress) cannot both act on what they read. Empty when the row changed or went.
   */
  public Optional<Row> updateIfUnchanged(Connection c, Row row, Values values, Instant now, String... guarded)
      throws SQLException {
    if (guarded.length == 0) {
      throw new IllegalArgumentException("name at least one guarded field");
    }
    stampTimes(values, now, false);
    List<String> sets = new ArrayList<>();
    List<Object> args = new ArrayList<>();
    values.sql.forEach((f, v) -> {
      sets.add(q(f.column()) + " = ?");
      args.add(v);
    });
    if (sets.isEmpty()) {
      return Optional.of(row);
    }
    StringBuilder sql = new StringBuilder("UPDATE ").append(table).append(" SET ").append(String.join(", ", sets));
    appendRowMatch(sql, args, row);
    for (String name : guarded) {
      Field f = field(name);
      JsonValue held = row.get(name);
      if (held.getValueType() == JsonValue.ValueType.NULL) {
        sql.append(" AND ").append(q(f.column())).append(" IS NULL");
      } else {
        sql.append(" AND ").append(q(f.column())).append(" = ?");
        args.add(f.toSql(held, new FieldErrors()));
      }
    }
    if (execute(c, sql.toString(), args) == 0) {
      return Optional.empty();
    }
    Scope scope = new Scope(row.projectId(), row.userId());
    return hasId ? byId(c, scope, row.id()) : byKey(c, scope, row.string(key.name()));
  }

  /**
   * Runs a write that may break the key or a {@link Builder#unique} rule.
   *
   * @throws ApiException 409 with the declared conflict code when it does, if one is declared
   */
  private void executeUnique(Connection c, String sql, List<Object> args) throws SQLException {
    try {
      execute(c, sql, args);
    } catch (SQLException e) {
      if (Database.isUniqueViolation(e) && conflictCode != null) {
        throw new ApiException(409, conflictCode, conflictMessage);
      }
      throw e;
    }
  }

  /**
   * The next number among the owner's rows. Two transactions inserting at once may draw the same
   * one; the id then orders them, as it orders any rows created at the same time.
   */
  private long nextSeq(Connection c, Scope scope) throws SQLException {
    List<Object> args = new ArrayList<>();
    args.add(scope.projectId());
    String sql = "SELECT COALESCE(MAX(" + q(CREATION_SEQ) + "), 0) + 1 FROM " + table + " WHERE project_id = ?";
    if (scope.userId() != null) {
      sql += " AND user_id = ?";
      args.add(scope.userId());
    }
    try (PreparedStatement ps = prepare(c, sql, args); ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Deletes one row; whether it was still there. */
  public boolean delete(Connection c, Row row) throws SQLException {
    StringBuilder sql = new StringBuilder("DELETE FROM ").append(table);
    List<Object> args = new ArrayList<>();
    appendRowMatch(sql, args, row);
    return execute(c, sql.toString(), args) > 0;
  }

  /**
   * Deletes every row of the project where a field equals a value, whoever owns it (a definition's
   * rows of every user go with the definition); how many went.
   */
  public int deleteWhere(Connection c, String projectId, String field, Object sqlValue) throws SQLException {
    return execute(c, "DELETE FROM " + table + " WHERE project_id = ? AND " + q(field(field).column()) + " = ?",
        List.of(projectId, sqlValue));
  }

  private void appendRowMatch(StringBuilder sql, List<Object> args, Row row) {
    sql.append(" WHERE project_id = ?");
    args.add(row.projectId());
    if (owner == Owner.USER) {
      sql.append(" AND user_id = ?");
      args.add(row.userId());
    }
    if (hasId) {
      sql.append(" AND id = ?");
      args.add(java.util.UUID.fromString(row.id()));
    } else if (key != null) {
      sql.append(" AND ").append(q(key.column())).append(" = ?");
      args.add(row.string(key.name()));
    }
  }

  /**
   * The row a path segment names within the scope: a UUID-shaped value by id, anything else by
   * key (M1), never mixing the two.
   */
  public Optional<Row> find(Connection c, Scope scope, String idOrKey) throws SQLException {
    checkScope(scope);
    if (hasId && UUID_SHAPED.matcher(idOrKey).matches()) {
      return byId(c, scope, idOrKey);
    }
    return key == null ? Optional.empty() : byKey(c, scope, idOrKey);
  }

  /**
   * The row with this id within the scope, for paths that name rows by id alone (admin paths such
   * as {@code {itemId}}): a value that is not a UUID, a key among them, finds nothing.
   */
  public Optional<Row> findById(Connection c, Scope scope, String id) throws SQLException {
    checkScope(scope);
    if (!hasId || id == null || !UUID_SHAPED.matcher(id).matches()) {
      return Optional.empty();
    }
    return byId(c, scope, id);
  }

  /** As {@link #findById}, answering 404 with the declared code when there is no such row. */
  public Row requireById(Connection c, Scope scope, String id) throws SQLException {
    return findById(c, scope, id).orElseThrow(this::notFound);
  }

  /** As {@link #find}, answering 404 with the declared code when there is no such row. */
  public Row require(Connection c, Scope scope, String idOrKey) throws SQLException {
    return find(c, scope, idOrKey).orElseThrow(this::notFound);
  }

  public ApiException notFound() {
    return ApiException.notFound(notFoundCode, notFoundMessage);
  }

  private Optional<Row> byId(Connection c, Scope scope, String id) throws SQLException {
    List<Row> rows = select(c, scope, " AND id = ?", List.of(java.util.UUID.fromString(id)), "", List.of());
    return rows.stream().findFirst();
  }

  private Optional<Row> byKey(Connection c, Scope scope, String value) throws SQLException {
    List<Row> rows = select(c, scope, " AND " + q(key.column()) + " = ?", List.of(value), "", List.of());
    return rows.stream().findFirst();
  }

  /**
   * The user's row of a resource declared {@link Builder#onePerUser()}, such as a balance; empty
   * until the first write.
   */
  public Optional<Row> ofUser(Connection c, Scope scope) throws SQLException {
    if (!onePerUser) {
      throw new IllegalStateException(table + " is not declared one row per user");
    }
    checkScope(scope);
    return select(c, scope, "", List.of(), "", List.of()).stream().findFirst();
  }

  /** Every row of the scope, in the declared order. */
  public List<Row> list(Connection c, Scope scope) throws SQLException {
    checkScope(scope);
    return select(c, scope, "", List.of(), orderBy(), List.of());
  }

  /**
   * The rows of the scope where a field equals a value (the pipeline's "definitions whose
   * qualifying_event is this event"), in the declared order.
   */
  public List<Row> listWhere(Connection c, Scope scope, String field, Object sqlValue) throws SQLException {
    checkScope(scope);
    return select(c, scope, " AND " + q(field(field).column()) + " = ?", List.of(sqlValue), orderBy(), List.of());
  }

  /**
   * The rows of the whole project where a field equals a value, whoever owns them (every user's
   * entry of one leaderboard), in the declared order. Only a project-wide rule reads this way; a
   * request reads through its own scope.
   */
  public List<Row> listAcrossOwners(Connection c, String projectId, String field, Object sqlValue)
      throws SQLException {
    return select(c, new Scope(projectId, null), " AND " + q(field(field).column()) + " = ?", List.of(sqlValue),
        orderBy(), List.of());
  }

  /** One page of the scope's rows in the declared order, and the total. */
  public Listing<Row> page(Connection c, Scope scope, int limit, int offset) throws SQLException {
    checkScope(scope);
    return pageOf(c, scope, "", List.of(), limit, offset);
  }

  /**
   * One page of the scope's rows where a field equals one of {@code anyOf} (a user's transactions
   * in the currencies that still exist), in the declared order, and how many such rows there are.
   * None match an empty {@code anyOf}.
   */
  public Listing<Row> pageWhereIn(Connection c, Scope scope, String field, java.util.Collection<?> anyOf, int limit,
      int offset) throws SQLException {
    checkScope(scope);
    if (anyOf.isEmpty()) {
      return new Listing<>(List.of(), 0);
    }
    String marks = String.join(", ", java.util.Collections.nCopies(anyOf.size(), "?"));
    return pageOf(c, scope, " AND " + q(field(field).column()) + " IN (" + marks + ")", new ArrayList<>(anyOf), limit,
        offset);
  }

  /**
   * Conditions on this resource's declared fields, all of which a row must meet, for
   * {@link #pageWhere} and {@link #listWhere(Connection, Scope, Where)}: the SQL is built from the
   * declaration's column names, the values only bind. Each method returns a new value.
   */
  public final class Where {
    private final List<String> sql;
    private final List<Object> args;

    private Where(List<String> sql, List<Object> args) {
      this.sql = List.copyOf(sql);
      this.args = java.util.Collections.unmodifiableList(new ArrayList<>(args));
    }

    private Where and(String condition, Object... values) {
      List<String> s = new ArrayList<>(sql);
      s.add(condition);
      List<Object> a = new ArrayList<>(args);
      a.addAll(java.util.Arrays.asList(values));
      return new Where(s, a);
    }

    /** The field equals the SQL value. */
    public Where eq(String field, Object sqlValue) {
      return and(q(field(field).column()) + " = ?", sqlValue);
    }

    /** The field is at least the SQL value (an instant, a number). */
    public Where atLeast(String field, Object sqlValue) {
      return and(q(field(field).column()) + " >= ?", sqlValue);
    }

    /** One of two fields equals the SQL value (a pair's requester or addressee is the user). */
    public Where eitherEq(String field, String otherField, Object sqlValue) {
      return and("(" + q(field(field).column()) + " = ? OR " + q(field(otherField).column()) + " = ?)", sqlValue,
          sqlValue);
    }

    /**
     * The row's id is one of {@code ids} (a user's conversations among all of them): none match an
     * empty collection, and a value that is not a UUID matches nothing.
     */
    public Where idIn(java.util.Collection<String> ids) {
      if (!hasId) {
        throw new IllegalStateException(table + " has no id");
      }
      List<Object> uuids = new ArrayList<>();
      for (String id : ids) {
        if (id != null && UUID_SHAPED.matcher(id).matches()) {
          uuids.add(java.util.UUID.fromString(id));
        }
      }
      if (uuids.isEmpty()) {
        return and("1 = 0");
      }
      return and("id IN (" + String.join(", ", java.util.Collections.nCopies(uuids.size(), "?")) + ")",
          uuids.toArray());
    }

    /** The text field contains {@code text}, ignoring case; {@code %} and {@code _} mean themselves. */
    public Where containsIgnoringCase(String field, String text) {
      return and("LOCATE(?, LOWER(" + q(field(field).column()) + ")) > 0", text.toLowerCase(Locale.ROOT));
    }

    private String condition() {
      StringBuilder out = new StringBuilder();
      sql.forEach(c -> out.append(" AND ").append(c));
      return out.toString();
    }
  }

  /** No condition yet: every row of the scope. */
  public Where where() {
    return new Where(List.of(), List.of());
  }

  /** One page of the scope's rows that meet {@code where}, in the declared order, and how many meet it. */
  public Listing<Row> pageWhere(Connection c, Scope scope, Where where, int limit, int offset) throws SQLException {
    checkScope(scope);
    return pageOf(c, scope, where.condition(), where.args, limit, offset);
  }

  /** Every row of the scope that meets {@code where}, in the declared order. */
  public List<Row> listWhere(Connection c, Scope scope, Where where) throws SQLException {
    checkScope(scope);
    return select(c, scope, where.condition(), where.args, orderBy(), List.of());
  }

  /**
   * One page of the rows of every user of the project, in the declared order, and the total: what
   * an admin route lists across users (balances by total, say). Never for a client route.
   */
  public Listing<Row> pageOfEveryUser(Connection c, String projectId, int limit, int offset) throws SQLException {
    return pageOfEveryUser(c, projectId, null, null, limit, offset);
  }

  /**
   * As {@link #pageOfEveryUser(Connection, String, int, int)}, only the rows where a field equals a
   * value (a challenge's participants); the total counts those rows alone.
   */
  public Listing<Row> pageOfEveryUser(Connection c, String projectId, String field, Object sqlValue, int limit,
      int offset) throws SQLException {
    if (owner != Owner.USER || projectId == null) {
      throw new IllegalArgumentException(table + " is owned by " + owner + "; only user rows are listed across users");
    }
    return field == null ? pageOf(c, new Scope(projectId, null), "", List.of(), limit, offset)
        : pageOf(c, new Scope(projectId, null), " AND " + q(field(field).column()) + " = ?",
            java.util.Collections.singletonList(sqlValue), limit, offset);
  }

  /**
   * A scope without a user here means every user of the project: only the pagers pass one.
   * {@code condition} is SQL the declaration built (empty for every row of the scope), its values
   * bound from {@code conditionArgs}.
   */
  private Listing<Row> pageOf(Connection c, Scope scope, String condition, List<Object> conditionArgs, int limit,
      int offset) throws SQLException {
    List<Object> args = new ArrayList<>();
    StringBuilder where = new StringBuilder(" WHERE project_id = ?");
    args.add(scope.projectId());
    if (scope.userId() != null) {
      where.append(" AND user_id = ?");
      args.add(scope.userId());
    }
    where.append(condition);
    args.addAll(conditionArgs);
    long total;
    try (PreparedStatement ps = prepare(c, "SELECT COUNT(*) FROM " + table + where, args);
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      total = rs.getLong(1);
    }
    List<Row> rows = select(c, scope, condition, conditionArgs, orderBy() + " LIMIT ? OFFSET ?",
        List.of(limit, offset));
    return new Listing<>(rows, total);
  }

  /** A scope without a user reads the rows of every user of the project: only project-wide reads pass one. */
  private List<Row> select(Connection c, Scope scope, String condition, List<Object> conditionArgs,
      String tail, List<Object> tailArgs) throws SQLException {
    List<Object> args = new ArrayList<>();
    StringBuilder sql = new StringBuilder("SELECT ").append(selectList).append(" FROM ").append(table)
        .append(" WHERE project_id = ?");
    args.add(scope.projectId());
    if (scope.userId() != null) {
      sql.append(" AND user_id = ?");
      args.add(scope.userId());
    }
    sql.append(condition).append(tail);
    args.addAll(conditionArgs);
    args.addAll(tailArgs);
    List<Row> rows = new ArrayList<>();
    try (PreparedStatement ps = prepare(c, sql.toString(), args); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        rows.add(read(rs));
      }
    }
    return rows;
  }

  private Row read(ResultSet rs) throws SQLException {
    int i = 1;
    String id = null;
    if (hasId) {
      id = rs.getObject(i++, java.util.UUID.class).toString();
    }
    String projectId = rs.getString(i++);
    String userId = owner == Owner.USER ? rs.getString(i++) : null;
    Map<String, JsonValue> values = new LinkedHashMap<>();
    for (Field f : fields) {
      JsonValue v = f.type().read(rs, i++);
      if (f.type() == CollectionType.TIMESTAMPTZ && v instanceof jakarta.json.JsonString text) {
        // M2 fixes three fraction digits, which the collections' format drops when they are zero.
        v = stamp(Instant.parse(text.getString()));
      }
      values.put(f.name(), v);
    }
    return new Row(id, projectId, userId, values);
  }

  /** The row as the API answers it: {@code id} first when there is one, then the wire fields. */
  public JsonObject json(Row row) {
    return jsonBuilder(row).build();
  }

  /** As {@link #json}, open for a domain rule to add or replace computed fields. */
  public JsonObjectBuilder jsonBuilder(Row row) {
    JsonObjectBuilder out = JsonIo.object();
    if (hasId) {
      out.add("id", row.id());
    }
    for (Field f : fields) {
      if (f.onWire()) {
        out.add(f.name(), row.get(f.name()));
      }
    }
    return out;
  }

  private String orderBy() {
    List<String> columns = new ArrayList<>();
    for (String name : order) {
      columns.add(q(field(ascending(name)).column()) + (name.startsWith("-") ? " DESC" : ""));
    }
    if (creationOrder) {
      columns.add(q(CREATION_SEQ));
    }
    columns.add(hasId ? "id" : key != null ? q(key.column()) : "user_id");
    return " ORDER BY " + String.join(", ", columns);
  }

  /** The field of an order entry: {@code -name} sorts by {@code name} descending. */
  private static String ascending(String orderEntry) {
    return orderEntry.startsWith("-") ? orderEntry.substring(1) : orderEntry;
  }

  /**
   * A column name as SQL: quoted, so a field may be named {@code key} or {@code value} (H2
   * keywords), and upper case, the name H2 gave the unquoted columns of the older tables.
   */
  private static String q(String column) {
    return '"' + column.toUpperCase(Locale.ROOT) + '"';
  }

  private String ownerColumns() {
    return owner == Owner.USER ? "project_id, user_id" : "project_id";
  }

  private void checkScope(Scope scope) {
    if (scope.projectId() == null || (owner == Owner.USER) != (scope.userId() != null)) {
      throw new IllegalArgumentException(table + " is owned by " + owner + "; scope " + scope + " does not fit");
    }
  }

  /** An instant as the modules answer it: ISO-8601 UTC with milliseconds (M2). */
  public static JsonValue stamp(Instant instant) {
    // Always three digits: Instant.toString drops a zero fraction, and M2 fixes the precision.
    return jakarta.json.Json.createValue(MILLIS.format(instant));
  }

  private static final java.time.format.DateTimeFormatter MILLIS =
      java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(java.time.ZoneOffset.UTC);

  private void stampTimes(Values values, Instant now, boolean create) {
    if (create && byName.containsKey(CREATED_AT)) {
      values.set(CREATED_AT, stamp(now));
    }
    if (byName.containsKey(UPDATED_AT)) {
      values.set(UPDATED_AT, stamp(now));
    }
  }

  private static int execute(Connection c, String sql, List<Object> args) throws SQLException {
    try (PreparedStatement ps = prepare(c, sql, args)) {
      return ps.executeUpdate();
    }
  }

  private static PreparedStatement prepare(Connection c, String sql, List<Object> args) throws SQLException {
    PreparedStatement ps = c.prepareStatement(sql);
    try {
      for (int i = 0; i < args.size(); i++) {
        Object v = args.get(i);
        if (v == null) {
          ps.setNull(i + 1, java.sql.Types.NULL);
        } else {
          ps.setObject(i + 1, v);
        }
      }
      return ps;
    } catch (SQLException | RuntimeException e) {
      ps.close();
      throw e;
    }
  }

  /** A declaration in progress. */
  public static final class Builder {
    private final String table;
    private final Owner owner;
    private boolean hasId;
    private boolean onePerUser;
    private final List<Field> fields = new ArrayList<>();
    private String key;
    private final List<List<String>> unique = new ArrayList<>();
    private boolean creationOrder;
    private final List<String> order = new ArrayList<>();
    private String notFoundCode = "not_found";
    private String notFoundMessage;
    private String conflictCode;
    private String conflictMessage;
    private String invalidCode = "invalid_input";
    private String immutableCode = "immutable_field";

    private Builder(String table, Owner owner) {
      if (!IDENTIFIER.matcher(table).matches()) {
        throw new IllegalArgumentException("table must be a lower_snake identifier: " + table);
      }
      this.table = table;
      this.owner = owner;
      this.notFoundMessage = "no such " + table.replace('_', ' ') + " row";
    }

    /** Rows carry a server-made UUID {@code id}, first in their JSON. */
    public Builder withId() {
      hasId = true;
      return this;
    }

    /**
     * A USER-owned resource with at most one row per user (a balance, a profile of the module),
     * addressed by its owner alone through {@link Resource#ofUser}; the owner is its unique key.
     */
    public Builder onePerUser() {
      onePerUser = true;
      return this;
    }

    public Builder field(Field... declared) {
      fields.addAll(List.of(declared));
      return this;
    }

    /** {@code created_at} and {@code updated_at}, stamped by every write. */
    public Builder timestamps() {
      return field(Field.timestamp(CREATED_AT).asRequired().asServerSet(),
          Field.timestamp(UPDATED_AT).asRequired().asServerSet());
    }

    /** The text field that is unique per owner and that a path may name instead of the id. */
    public Builder key(String field) {
      key = field;
      return this;
    }

    /**
     * Fields whose values no two rows of one owner may share together, besides the key (a league's
     * tier order; a store lists an item once): a write that would repeat them answers 409 with the
     * declared conflict code, or, without one, fails with the SQL unique violation for the domain to
     * handle. The index is made with the table.
     */
    public Builder unique(String... fieldNames) {
      if (fieldNames.length == 0) {
        throw new IllegalArgumentException("unique needs at least one field");
      }
      unique.add(List.of(fieldNames));
      return this;
    }

    /**
     * Rows keep the order they were created in even within one instant of the clock (a manual test
     * clock that never moves, say): a hidden number taken at insert breaks ties of the declared
     * order, before the id does.
     */
    public Builder creationOrder() {
      creationOrder = true;
      return field(Field.bigint(CREATION_SEQ).asServerSet().offWire());
    }

    /** The order of lists; {@code -name} sorts by that field descending. Ties go by id, key or user. */
    public Builder orderBy(String... fieldNames) {
      order.addAll(List.of(fieldNames));
      return this;
    }

    public Builder notFound(String code, String message) {
      notFoundCode = code;
      notFoundMessage = message;
      return this;
    }

    public Builder conflict(String code, String message) {
      conflictCode = code;
      conflictMessage = message;
      return this;
    }

    /** The 400 code of a bad body: {@code invalid_input} for modules (M2), older sections their own. */
    public Builder invalidCode(String code) {
      invalidCode = code;
      return this;
    }

    /**
     * The 400 code of a PATCH naming an immutable field: {@code immutable_field} for modules (12.2),
     * older sections treat it as any unknown field.
     */
    public Builder immutableCode(String code) {
      immutableCode = code;
      return this;
    }

    public Resource build() {
      return new Resource(this);
    }
  }
}
