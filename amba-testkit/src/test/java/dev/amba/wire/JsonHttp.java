package dev.amba.wire;

import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.EmulatorProject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * JSON requests with a project's keys, for what the SDK will not send (a body it refuses before
 * sending) or will not show (the exact keys of an answer).
 */
public final class JsonHttp {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  /** A status and the body as JSON. */
  public record Answer(int status, JsonObject body) {}

  private final AmbaEmulator emulator;
  private final EmulatorProject project;

  public JsonHttp(AmbaEmulator emulator, EmulatorProject project) {
    this.emulator = emulator;
    this.project = project;
  }

  /** An admin call: {@code path} after {@code /v1/admin/projects/{p}}. */
  public Answer admin(String method, String path, String jsonBody) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(URI.create(emulator.apiUrl() + "/v1/admin/projects/" + project.projectId()
        + path)), method, jsonBody);
  }

  /** A client call acting for {@code uid}: {@code path} after {@code /v1/client}. */
  public Answer asUser(String uid, String method, String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(URI.create(emulator.apiUrl() + "/v1/client" + path))
        .header("X-Api-Key", project.clientKey()).header("X-Amba-On-Behalf-Of", uid), method, null);
  }

  private Answer send(HttpRequest.Builder b, String method, String jsonBody) throws IOException, InterruptedException {
    b.header("Authorization", "Bearer " + project.serverKey()).header("Accept", "application/json");
    if (jsonBody == null) {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(jsonBody));
    }
    HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    try (JsonReader reader = Json.createReader(new StringReader(r.body()))) {
      return new Answer(r.statusCode(), reader.readObject());
    }
  }
}
