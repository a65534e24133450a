package dev.amba.testkit.internal.deeplinks;

import static dev.amba.testkit.internal.deeplinks.DeepLinkTables.CLICKS;
import static dev.amba.testkit.internal.deeplinks.DeepLinkTables.CLICK_BODY;
import static dev.amba.testkit.internal.deeplinks.DeepLinkTables.CONFIG;
import static dev.amba.testkit.internal.deeplinks.DeepLinkTables.LINKS;

import dev.amba.internal.endpoint.DeepLinkEndpoints;
import dev.amba.testkit.internal.ApiException;
import dev.amba.testkit.internal.ApiRequest;
import dev.amba.testkit.internal.ApiResponse;
import dev.amba.testkit.internal.Caller;
import dev.amba.testkit.internal.FieldErrors;
import dev.amba.testkit.internal.JsonIo;
import dev.amba.testkit.internal.RouteModule;
import dev.amba.testkit.internal.RouteTable;
import dev.amba.testkit.internal.kit.Crud;
import dev.amba.testkit.internal.kit.KeyedLocks;
import dev.amba.testkit.internal.kit.ProjectLocks;
import dev.amba.testkit.internal.kit.Resource;
import dev.amba.testkit.internal.kit.Resource.Scope;
import dev.amba.testkit.internal.kit.Resource.Values;
import dev.amba.testkit.internal.kit.Row;
import dev.amba.testkit.internal.store.Database;
import dev.amba.testkit.internal.store.Stores;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Deep links (amba-api-modules.md 30): links, clicks and settings declared on the kit, 30.3's rules
 * hand-written. A click is one transaction under its link's lock, so the row and the count move
 * together; links are made under the project's lock, so a made slug is free when it is taken.
 *
 * <p>X, beyond the protocol file: links are the project's, so any user resolves and clicks any link,
 * but the client's resolve answer leaves out {@code click_count} and {@code created_by} (only the
 * maker's create answer and admins carry them); a deleted link's slug is free again; a made slug
 * tries {@value #TRIES} texts and then answers 500 {@code retry_exhausted}; a click without a
 * platform counts under {@code unknown} in {@code clicks_by_platform}; {@code ip_address} is the
 * first entry of {@code X-Forwarded-For}; metadata must be a JSON object of at most
 * {@value DeepLinkTables#MAX_METADATA} characters; a slug that breaks 30.3 resolves to 404.
 */
public final class DeepLinkRoutes implements RouteModule {

  static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
  static final int MADE_LENGTH = 8;
  static final int TRIES = 5;
  /** M2: the admin list's default and greatest page. */
  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 100;
  static final String UNKNOWN_PLATFORM = "unknown";
  private static final Set<String> PUBLIC_CONFIG = Set.of("url_scheme", "universal_link_domain", "fallback_url");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Stores stores;
  private final Clock clock;
  private final Supplier<String> slugs;
  private final Crud links;
  private final ProjectLocks making = new ProjectLocks();
  private final ProjectLocks configuring = new ProjectLocks();
  private final KeyedLocks linkLocks = new KeyedLocks();

  public DeepLinkRoutes(Stores stores, Clock clock) {
    this(stores, clock, DeepLinkRoutes::randomSlug);
  }

  /** With the slugs made links try, in order: a test that needs collisions gives its own. */
  DeepLinkRoutes(Stores stores, Clock clock, Supplier<String> slugs) {
    this.stores = stores;
    this.clock = clock;
    this.slugs = slugs;
    this.links = Crud.of(LINKS, stores, clock).byIdOnly();
  }

  @Override
  public List<Resource> resources() {
    return List.of(LINKS, CLICKS, CONFIG);
  }

  @Override
  public void register(RouteTable routes) {
    routes.on(DeepLinkEndpoints.RESOLVE, this::resolve);
    routes.on(DeepLinkEndpoints.CLICK, this::click);
    routes.on(DeepLinkEndpoints.CONFIG, (request, caller) -> config(caller, true));
    routes.on(DeepLinkEndpoints.CREATE, making.serialized((request, caller) -> create(request, caller,
        caller.requireUser())));
    routes.on(DeepLinkEndpoints.ADMIN_CREATE, making.serialized((request, caller) -> create(request, caller, null)));
    routes.on(DeepLinkEndpoints.ADMIN_LIST, links.page(DEFAULT_LIMIT, MAX_LIMIT));
    routes.on(DeepLinkEndpoints.ADMIN_STATS, this::stats);
    routes.on(DeepLinkEndpoints.ADMIN_DELETE, this::delete);
    routes.on(DeepLinkEndpoints.ADMIN_CONFIG, (request, caller) -> config(caller, false));
    routes.on(DeepLinkEndpoints.ADMIN_PUT_CONFIG, configuring.serialized(this::putConfig));
  }

  // ---------------------------------------------------------------- client (30.1)

  /** {@code {id, slug, destination_url, metadata}}; counts nothing (30.3). */
  private ApiResponse resolve(ApiRequest request, Caller caller) throws SQLException {
    caller.requireUser();
    String slug = request.pathParam("slug");
    Row link = db().read(c -> bySlug(c, Scope.project(caller.projectId()), slug)).orElseThrow(LINKS::notFound);
    return ApiResponse.ok(JsonIo.object().add("id", link.id()).add("slug", link.get("slug"))
        .add("destination_url", link.get("destination_url")).add("metadata", link.get("metadata")).build());
  }

  /** 30.3: the click row and {@code click_count + 1} in one transaction, under the link's lock. */
  private ApiResponse click(ApiRequest request, Caller caller) throws SQLException {
    String uid = caller.requireUser();
    Values body = CLICK_BODY.forCreate(request.jsonObject());
    String linkId = ((JsonString) body.get("tracked_link_id")).getString();
    JsonValue platform = body.has("platform") ? body.get("platform") : JsonValue.NULL;
    Scope project = Scope.project(caller.projectId());
    linkLocks.transaction(db(), c -> {
      Row link = LINKS.requireById(c, project, linkId);
      CLICKS.insert(c, project, CLICKS.values()
          .set("tracked_link_id", Json.createValue(link.id()))
          .set("app_user_id", Json.createValue(uid))
          .set("platform", platform)
          .set("ip_address", JsonIo.string(forwardedFor(request)))
          .set("clicked_at", Resource.stamp(clock.instant())), clock.instant());
      return LINKS.update(c, link, LINKS.values().set("click_count", Json.createValue(link.bigint("click_count") + 1)),
          clock.instant());
    }, caller.projectId(), linkId);
    return ApiResponse.created(JsonIo.object().add("tracked", true).build());
  }

  /** The settings, the client seeing only 30.3's three public fields; {@code {data: null}} without any. */
  private ApiResponse config(Caller caller, boolean clientView) throws SQLException {
    if (clientView) {
      caller.requireUser();
    }
    Optional<Row> row = db().read(c -> configOf(c, Scope.project(caller.projectId())));
    if (row.isEmpty()) {
      return ApiResponse.ok(JsonValue.NULL);
    }
    JsonObject all = CONFIG.json(row.get());
    if (!clientView) {
      return ApiResponse.ok(all);
    }
    JsonObjectBuilder part = JsonIo.object();
    all.forEach((name, value) -> {
      if (PUBLIC_CONFIG.contains(name)) {
        part.add(name, value);
      }
    });
    return ApiResponse.ok(part.build());
  }

  /**
   * A link made by {@code createdBy} (null for an admin): the slug given (an admin must give one),
   * or one made free of clashes; 409 {@code slug_taken} for a slug in use.
   */
  private ApiResponse create(ApiRequest request, Caller caller, String createdBy) throws SQLException {
    Values values = LINKS.forCreate(request.jsonObject());
    if (createdBy == null && !values.has("slug")) {
      throw invalid("slug", "is required");
    }
    checkMetadata(values.get("metadata"));
    Scope project = Scope.project(caller.projectId());
    Row row = db().transaction(c -> {
      if (!values.has("slug")) {
        values.set("slug", Json.createValue(freeSlug(c, project)));
      } else if (bySlug(c, project, ((JsonString) values.get("slug")).getString()).isPresent()) {
        throw new ApiException(409, "slug_taken", "another tracked link has this slug");
      }
      values.set("click_count", Json.createValue(0L)).set("created_by", JsonIo.string(createdBy));
      return LINKS.insert(c, project, values, clock.instant());
    });
    return ApiResponse.created(LINKS.json(row));
  }

  // ---------------------------------------------------------------- admin (30.2)

  /** {@code {tracked_link_id, slug, total_clicks, unique_users, clicks_by_platform}} of the link's clicks. */
  private ApiResponse stats(ApiRequest request, Caller caller) throws SQLException {
    Scope project = Scope.project(caller.projectId());
    return ApiResponse.ok(db().read(c -> {
      Row link = LINKS.requireById(c, project, request.pathParam("linkId"));
      List<Row> clicks = CLICKS.listWhere(c, project, "tracked_link_id", UUID.fromString(link.id()));
      Set<String> users = new HashSet<>();
      Map<String, Long> byPlatform = new TreeMap<>();
      for (Row click : clicks) {
        if (!click.isNull("app_user_id")) {
          users.add(click.string("app_user_id"));
        }
        String platform = click.isNull("platform") ? UNKNOWN_PLATFORM : click.string("platform");
        byPlatform.merge(platform, 1L, Long::sum);
      }
      JsonObjectBuilder platforms = JsonIo.object();
      byPlatform.forEach(platforms::add);
      return JsonIo.object().add("tracked_link_id", link.id()).add("slug", link.get("slug"))
          .add("total_clicks", clicks.size()).add("unique_users", users.size())
          .add("clicks_by_platform", platforms).build();
    }));
  }

  /** Under the link's lock, so no click is half counted; the clicks are kept (30.2). */
  private ApiResponse delete(ApiRequest request, Caller caller) throws SQLException {
    Scope project = Scope.project(caller.projectId());
    String linkId = request.pathParam("linkId");
    Row removed = linkLocks.transaction(db(), c -> {
      Row link = LINKS.requireById(c, project, linkId);
      LINKS.delete(c, link);
      return link;
    }, caller.projectId(), linkId);
    return ApiResponse.ok(JsonIo.object().add("id", removed.id()).add("deleted", true).build());
  }

  /** The upsert of 30.2: the fields given change (null clears one); the row is made on the first call. */
  private ApiResponse putConfig(ApiRequest request, Caller caller) throws SQLException {
    Values values = CONFIG.forUpdate(request.jsonObject());
    Scope project = Scope.project(caller.projectId());
    Row row = db().transaction(c -> {
      Optional<Row> current = configOf(c, project);
      return current.isPresent() ? CONFIG.update(c, current.get(), values, clock.instant())
          : CONFIG.insert(c, project, values, clock.instant());
    });
    return ApiResponse.ok(CONFIG.json(row));
  }

  // ---------------------------------------------------------------- rules

  private static Optional<Row> bySlug(Connection c, Scope project, String slug) throws SQLException {
    if (!DeepLinkTables.SLUG.matcher(slug).matches()) {
      return Optional.empty();
    }
    return LINKS.listWhere(c, project, "slug", slug).stream().findFirst();
  }

  private static Optional<Row> configOf(Connection c, Scope project) throws SQLException {
    return CONFIG.list(c, project).stream().findFirst();
  }

  private String freeSlug(Connection c, Scope project) throws SQLException {
    for (int i = 0; i < TRIES; i++) {
      String slug = slugs.get();
      if (bySlug(c, project, slug).isEmpty()) {
        return slug;
      }
    }
    throw new ApiException(500, "retry_exhausted", "no free slug after " + TRIES + " tries");
  }

  private static void checkMetadata(JsonValue metadata) {
    if (metadata == null) {
      return;
    }
    if (metadata.getValueType() != JsonValue.ValueType.OBJECT) {
      throw invalid("metadata", "must be a JSON object");
    }
    if (JsonIo.write(metadata).length() > DeepLinkTables.MAX_METADATA) {
      throw invalid("metadata", "must be at most " + DeepLinkTables.MAX_METADATA + " characters as JSON");
    }
  }

  /** The first address of {@code X-Forwarded-For}, or null when there is none (or it is too long to keep). */
  private static String forwardedFor(ApiRequest request) {
    String header = request.header("X-Forwarded-For");
    if (header == null) {
      return null;
    }
    String first = header.split(",", 2)[0].trim();
    return first.isEmpty() || first.length() > DeepLinkTables.MAX_IP ? null : first;
  }

  private static ApiException invalid(String field, String message) {
    return new FieldErrors("invalid_input").add(field, message).toException();
  }

  private Database db() {
    return stores.db();
  }

  static String randomSlug() {
    StringBuilder slug = new StringBuilder(MADE_LENGTH);
    for (int i = 0; i < MADE_LENGTH; i++) {
      slug.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return slug.toString();
  }
}
