package dev.amba.wire.catalog;

import dev.amba.AmbaClient;
import dev.amba.AmbaUser;
import dev.amba.catalog.CatalogItem;
import dev.amba.catalog.ItemType;
import dev.amba.catalog.NewCatalogItem;
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
import java.time.Instant;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An emulator on a clock the catalog and store tests move (listing windows, updated_at), and a
 * fresh project with its admin client per test. Its client never sleeps between retries, so a
 * retried call costs no wall time. A test class registers both:
 *
 * <pre>{@code
 * @RegisterExtension static final CatalogFixture fixture = new CatalogFixture();
 * @RegisterExtension final CatalogFixture.Project p = fixture.new Project();
 * }</pre>
 */
public final class CatalogFixture implements AutoCloseable, AfterAllCallback {

  /** A Monday morning, UTC. */
  public static final Instant START = Instant.parse("2030-01-07T09:00:00Z");
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  public final ManualClock clock = new ManualClock(START);
  public final AmbaEmulator emulator = AmbaEmulator.builder().quiet(true).clock(clock).start();

  @Override
  public void close() {
    emulator.close();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    close();
  }

  /** One test's project and its admin client, closed after the test (or by try-with-resources). */
  public final class Project implements AutoCloseable, AfterEachCallback {
    public final EmulatorProject project = emulator.createProject();
    public final AmbaClient amba =
        AmbaClient.configure(emulator.config(project).toBuilder().sleeper(wait -> { }).build());

    public AmbaUser newUser() {
      return amba.asUser(emulator.createUser(project));
    }

    /** A durable item named after its key. */
    public CatalogItem item(String key) {
      return item(key, ItemType.DURABLE);
    }

    public CatalogItem item(String key, ItemType type) {
      return amba.catalog().create(NewCatalogItem.of(key, key.replace('_', ' ')).itemType(type));
    }

    /** An admin call without the SDK, to read the answer exactly as sent; {@code rest} follows the project path. */
    public Raw admin(String method, String rest, String jsonBody) throws IOException, InterruptedException {
      return send(null, method, "/v1/admin/projects/" + project.projectId() + rest, jsonBody);
    }

    /** A client-plane call for {@code uid} without the SDK. */
    public Raw client(String uid, String method, String path, String jsonBody)
        throws IOException, InterruptedException {
      return send(uid, method, path, jsonBody);
    }

    private Raw send(String uid, String method, String path, String jsonBody) throws IOException, InterruptedException {
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

    @Override
    public void close() {
      amba.close();
    }

    @Override
    public void afterEach(ExtensionContext context) {
      close();
    }
  }

  /** An answer as sent: the status and the JSON body. */
  public record Raw(int status, JsonObject body) {

    public JsonObject data() {
      return body.getJsonObject("data");
    }

    /** The error code, or null for a success. */
    public String code() {
      return body.containsKey("error") ? body.getJsonObject("error").getString("code") : null;
    }

    /** The {@code details.fields[].path} values of a 400. */
    public java.util.List<String> fieldPaths() {
      return body.getJsonObject("error").getJsonObject("details").getJsonArray("fields").stream()
          .map(f -> f.asJsonObject().getString("path")).toList();
    }
  }
}
