package dev.amba.wire.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amba.AmbaClient;
import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.EmulatorProject;
import dev.amba.wire.ManualClock;
import dev.amba.wire.RawHttp;
import dev.amba.xp.NewXpRule;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The console's own routes (issue 18): its static files with their content types and nothing
 * else, the projects with their keys, the clock, push deliveries, and the server-sent event stream
 * with its bounds.
 */
class ConsoleRoutesWireTest {
  private static final Instant START = Instant.parse("2026-03-02T12:00:00Z");

  private AmbaEmulator emulator;
  private AmbaClient amba;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @BeforeEach
  void start() {
    emulator = AmbaEmulator.builder().clock(new ManualClock(START)).quiet(true).start();
    amba = AmbaClient.configure(emulator.config());
  }

  @AfterEach
  void stop() {
    amba.close();
    emulator.close();
  }

  private HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(emulator.apiUrl() + path)).timeout(Duration.ofSeconds(30));
    if (headers.length > 0) {
      b.headers(headers);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }

  @Test
  void thePageAndItsFiles_areServedWithTheirContentTypes_andAPolicyThatKeepsThemOffline() throws Exception {
    HttpResponse<String> page = get("/_emulator/console");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).startsWith("default-src 'self'");
    assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(page.body()).contains("<script src=\"/_emulator/console/console.js\"").doesNotContain("http://", "https://");

    assertThat(get("/_emulator/console/index.html").body()).isEqualTo(page.body());
    HttpResponse<String> script = get("/_emulator/console/console.js");
    assertThat(script.headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
    assertThat(script.body()).contains("X-Emulator-Token").doesNotContain("http://", "https://");
    HttpResponse<String> style = get("/_emulator/console/console.css");
    assertThat(style.headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
    assertThat(style.body()).contains(":root");
  }

  @Test
  void aTokenInThePagesQuery_goesOnItsScriptAndStyleSheet_percentEncoded() throws Exception {
    String page = get("/_emulator/console?token=" + "a%20b%22%3E%3Cscript%3E").body();
    assertThat(page).contains("src=\"/_emulator/console/console.js?token=a%20b%22%3E%3Cscript%3E\"",
        "href=\"/_emulator/console/console.css?token=a%20b%22%3E%3Cscript%3E\"");
    assertThat(page).doesNotContain("\"><script>");
    assertThat(get("/_emulator/console").body()).contains("src=\"/_emulator/console/console.js\"");
  }

  @Test
  void noPath_reachesAnythingButTheConsolesFiles() throws Exception {
    // Class files and other resources beside the console's, the emulator's own classes, traversal in
    // every spelling: encoded slashes and dots land in the one file segment and name no file.
    List<String> attempts = List.of(
        "/_emulator/console/ConsoleRoutes.class",
        "/_emulator/console/..%2FConsoleRoutes.class",
        "/_emulator/console/%2e%2e%2f%2e%2e%2fAmbaEmulator.class",
        "/_emulator/console/..%2f..%2f..%2f..%2f..%2fMETA-INF%2fMANIFEST.MF",
        "/_emulator/console/%2Fetc%2Fpasswd",
        "/_emulator/console/..%5C..%5Cmodule-info.class",
        "/_emulator/console/console.js%00.html",
        "/_emulator/console/CONSOLE.JS",
        "/_emulator/console/");
    for (String path : attempts) {
      HttpResponse<String> answer = get(path);
      assertThat(answer.statusCode()).as(path).isEqualTo(404);
      assertThat(answer.body()).as(path).doesNotContain("package ", "Manifest-Version", "root:");
    }
    // Unencoded dots are the client's or the server's to resolve; over a raw socket they still name no file.
    try (RawHttp raw = RawHttp.open(emulator.port(), Duration.ofSeconds(30))) {
      RawHttp.Answer answer = raw.send(RawHttp.head("GET", "/_emulator/console/../../../../etc/passwd")).readAnswer();
      assertThat(answer.status()).isIn(400, 404);
      assertThat(answer.body()).doesNotContain("root:");
    }
  }

  @Test
  void projects_listEveryProjectWithItsKeys_theDefaultFirst() throws Exception {
    EmulatorProject second = emulator.createProject();
    HttpResponse<String> answer = get("/_emulator/console/api/projects");
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.headers().firstValue("Cache-Control")).hasValue("no-store");
    JsonArray data = json(answer.body()).getJsonArray("data");
    assertThat(data).hasSize(2);
    JsonObject first = data.getJsonObject(0);
    EmulatorProject p = emulator.defaultProject();
    assertThat(first.getString("project_id")).isEqualTo(p.projectId());
    assertThat(first.getString("client_key")).isEqualTo(p.clientKey());
    assertThat(first.getString("server_key")).isEqualTo(p.serverKey());
    assertThat(first.getString("pat")).isEqualTo(p.pat());
    assertThat(first.getBoolean("default")).isTrue();
    assertThat(data.getJsonObject(1).getString("project_id")).isEqualTo(second.projectId());
    assertThat(data.getJsonObject(1).getBoolean("default")).isFalse();
  }

  @Test
  void theClock_readsTheEmulatorsTime() throws Exception {
    assertThat(json(get("/_emulator/clock").body()).getJsonObject("data").getString("now"))
        .isEqualTo("2026-03-02T12:00:00Z");
  }

  @Test
  void pushDeliveries_areTheProjectsOwn_newestFirst_paged_andNeedItsServerKey() throws Exception {
    EmulatorProject p = emulator.defaultProject();
    String uid = emulator.createUser(p);
    amba.asUser(uid).push().register("tok-web-1", dev.amba.push.Platform.WEB);
    amba.push().sendTest(dev.amba.push.TestPush.of("First", "one").toUser(uid));
    amba.push().sendTest(dev.amba.push.TestPush.of("Second", "two").toUser(uid));
    EmulatorProject other = emulator.createProject();
    String path = "/v1/admin/projects/" + p.projectId() + "/_emulator/push/deliveries";

    JsonObject page = json(get(path + "?limit=1", "Authorization", "Bearer " + p.serverKey()).body());
    assertThat(page.getInt("total")).isEqualTo(2);
    assertThat(page.getJsonArray("data")).hasSize(1);
    JsonObject newest = page.getJsonArray("data").getJsonObject(0);
    assertThat(newest.getString("title")).isEqualTo("Second");
    assertThat(newest.getString("user_id")).isEqualTo(uid);
    assertThat(newest.getString("platform")).isEqualTo("web");
    assertThat(json(get(path + "?limit=1&offset=1", "Authorization", "Bearer " + p.serverKey()).body())
        .getJsonArray("data").getJsonObject(0).getString("title")).isEqualTo("First");

    assertThat(get(path).statusCode()).isEqualTo(401);
    assertThat(get(path, "Authorization", "Bearer " + other.serverKey()).statusCode()).isEqualTo(403);
    String otherPath = "/v1/admin/projects/" + other.projectId() + "/_emulator/push/deliveries";
    assertThat(json(get(otherPath, "Authorization", "Bearer " + other.serverKey()).body()).getInt("total")).isZero();
  }

  @Test
  void theEventStream_carriesTrackedAndDerivedEvents_ofItsProjectOnly() throws Exception {
    EmulatorProject p = emulator.defaultProject();
    amba.xp().createRule(NewXpRule.of("Lesson", "lesson_done", 10));
    String uid = emulator.createUser(p);
    EmulatorProject other = emulator.createProject();
    try (AmbaClient otherClient = AmbaClient.configure(emulator.config(other))) {
      otherClient.asUser(emulator.createUser(other)).events().track("elsewhere", Map.of());
    }

    try (Stream stream = open(p.projectId(), null)) {
      assertThat(stream.status).isEqualTo(200);
      assertThat(stream.contentType).startsWith("text/event-stream");
      amba.asUser(uid).events().track("lesson_done", Map.of("lesson", 3));

      JsonObject tracked = stream.nextEvent();
      assertThat(tracked.getString("event")).isEqualTo("lesson_done");
      assertThat(tracked.getString("user_id")).isEqualTo(uid);
      assertThat(tracked.getJsonObject("properties").getInt("lesson")).isEqualTo(3);
      assertThat(tracked.getBoolean("derived")).isFalse();
      JsonObject derived = stream.nextEvent();
      assertThat(derived.getString("event")).isEqualTo("xp_awarded");
      assertThat(derived.getBoolean("derived")).isTrue();
      assertThat(derived.getInt("depth")).isEqualTo(1);
    }
  }

  @Test
  void aStream_startsWithTheRecentEvents_andAReconnectResumesAfterItsLastEventId() throws Exception {
    EmulatorProject p = emulator.defaultProject();
    String uid = emulator.createUser(p);
    amba.asUser(uid).events().track("before_open", Map.of());
    String lastId;
    try (Stream stream = open(p.projectId(), null)) {
      assertThat(stream.nextEvent().getString("event")).isEqualTo("before_open");
      lastId = stream.lastId;
    }
    amba.asUser(uid).events().track("while_away", Map.of());
    try (Stream stream = open(p.projectId(), lastId)) {
      assertThat(stream.nextEvent().getString("event")).isEqualTo("while_away");
    }
  }

  @Test
  void theStream_needsAKnownProject() throws Exception {
    HttpResponse<String> missing = get("/_emulator/console/api/events/stream");
    assertThat(missing.statusCode()).isEqualTo(400);
    HttpResponse<String> unknown = get("/_emulator/console/api/events/stream?project_id=prj_nope");
    assertThat(unknown.statusCode()).isEqualTo(404);
  }

  @Test
  void streams_areCapped_andAClosedOneFreesItsPlace() throws Exception {
    String projectId = emulator.defaultProject().projectId();
    List<Stream> streams = new ArrayList<>();
    try {
      for (int i = 0; i < 8; i++) {
        Stream s = open(projectId, null);
        assertThat(s.status).isEqualTo(200);
        s.awaitPreamble();
        streams.add(s);
      }
      HttpResponse<String> refused = get("/_emulator/console/api/events/stream?project_id=" + projectId);
      assertThat(refused.statusCode()).isEqualTo(503);
      assertThat(json(refused.body()).getJsonObject("error").getString("code")).isEqualTo("too_many_streams");
    } finally {
      for (Stream s : streams) {
        s.close();
      }
    }
  }

  @Test
  void closingTheEmulator_endsItsStreams() throws Exception {
    try (Stream stream = open(emulator.defaultProject().projectId(), null)) {
      stream.awaitPreamble();
      emulator.close();
      assertThat(stream.readToEnd()).isTrue();
    }
  }

  private Stream open(String projectId, String lastEventId) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(
        URI.create(emulator.apiUrl() + "/_emulator/console/api/events/stream?project_id=" + projectId));
    if (lastEventId != null) {
      b.header("Last-Event-ID", lastEventId);
    }
    HttpResponse<InputStream> response = http.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
    return new Stream(response);
  }

  /** One server-sent-event stream, read frame by frame. */
  private static final class Stream implements AutoCloseable {
    final int status;
    final String contentType;
    final BufferedReader lines;
    private final InputStream body;
    String lastId;

    Stream(HttpResponse<InputStream> response) {
      this.status = response.statusCode();
      this.contentType = response.headers().firstValue("Content-Type").orElse("");
      this.body = response.body();
      this.lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
    }

    /** The stream's first frame (its retry hint), which the server writes as the stream opens. */
    void awaitPreamble() throws Exception {
      assertThat(lines.readLine()).startsWith("retry:");
    }

    /** The next data frame's JSON, skipping comments and the retry hint. */
    JsonObject nextEvent() throws Exception {
      String line;
      while ((line = lines.readLine()) != null) {
        if (line.startsWith("id: ")) {
          lastId = line.substring(4);
        } else if (line.startsWith("data: ")) {
          return json(line.substring(6));
        }
      }
      throw new AssertionError("the stream ended before an event");
    }

    /** True once the server ended the stream (end of body, or the connection closed under it). */
    boolean readToEnd() {
      try {
        while (lines.readLine() != null) {
          // Heartbeats and events until the end.
        }
        return true;
      } catch (java.io.IOException closed) {
        return true;
      }
    }

    @Override
    public void close() throws Exception {
      body.close();
    }
  }
}
