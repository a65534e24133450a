package dev.amba.testkit.internal;

import dev.amba.internal.endpoint.Endpoint;
import dev.amba.testkit.internal.engagement.EngagementStage;
import dev.amba.testkit.internal.engagement.ModeratedContent;
import dev.amba.testkit.internal.kit.Resource;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Every route of the emulator, each declared with its method, path pattern ({@code {name}}
 * segments capture) and access rule. Lookup prefers the route with the most literal segments, so
 * {@code /events/count} wins over {@code /events/{id}} whatever the registration order.
 */
public final class RouteTable {

  /**
   * The most bytes a JSON body may have: the largest legitimate one is a collection row with a
   * text cell of a million characters (up to 6 MB escaped), or 500 events with their properties.
   */
  public static final long JSON_BODY_LIMIT = 8L * 1024 * 1024;
  /** A DELETE carries at most a small JSON body (the push token to forget). */
  public static final long SMALL_BODY_LIMIT = 64L * 1024;
  /** An upload's bytes: at most 100 MB per PUT (amba-api.md section 6). */
  public static final long UPLOAD_BODY_LIMIT = 100L * 1024 * 1024;

  /** A registered route. */
  public record Route(String method, String pattern, Access access, Handler handler, String[] segments) {
    /**
     * The most body bytes a request to this route may carry; the server refuses a longer one with
     * 413 before reading it. GET and HEAD take none.
     */
    public long bodyLimit() {
      if (handler instanceof Handler.StreamingBody) {
        return UPLOAD_BODY_LIMIT;
      }
      switch (method) {
        case "GET":
        case "HEAD":
          return 0;
        case "DELETE":
          return SMALL_BODY_LIMIT;
        default:
          return JSON_BODY_LIMIT;
      }
    }

    int literalCount() {
      int n = 0;
      for (String s : segments) {
        if (!isParam(s)) {
          n++;
        }
      }
      return n;
    }
  }

  /** A route chosen for a request, with its captured path parameters. */
  public record Match(Route route, Map<String, String> params) {}

  private final List<Route> routes = new ArrayList<>();
  private final List<Endpoint> endpoints = new ArrayList<>();
  private final List<Resource> resources = new ArrayList<>();
  private final List<EngagementStage> stages = new ArrayList<>();
  private final List<ModeratedContent> moderated = new ArrayList<>();

  public synchronized RouteTable add(RouteModule module) {
    module.register(this);
    resources.addAll(module.resources());
    stages.addAll(module.stages());
    moderated.addAll(module.moderatedContent());
    return this;
  }

  /**
   * The moderated content types of every area added. The moderation module reads it when it
   * resolves an item, so it can be built before the areas it moderates.
   */
  public synchronized List<ModeratedContent> moderatedContent() {
    return List.copyOf(moderated);
  }

  /** The engagement stages of every area added. */
  public synchronized List<EngagementStage> stages() {
    return List.copyOf(stages);
  }

  /** The kit resources of every area added. */
  public synchronized List<Resource> resources() {
    return List.copyOf(resources);
  }

  /**
   * Serves one endpoint of the SDK's table: method, pattern and access rule all come from the
   * declaration, so the emulator cannot drift from what the SDK sends.
   */
  public RouteTable on(Endpoint endpoint, Handler handler) {
    route(endpoint.method(), endpoint.template(), Access.of(endpoint.credential()), handler);
    synchronized (this) {
      endpoints.add(endpoint);
    }
    return this;
  }

  /** Every route, in registration order. */
  public synchronized List<Route> routes() {
    return List.copyOf(routes);
  }

  /** The endpoints the routes were registered from, in registration order. */
  public synchronized List<Endpoint> endpoints() {
    return List.copyOf(endpoints);
  }

  private synchronized RouteTable route(String method, String pattern, Access access, Handler handler) {
    if (!pattern.startsWith("/")) {
      throw new IllegalArgumentException("pattern must start with /: " + pattern);
    }
    String[] segments = pattern.substring(1).split("/", -1);
    if (access == Access.ADMIN && !List.of(segments).contains("{projectId}")) {
      throw new IllegalArgumentException("admin route needs a {projectId} segment: " + pattern);
    }
    for (Route r : routes) {
      if (r.method().equals(method) && r.pattern().equals(pattern)) {
        throw new IllegalArgumentException("route registered twice: " + method + " " + pattern);
      }
    }
    routes.add(new Route(method, pattern, access, handler, segments));
    return this;
  }

  /**
   * Finds the route for a raw (still percent-encoded) path.
   *
   * @throws ApiException 404 {@code not_found} when no pattern matches the path, 405
   *     {@code method_not_allowed} when patterns match but none for this method
   */
  public synchronized Match resolve(String method, String rawPath) {
    String[] segments = splitPath(rawPath);
    Match best = null;
    TreeSet<String> allowed = new TreeSet<>();
    for (Route route : routes) {
      Map<String, String> params = match(route.segments(), segments);
      if (params == null) {
        continue;
      }
      allowed.add(route.method());
      if (!route.method().equals(method)) {
        continue;
      }
      if (best == null || route.literalCount() > best.route().literalCount()) {
        best = new Match(route, params);
      }
    }
    if (best != null) {
      return best;
    }
    if (allowed.isEmpty()) {
      throw ApiException.notFound("not_found", "no route for " + method + " " + rawPath);
    }
    throw new ApiException(
        405,
        "method_not_allowed",
        method + " is not allowed on " + rawPath + "; allowed: " + String.join(", ", allowed),
        jakarta.json.JsonValue.EMPTY_JSON_OBJECT,
        Map.of("Allow", String.join(", ", allowed)));
  }

  private static Map<String, String> match(String[] pattern, String[] path) {
    if (pattern.length != path.length) {
      return null;
    }
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 0; i < pattern.length; i++) {
      if (isParam(pattern[i])) {
        // An empty segment ("/users//x") is never a value: it is a malformed path.
        if (path[i].isEmpty()) {
          return null;
        }
        params.put(pattern[i].substring(1, pattern[i].length() - 1), path[i]);
      } else if (!pattern[i].equals(path[i])) {
        return null;
      }
    }
    return params;
  }

  private static boolean isParam(String segment) {
    return segment.length() > 2 && segment.startsWith("{") && segment.endsWith("}");
  }

  private static String[] splitPath(String rawPath) {
    if (rawPath == null || !rawPath.startsWith("/")) {
      return new String[] {"\u0000"};
    }
    String[] raw = rawPath.substring(1).split("/", -1);
    String[] decoded = new String[raw.length];
    for (int i = 0; i < raw.length; i++) {
      try {
        // URLDecoder is made for forms: keep a literal '+' in a path segment a '+'.
        decoded[i] = URLDecoder.decode(raw[i].replace("+", "%2B"), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        throw ApiException.badRequest("invalid_path", "malformed percent-encoding in path");
      }
    }
    return decoded;
  }
}
