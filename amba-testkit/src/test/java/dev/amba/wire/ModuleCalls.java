package dev.amba.wire;

import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.EmulatorProject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;

/**
 * Plain HTTP to a product module's routes, for what the SDK hides or refuses to send: a 201 told
 * from a 200, both spellings of a field, a body the SDK's checks stop. One per project.
 */
public final class ModuleCalls {

  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();

  private final String base;
  private final EmulatorProject project;

  public ModuleCalls(AmbaEmulator emulator, EmulatorProject project) {
    this.base = emulator.apiUrl();
    this.project = project;
  }

  /** A status and the JSON body (an empty object for an empty body). */
  public record Answer(int status, JsonObject json) {
    public JsonObject data() {
      return json.getJsonObject("data");
    }

    public String code() {
      return json.getJsonObject("error").getString("code");
    }

    /** The {@code path} of each entry of {@code error.details.fields}. */
    public java.util.List<String> fieldPaths() {
      return json.getJsonObject("error").getJsonObject("details").getJsonArray("fields").stream()
          .map(f -> f.asJsonObject().getString("path")).toList();
    }
  }

  /** A client-plane call acting for {@code uid}, as {@code asUser(uid)} makes it; {@code rest} follows {@code /v1/client}. */
  public Answer asUser(String uid, String method, String rest, String json) {
    return send(HttpRequest.newBuilder(URI.create(base + "/v1/client" + rest))
        .header("X-Api-Key", project.clientKey())
        .header("Authorization", "Bearer " + project.serverKey())
        .header("X-Amba-On-Behalf-Of", uid), method, json);
  }

  /** An admin-plane call; {@code rest} follows {@code /v1/admin/projects/<id>}. */
  public Answer admin(String method, String rest, String json) {
    return adminWith(project.serverKey(), method, rest, json);
  }

  /** An admin-plane call with the project's developer PAT, as M1's PAT routes take it. */
  public Answer developer(String method, String rest, String json) {
    return adminWith(project.pat(), method, rest, json);
  }

  /** An admin-plane call of this project with any bearer token: another project's, a wrong one. */
  public Answer adminWith(String bearer, String method, String rest, String json) {
    return send(HttpRequest.newBuilder(URI.create(base + "/v1/admin/projects/" + project.projectId() + rest))
        .header("Authorization", "Bearer " + bearer), method, json);
  }

  private static Answer send(HttpRequest.Builder request, String method, String json) {
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    // Asynchronous and joined: the answer, or an unchecked failure, without checked exceptions to wrap.
    var response = HTTP.sendAsync(request.timeout(Duration.ofSeconds(30))
        .method(method, json == null ? BodyPublishers.noBody() : BodyPublishers.ofString(json)).build(),
        BodyHandlers.ofString()).join();
    String body = response.body();
    if (body == null || body.isEmpty()) {
      return new Answer(response.statusCode(), JsonObject.EMPTY_JSON_OBJECT);
    }
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return new Answer(response.statusCode(), reader.readObject());
    }
  }
}
