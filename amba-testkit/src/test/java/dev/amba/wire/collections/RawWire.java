package dev.amba.wire.collections;

import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.EmulatorProject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Raw HTTP to the emulator, for requests the SDK refuses to send: the emulator must hold its own
 * line against callers that use no SDK at all.
 */
final class RawWire {
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();

  private final AmbaEmulator emulator;
  private final EmulatorProject project;

  RawWire(AmbaEmulator emulator) {
    this(emulator, emulator.defaultProject());
  }

  RawWire(AmbaEmulator emulator, EmulatorProject project) {
    this.emulator = emulator;
    this.project = project;
  }

  record Answer(int status, String body) {
    JsonObject json() {
      try (JsonReader r = Json.createReader(new StringReader(body))) {
        return r.readObject();
      }
    }

    String code() {
      return json().getJsonObject("error").getString("code");
    }

    String message() {
      return json().getJsonObject("error").getString("message");
    }

    String firstFieldPath() {
      return json().getJsonObject("error").getJsonObject("details").getJsonArray("fields").getJsonObject(0)
          .getString("path");
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** A client-plane call acting for {@code uid}; {@code path} is already encoded. */
  Answer asUser(String uid, String method, String path, String json) {
    return send(method, path, json, "X-Api-Key", project.clientKey(), "Authorization", "Bearer " + project.serverKey(),
        "X-Amba-On-Behalf-Of", uid);
  }

  /** An admin-plane call; {@code rest} follows {@code /v1/admin/projects/<id>}. */
  Answer admin(String method, String rest, String json) {
    return send(method, "/v1/admin/projects/" + project.projectId() + rest, json,
        "Authorization", "Bearer " + project.serverKey());
  }

  /** A find with the raw FindOptions JSON in the query parameter. */
  Answer find(String uid, String collection, String optionsJson) {
    return asUser(uid, "GET", "/v1/client/collections/" + collection + "?query=" + enc(optionsJson), null);
  }

  private Answer send(String method, String path, String json, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(emulator.apiUrl() + path))
        .timeout(Duration.ofSeconds(30))
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      b.header("Content-Type", "application/json");
    }
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    try {
      HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(r.statusCode(), r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
