package dev.amba.wire.xp;

import dev.amba.AmbaClient;
import dev.amba.AmbaUser;
import dev.amba.events.EventCountQuery;
import dev.amba.events.EventListQuery;
import dev.amba.events.StoredEvent;
import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.EmulatorProject;
import dev.amba.wire.ManualClock;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An emulator on a clock the XP tests move, and a fresh project with its admin client per test,
 * so totals, caps and event counts are exact. A test class registers both:
 *
 * <pre>{@code
 * @RegisterExtension static final XpFixture fixture = new XpFixture();
 * @RegisterExtension final XpFixture.Project p = fixture.new Project();
 * }</pre>
 */
final class XpFixture implements AutoCloseable, AfterAllCallback {

  /** A Monday morning, UTC. */
  static final Instant START = Instant.parse("2030-01-07T09:00:00Z");
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  final ManualClock clock = new ManualClock(START);
  final AmbaEmulator emulator = AmbaEmulator.builder().quiet(true).clock(clock).start();

  @Override
  public void close() {
    emulator.close();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    close();
  }

  /** One test's project and its admin client, closed after the test (or by try-with-resources). */
  final class Project implements AutoCloseable, AfterEachCallback {
    final EmulatorProject project = emulator.createProject();
    final AmbaClient amba = AmbaClient.configure(emulator.config(project));
    /** When this project came to be: every event of it is at or after this instant. */
    final Instant since = clock.instant();

    AmbaUser newUser() {
      return amba.asUser(emulator.createUser(project));
    }

    /** The project's events of that name for the user, newest first. */
    List<StoredEvent> events(String uid, String eventName) {
      return amba.events().listAll(EventListQuery.since(since).userId(uid).eventName(eventName)).toList();
    }

    /** How many events of that name the project stored, for the user or, with null, for everyone. */
    long count(String uid, String eventName) {
      // The SDK's own clock would end the window in the real present, before this clock's.
      EventCountQuery query = EventCountQuery.between(since, clock.instant().plusSeconds(1)).eventName(eventName);
      return amba.events().count(uid == null ? query : query.userId(uid)).total();
    }

    /** An admin call without the SDK, to read the answer exactly as sent. */
    Raw raw(String method, String path, String jsonBody) throws IOException, InterruptedException {
      return rawAs(null, method, path, jsonBody);
    }

    /** As {@link #raw}, on the client plane for {@code uid} when it is not null. */
    Raw rawAs(String uid, String method, String path, String jsonBody) throws IOException, InterruptedException {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(emulator.apiUrl() + path))
          .header("Authorization", "Bearer " + project.serverKey())
          .header("Content-Type", "application/json")
          .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofString(jsonBody));
      if (uid != null) {
        request.header("X-Api-Key", project.clientKey()).header("X-Amba-On-Behalf-Of", uid);
      }
      HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      JsonObject body = null;
      if (!response.body().isEmpty()) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
          body = reader.readObject();
        }
      }
      return new Raw(response.statusCode(), body);
    }

    String admin(String rest) {
      return "/v1/admin/projects/" + project.projectId() + rest;
    }

    @Override
    public void close() {
      amba.close();
    }

    @Override
    public void afterEach(ExtensionContext context) {
      close();
    }
  }

  record Raw(int status, JsonObject body) {}

  /** Moves the clock forward to the next {@code day} at {@code time} UTC (today's, if still ahead). */
  void advanceTo(DayOfWeek day, LocalTime time) {
    ZonedDateTime now = clock.instant().atZone(ZoneOffset.UTC);
    ZonedDateTime target = now.with(time);
    while (target.getDayOfWeek() != day || !target.isAfter(now)) {
      target = target.plusDays(1);
    }
    clock.advance(Duration.between(now, target));
  }
}
