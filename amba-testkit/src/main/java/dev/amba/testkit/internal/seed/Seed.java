package dev.amba.testkit.internal.seed;

import dev.amba.internal.endpoint.CollectionEndpoints;
import dev.amba.internal.endpoint.ConfigEndpoints;
import dev.amba.internal.endpoint.CurrencyEndpoints;
import dev.amba.internal.endpoint.Endpoint;
import dev.amba.internal.endpoint.FlagEndpoints;
import dev.amba.internal.endpoint.LeaderboardEndpoints;
import dev.amba.internal.endpoint.StreakEndpoints;
import dev.amba.internal.endpoint.UserEndpoints;
import dev.amba.testkit.EmulatorProject;
import dev.amba.testkit.internal.ApiException;
import dev.amba.testkit.internal.ApiRequest;
import dev.amba.testkit.internal.ApiResponse;
import dev.amba.testkit.internal.Caller;
import dev.amba.testkit.internal.Ids;
import dev.amba.testkit.internal.JsonIo;
import dev.amba.testkit.internal.Passwords;
import dev.amba.testkit.internal.RouteTable;
import dev.amba.testkit.internal.routes.AuthRoutes;
import dev.amba.testkit.internal.routes.CollectionRoutes;
import dev.amba.testkit.internal.store.CollectionDef;
import dev.amba.testkit.internal.store.Database;
import dev.amba.testkit.internal.store.Stores;
import dev.amba.testkit.internal.store.UserRow;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The emulator's seed file (docs/emulator-seed.md): projects with their keys, users, collection
 * definitions and rows, streak, currency and leaderboard definitions, feature flags and config
 * entries. Applying one goes
 * through the admin routes' own handlers, in process, with the project's server key as the caller,
 * so every rule of those routes applies; only what no route creates (a project with chosen keys, a
 * user with a chosen id, a row with a chosen id) is written through the stores, with the same
 * checks. {@link #export} writes the same format, so an export seeds an empty emulator into the
 * same state, and exporting that gives the same document.
 */
public final class Seed {
  /** The value of the document's {@code format} field; a later incompatible format gets a new one. */
  public static final String FORMAT = "amba-emulator-seed/1";

  private static final Set<String> TOP = Set.of("format", "projects");
  private static final Set<String> PROJECT = Set.of("id", "client_key", "server_key", "pat", "default", "users",
      "collections", "streaks", "currencies", "leaderboards", "flags", "config");
  private static final Set<String> USER = Set.of("id", "anonymous_id", "email", "password", "password_hash",
      "display_name", "avatar_url", "properties", "timezone");
  private static final Set<String> PROFILE = Set.of("display_name", "avatar_url", "properties", "timezone");
  private static final Set<String> COLLECTION = Set.of("name", "columns", "indexes", "rows");
  /** What the stores write on every row; an export leaves it out and a seed may not set it. */
  private static final Set<String> ROW_TIMES = Set.of("created_at", "updated_at", "deleted_at");
  private static final Pattern PROJECT_ID = Pattern.compile("[a-z0-9_]{1,64}");
  private static final Pattern KEY_TAIL = Pattern.compile("[A-Za-z0-9]{16,100}");
  private static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");

  /**
   * The module definitions a seed carries as the bodies of their admin create routes, and exports
   * from their admin list routes, less what the server generates.
   */
  private record Module(String key, Endpoint create, Endpoint list, Set<String> generated) {}

  private static final List<Module> MODULES = List.of(
      new Module("streaks", StreakEndpoints.ADMIN_CREATE, StreakEndpoints.ADMIN_LIST,
          Set.of("id", "created_at", "updated_at")),
      new Module("currencies", CurrencyEndpoints.ADMIN_CREATE, CurrencyEndpoints.ADMIN_LIST,
          Set.of("id", "created_at", "updated_at")),
      new Module("leaderboards", LeaderboardEndpoints.ADMIN_CREATE, LeaderboardEndpoints.ADMIN_LIST,
          Set.of("id", "created_at", "updated_at")),
      new Module("flags", FlagEndpoints.ADMIN_CREATE, FlagEndpoints.ADMIN_LIST,
          Set.of("id", "created_at", "updated_at")),
      new Module("config", ConfigEndpoints.ADMIN_CREATE, ConfigEndpoints.ADMIN_LIST,
          Set.of("id", "created_at", "updated_at")));

  private final Stores stores;
  private final RouteTable routes;

  public Seed(Stores stores, RouteTable routes) {
    this.stores = stores;
    this.routes = routes;
  }

  /** A seed file that cannot be read or applied; the message names the file and the JSON path. */
  public static final class Invalid extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    Invalid(String message) {
      super(message);
    }
  }

  /** Reads {@code file} as JSON; an unreadable file or bad JSON is {@link Invalid}, naming the file. */
  public static JsonObject read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new Invalid("cannot read the seed file " + file + ": "
          + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
    }
    try (Reader in = new java.io.StringReader(text); JsonReader reader = Json.createReader(in)) {
      JsonValue value = reader.readValue();
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        throw new Invalid(file + ": $: must be a JSON object");
      }
      return value.asJsonObject();
    } catch (JsonParsingException e) {
      throw new Invalid(file + ": not JSON at line " + e.getLocation().getLineNumber() + ", column "
          + e.getLocation().getColumnNumber() + ": " + e.getMessage());
    } catch (JsonException | IOException e) {
      throw new Invalid(file + ": not JSON: " + e.getMessage());
    }
  }

  /**
   * Creates everything {@code seed} describes in an emulator that has no project yet and returns
   * the default project. {@code source} names the seed in messages.
   *
   * @throws Invalid at the first problem, naming {@code source} and the JSON path
   */
  public EmulatorProject apply(JsonObject seed, String source) throws SQLException {
    At at = new At(source, "$");
    unknownFields(seed, TOP, at);
    JsonValue format = seed.get("format");
    if (format != null && !(format instanceof JsonString s && s.getString().equals(FORMAT))) {
      throw at.field("format").invalid("must be \"" + FORMAT + "\"");
    }
    JsonArray projects = array(seed, "projects", at, true);
    if (projects.isEmpty()) {
      throw at.field("projects").invalid("must list at least one project");
    }
    int defaults = 0;
    for (int i = 0; i < projects.size(); i++) {
      JsonObject p = object(projects.get(i), at.field("projects").index(i));
      if (bool(p, "default", at.field("projects").index(i))) {
        defaults++;
      }
    }
    if (defaults > 1) {
      throw at.field("projects").invalid("at most one project may be the default");
    }
    EmulatorProject defaultProject = null;
    for (int i = 0; i < projects.size(); i++) {
      At pAt = at.field("projects").index(i);
      JsonObject p = projects.get(i).asJsonObject();
      boolean isDefault = defaults == 0 ? i == 0 : bool(p, "default", pAt);
      EmulatorProject project = project(p, pAt, isDefault);
      if (isDefault) {
        defaultProject = project;
      }
    }
    return defaultProject;
  }

  private EmulatorProject project(JsonObject p, At at, boolean isDefault) throws SQLException {
    unknownFields(p, PROJECT, at);
    String id = string(p, "id", at, false);
    if (id != null && !PROJECT_ID.matcher(id).matches()) {
      throw at.field("id").invalid("must be 1 to 64 of a-z, 0-9 and _");
    }
    EmulatorProject project = new EmulatorProject(
        id == null ? Ids.projectId() : id,
        key(p, "client_key", "amb_dev_ck_", at, Ids::clientKey),
        key(p, "server_key", "amb_dev_sk_", at, Ids::serverKey),
        key(p, "pat", "amb_dev_pat_", at, Ids::pat));
    try {
      stores.projects().create(project, isDefault);
    } catch (SQLException e) {
      if (Database.isUniqueViolation(e)) {
        throw at.invalid("another project already has this id or one of these keys");
      }
      throw e;
    }
    JsonArray users = array(p, "users", at, false);
    for (int i = 0; i < users.size(); i++) {
      user(project, object(users.get(i), at.field("users").index(i)), at.field("users").index(i));
    }
    JsonArray collections = array(p, "collections", at, false);
    for (int i = 0; i < collections.size(); i++) {
      collection(project, object(collections.get(i), at.field("collections").index(i)),
          at.field("collections").index(i));
    }
    for (Module module : MODULES) {
      JsonArray definitions = array(p, module.key(), at, false);
      for (int i = 0; i < definitions.size(); i++) {
        At dAt = at.field(module.key()).index(i);
        call(module.create(), project, null, object(definitions.get(i), dAt), dAt);
      }
    }
    return project;
  }

  private void user(EmulatorProject project, JsonObject u, At at) throws SQLException {
    unknownFields(u, USER, at);
    String id = string(u, "id", at, false);
    if (id != null && !USER_ID.matcher(id).matches()) {
      throw at.field("id").invalid("must be 1 to 64 of A-Z, a-z, 0-9, _ . : and -");
    }
    String email = string(u, "email", at, false);
    if (email != null) {
      email = email.trim().toLowerCase(Locale.ROOT);
      if (email.length() > AuthRoutes.MAX_EMAIL || !AuthRoutes.EMAIL.matcher(email).matches()) {
        throw at.field("email").invalid("is not an email address of at most " + AuthRoutes.MAX_EMAIL + " characters");
      }
    }
    String password = string(u, "password", at, false);
    String hash = string(u, "password_hash", at, false);
    if (password != null && hash != null) {
      throw at.invalid("give password or password_hash, not both");
    }
    if ((password != null || hash != null) && email == null) {
      throw at.field(password != null ? "password" : "password_hash").invalid("needs an email to sign in with");
    }
    if (password != null && password.length() > AuthRoutes.MAX_PASSWORD) {
      throw at.field("password").invalid("must have at most " + AuthRoutes.MAX_PASSWORD + " characters");
    }
    if (hash != null && !Passwords.wellFormed(hash)) {
      throw at.field("password_hash").invalid("is not a hash an export wrote");
    }
    String anonymousId = string(u, "anonymous_id", at, false);
    if (anonymousId != null && email != null) {
      throw at.field("anonymous_id").invalid("is for users without an email");
    }
    if (anonymousId == null && email == null) {
      anonymousId = Ids.uuid();
    }
    UserRow row;
    try {
      row = stores.users().createSeeded(project.projectId(), id == null ? Ids.uuid() : id, anonymousId, email,
          password != null ? Passwords.hash(password) : hash);
    } catch (SQLException e) {
      if (Database.isUniqueViolation(e)) {
        throw at.invalid("another user already has this id or email");
      }
      throw e;
    }
    JsonObjectBuilder profile = JsonIo.object();
    PROFILE.forEach(k -> {
      if (u.containsKey(k)) {
        profile.add(k, u.get(k));
      }
    });
    JsonObject changes = profile.build();
    if (!changes.isEmpty()) {
      // The profile route's own checks: lengths, a properties object, a real time zone.
      call(UserEndpoints.ME_UPDATE, project, row.id(), changes, at);
    }
  }

  private void collection(EmulatorProject project, JsonObject c, At at) throws SQLException {
    unknownFields(c, COLLECTION, at);
    JsonObjectBuilder definition = JsonIo.object();
    c.forEach((k, v) -> {
      if (!k.equals("rows")) {
        definition.add(k, v);
      }
    });
    call(CollectionEndpoints.ADMIN_CREATE, project, null, definition.build(), at);
    String name = c.getString("name");
    JsonArray rows = array(c, "rows", at, false);
    for (int i = 0; i < rows.size(); i++) {
      At rAt = at.field("rows").index(i);
      JsonObject row = object(rows.get(i), rAt);
      for (String time : ROW_TIMES) {
        if (row.containsKey(time)) {
          throw rAt.field(time).invalid("is set by the emulator when the row is seeded");
        }
      }
      String owner = string(row, "user_id", rAt, true);
      if (stores.users().findInProject(project.projectId(), owner).isEmpty()) {
        throw rAt.field("user_id").invalid("names no user of this project; list it under users");
      }
      String idText = string(row, "id", rAt, false);
      UUID id;
      try {
        id = idText == null ? UUID.randomUUID() : UUID.fromString(idText);
      } catch (IllegalArgumentException e) {
        throw rAt.field("id").invalid("must be a UUID");
      }
      try {
        CollectionRoutes.insert(stores, project.projectId(), name, owner, id, row);
      } catch (ApiException e) {
        throw rAt.refused(e);
      }
    }
  }

  /** Runs a route's handler as a call with the project's server key (acting for {@code userId} when given). */
  private JsonValue call(Endpoint endpoint, EmulatorProject project, String userId, JsonObject body, At at)
      throws SQLException {
    String path = endpoint.template().contains("{projectId}") ? endpoint.path(project.projectId()) : endpoint.path();
    try {
      return dispatch(endpoint.method(), path, project, userId, body == null ? "" : JsonIo.write(body));
    } catch (ApiException e) {
      throw at.refused(e);
    }
  }

  private JsonValue dispatch(String method, String path, EmulatorProject project, String userId, String body)
      throws SQLException {
    String rawPath = path;
    String rawQuery = null;
    int q = path.indexOf('?');
    if (q >= 0) {
      rawPath = path.substring(0, q);
      rawQuery = path.substring(q + 1);
    }
    RouteTable.Match match = routes.resolve(method, rawPath);
    ApiRequest request = new ApiRequest(method, rawPath, rawQuery, Map.of(), body, Ids.uuid());
    request.pathParams(match.params());
    request.fromLoopback(true);
    try {
      ApiResponse response = match.route().handler().handle(request, new Caller(project, userId));
      return response.body();
    } catch (SQLException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("the seed's call to " + method + " " + rawPath + " failed: " + e, e);
    }
  }

  // ---- export ----

  /** Every project as a seed document: what {@link #apply} recreates. */
  public JsonObject export() throws SQLException {
    JsonArrayBuilder projects = JsonIo.array();
    // The default first, the others by id: projects a seed creates in one instant have no creation
    // order to keep, so an order by creation would not survive a round trip.
    List<EmulatorProject> all = new ArrayList<>(stores.projects().all());
    all.subList(1, all.size()).sort(java.util.Comparator.comparing(EmulatorProject::projectId));
    for (int i = 0; i < all.size(); i++) {
      projects.add(exportProject(all.get(i), i == 0));
    }
    return JsonIo.object().add("format", FORMAT).add("projects", projects).build();
  }

  private JsonObject exportProject(EmulatorProject project, boolean isDefault) throws SQLException {
    JsonObjectBuilder out = JsonIo.object()
        .add("id", project.projectId())
        .add("client_key", project.clientKey())
        .add("server_key", project.serverKey())
        .add("pat", project.pat())
        .add("default", isDefault);
    List<UserRow> users = stores.users().list(project.projectId(), null, Integer.MAX_VALUE, 0).items();
    JsonArrayBuilder userArray = JsonIo.array();
    for (UserRow u : users) {
      userArray.add(exportUser(u));
    }
    out.add("users", userArray);
    JsonArrayBuilder collections = JsonIo.array();
    for (CollectionDef def : stores.collections().list(project.projectId(), Integer.MAX_VALUE, 0).items()) {
      collections.add(exportCollection(project, def));
    }
    out.add("collections", collections);
    for (Module module : MODULES) {
      JsonArrayBuilder definitions = JsonIo.array();
      for (JsonValue item : listAll(module.list(), project)) {
        JsonObjectBuilder d = JsonIo.object();
        item.asJsonObject().forEach((k, v) -> {
          if (!module.generated().contains(k)) {
            d.add(k, v);
          }
        });
        definitions.add(d);
      }
      out.add(module.key(), definitions);
    }
    return out.build();
  }

  private static JsonObject exportUser(UserRow u) {
    JsonObjectBuilder out = JsonIo.object().add("id", u.id());
    optional(out, "anonymous_id", u.email() == null ? u.anonymousId() : null);
    optional(out, "email", u.email());
    optional(out, "password_hash", u.passwordHash());
    optional(out, "display_name", u.displayName());
    optional(out, "avatar_url", u.avatarUrl());
    if (!u.properties().isEmpty()) {
      out.add("properties", u.properties());
    }
    optional(out, "timezone", u.timezone());
    return out.build();
  }

  private JsonObject exportCollection(EmulatorProject project, CollectionDef def) throws SQLException {
    JsonObject described = dispatch("GET", CollectionEndpoints.ADMIN_GET.path(project.projectId(), def.name()),
        project, null, "").asJsonObject().getJsonObject("data");
    JsonArrayBuilder rows = JsonIo.array();
    for (JsonObject row : stores.collections().allLive(def)) {
      JsonObjectBuilder r = JsonIo.object();
      row.forEach((k, v) -> {
        if (!ROW_TIMES.contains(k)) {
          r.add(k, v);
        }
      });
      rows.add(r);
    }
    return JsonIo.object()
        .add("name", described.get("name"))
        .add("columns", described.get("columns"))
        .add("indexes", described.get("indexes"))
        .add("rows", rows)
        .build();
  }

  /** Every item of a list route, following its offset paging when it has any. */
  private List<JsonValue> listAll(Endpoint list, EmulatorProject project) throws SQLException {
    List<JsonValue> items = new ArrayList<>();
    String base = list.path(project.projectId());
    int offset = 0;
    while (true) {
      JsonObject page = dispatch("GET", base + "?limit=100&offset=" + offset, project, null, "").asJsonObject();
      JsonArray data = page.getJsonArray("data");
      items.addAll(data);
      offset += data.size();
      JsonValue total = page.get("total");
      if (data.isEmpty() || total == null || offset >= page.getJsonNumber("total").longValue()) {
        return items;
      }
    }
  }

  private static void optional(JsonObjectBuilder out, String key, String value) {
    if (value != null) {
      out.add(key, value);
    }
  }

  // ---- reading the document ----

  private static String key(JsonObject p, String field, String prefix, At at,
      java.util.function.Supplier<String> generate) {
    String value = string(p, field, at, false);
    if (value == null) {
      return generate.get();
    }
    if (!value.startsWith(prefix) || !KEY_TAIL.matcher(value.substring(prefix.length())).matches()) {
      throw at.field(field).invalid("must be " + prefix + " followed by 16 to 100 letters and digits");
    }
    return value;
  }

  private static void unknownFields(JsonObject o, Set<String> allowed, At at) {
    for (String k : new java.util.TreeSet<>(o.keySet())) {
      if (!allowed.contains(k)) {
        throw at.field(k).invalid("is not a field here; expected one of " + new java.util.TreeSet<>(allowed));
      }
    }
  }

  private static JsonObject object(JsonValue v, At at) {
    if (v.getValueType() != JsonValue.ValueType.OBJECT) {
      throw at.invalid("must be an object");
    }
    return v.asJsonObject();
  }

  private static JsonArray array(JsonObject o, String field, At at, boolean required) {
    JsonValue v = o.get(field);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      if (required) {
        throw at.field(field).invalid("is required");
      }
      return JsonValue.EMPTY_JSON_ARRAY;
    }
    if (v.getValueType() != JsonValue.ValueType.ARRAY) {
      throw at.field(field).invalid("must be an array");
    }
    return v.asJsonArray();
  }

  private static String string(JsonObject o, String field, At at, boolean required) {
    JsonValue v = o.get(field);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      if (required) {
        throw at.field(field).invalid("is required");
      }
      return null;
    }
    if (!(v instanceof JsonString s)) {
      throw at.field(field).invalid("must be a string");
    }
    return s.getString();
  }

  private static boolean bool(JsonObject o, String field, At at) {
    JsonValue v = o.get(field);
    if (v == null || v == JsonValue.NULL || v == JsonValue.FALSE) {
      return false;
    }
    if (v != JsonValue.TRUE) {
      throw at.field(field).invalid("must be true or false");
    }
    return true;
  }

  /** Where in the seed a value sits, as a JSON path ({@code $.projects[0].users[2].email}). */
  private record At(String source, String json) {
    At field(String name) {
      return new At(source, json + "." + name);
    }

    At index(int i) {
      return new At(source, json + "[" + i + "]");
    }

    Invalid invalid(String message) {
      return new Invalid(source + ": " + json + ": " + message);
    }

    /** A route's refusal, at the path of the field it names when it names one. */
    Invalid refused(ApiException e) {
      String field = null;
      JsonObject details = e.details();
      if (details != null && details.get("fields") instanceof JsonArray fields && !fields.isEmpty()
          && fields.get(0) instanceof JsonObject first && first.get("path") instanceof JsonString p) {
        field = p.getString();
      }
      At where = this;
      if (field != null && !field.isEmpty() && !field.equals("$")) {
        where = new At(source, json + (field.startsWith("[") ? "" : ".") + field);
      }
      return where.invalid(e.getMessage() + " (" + e.code() + ")");
    }
  }
}
