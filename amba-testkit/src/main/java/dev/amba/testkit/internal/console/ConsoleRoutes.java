package dev.amba.testkit.internal.console;

import dev.amba.internal.endpoint.EmulatorEndpoints;
import dev.amba.testkit.EmulatorProject;
import dev.amba.testkit.internal.ApiException;
import dev.amba.testkit.internal.ApiRequest;
import dev.amba.testkit.internal.ApiResponse;
import dev.amba.testkit.internal.Caller;
import dev.amba.testkit.internal.JsonIo;
import dev.amba.testkit.internal.Params;
import dev.amba.testkit.internal.RouteModule;
import dev.amba.testkit.internal.RouteTable;
import dev.amba.testkit.internal.Times;
import dev.amba.testkit.internal.store.PushStore;
import dev.amba.testkit.internal.store.Stores;
import jakarta.json.JsonArrayBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The web console (issue 18): its page and static files, and the few emulator-only routes it needs
 * beside the admin routes it calls like any client. Everything else the console shows it reads
 * through the project's own admin routes, with the keys {@code GET /_emulator/console/api/projects}
 * hands it.
 *
 * <p>X decisions: the console's routes take no credential but answer only requests from loopback,
 * like {@code POST /_emulator/clock} (the projects route hands out every key); the static files are
 * a fixed list, so no path can reach anything else; the event stream is per project
 * ({@code ?project_id=}), at most {@link EventStream#MAX_STREAMS} at once.
 */
public final class ConsoleRoutes implements RouteModule {

  /** The console's files, each with its content type; the page is {@code index.html}. */
  private static final Map<String, String> FILES = Map.of(
      "index.html", "text/html",
      "console.css", "text/css",
      "console.js", "text/javascript");
  /**
   * Nothing from another origin: no CDN, no inline script, so the console works offline and a
   * stored value shown on a page can never run as script.
   */
  private static final String POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; "
      + "base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

  private final Stores stores;
  private final EventStream events;
  private final Map<String, String> texts = new ConcurrentHashMap<>();

  public ConsoleRoutes(Stores stores, EventStream events) {
    this.stores = stores;
    this.events = events;
  }

  @Override
  public void register(RouteTable routes) {
    routes.on(EmulatorEndpoints.CONSOLE_PAGE, (request, caller) -> file(request, "index.html"));
    routes.on(EmulatorEndpoints.CONSOLE_FILE, (request, caller) -> file(request, request.pathParam("file")));
    routes.on(EmulatorEndpoints.CONSOLE_PROJECTS, this::projects);
    routes.on(EmulatorEndpoints.CONSOLE_EVENT_STREAM, this::stream);
    routes.on(EmulatorEndpoints.PUSH_DELIVERIES, this::pushDeliveries);
  }

  private ApiResponse file(ApiRequest request, String name) {
    loopbackOnly(request);
    String type = FILES.get(name);
    if (type == null) {
      throw ApiException.notFound("not_found", "the console has no file by that name");
    }
    String text = texts.computeIfAbsent(name, ConsoleRoutes::read);
    String token = Params.optional(request, "token");
    if (name.equals("index.html") && token != null) {
      // Bound beyond loopback, the emulator wants its console token on the page's own script and
      // style sheet too, which the browser fetches without the page's query. Percent-encoded, the
      // echoed token is letters, digits and "%-._*" only: nothing HTML could read as markup.
      String param = "?token=" + java.net.URLEncoder.encode(token, StandardCharsets.UTF_8).replace("+", "%20");
      text = text.replace("/console.js\"", "/console.js" + param + "\"")
          .replace("/console.css\"", "/console.css" + param + "\"");
    }
    return ApiResponse.text(text, type)
        .header("Content-Security-Policy", POLICY)
        .header("X-Content-Type-Options", "nosniff")
        .header("Cache-Control", "no-cache");
  }

  private static String read(String name) {
    try (InputStream in = ConsoleRoutes.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the console file " + name + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the console file " + name, e);
    }
  }

  private ApiResponse projects(ApiRequest request, Caller caller) throws SQLException {
    loopbackOnly(request);
    JsonArrayBuilder data = JsonIo.array();
    EmulatorProject first = null;
    for (EmulatorProject p : stores.projects().all()) {
      data.add(JsonIo.object()
          .add("project_id", p.projectId())
          .add("client_key", p.clientKey())
          .add("server_key", p.serverKey())
          .add("pat", p.pat())
          .add("default", first == null));
      first = first == null ? p : first;
    }
    return ApiResponse.ok(data.build()).header("Cache-Control", "no-store");
  }

  private ApiResponse stream(ApiRequest request, Caller caller) throws SQLException {
    loopbackOnly(request);
    String projectId = Params.optional(request, "project_id");
    if (projectId == null) {
      throw ApiException.badRequest("invalid_input", "project_id is required: the stream is one project's events");
    }
    if (stores.projects().findById(projectId).isEmpty()) {
      throw ApiException.notFound("project_not_found", "no such project");
    }
    EventStream.Subscriber subscriber = events.subscribe(projectId, lastEventId(request));
    return ApiResponse.stream("text/event-stream; charset=utf-8", out -> events.write(subscriber, out))
        .header("Cache-Control", "no-store");
  }

  /**
   * The browser's {@code Last-Event-ID} on a reconnect, else {@code ?after=}; absent or unreadable
   * means every recent event still kept.
   */
  private static long lastEventId(ApiRequest request) {
    String header = request.header("last-event-id");
    String sent = header != null ? header : Params.optional(request, "after");
    try {
      return sent == null ? 0 : Math.max(0, Long.parseLong(sent.trim()));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private ApiResponse pushDeliveries(ApiRequest request, Caller caller) throws SQLException {
    int limit = Params.intParam(request, "limit", 50, 1, 1000, "invalid_input");
    int offset = Params.intParam(request, "offset", 0, 0, Integer.MAX_VALUE, "invalid_input");
    // Newest first, as the console shows them; the store lists every project's, oldest first.
    List<PushStore.DeliveryRow> mine = new ArrayList<>();
    for (PushStore.DeliveryRow d : stores.push().deliveries()) {
      if (d.projectId().equals(caller.projectId())) {
        mine.add(d);
      }
    }
    Collections.reverse(mine);
    JsonArrayBuilder data = JsonIo.array();
    int from = Math.min(offset, mine.size());
    for (PushStore.DeliveryRow d : mine.subList(from, from + Math.min(limit, mine.size() - from))) {
      data.add(JsonIo.object()
          .add("campaign_id", JsonIo.string(d.campaignId()))
          .add("user_id", JsonIo.string(d.userId()))
          .add("token", JsonIo.string(d.token()))
          .add("platform", JsonIo.string(d.platform()))
          .add("title", JsonIo.string(d.title()))
          .add("body", JsonIo.string(d.body()))
          .add("data", JsonIo.parseStoredObject(d.dataJson()))
          .add("delivered_at", Times.format(d.deliveredAt())));
    }
    return ApiResponse.json(200, JsonIo.object().add("data", data).add("total", mine.size())
        .add("offset", offset).add("limit", limit).build());
  }

  private static void loopbackOnly(ApiRequest request) {
    if (!request.fromLoopback()) {
      throw ApiException.forbidden("loopback_only", "the emulator's console answers only on this machine");
    }
  }
}
