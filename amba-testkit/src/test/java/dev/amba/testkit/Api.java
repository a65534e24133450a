package dev.amba.testkit;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** A raw HTTP client for the emulator's own tests: they test the wire, not the SDK. */
final class Api {
  private static final HttpClient HTTP = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .build();

  private final String base;

  Api(AmbaEmulator emulator) {
    this.base = emulator.apiUrl();
  }

  Call get(String path) {
    return new Call("GET", path);
  }

  Call post(String path) {
    return new Call("POST", path);
  }

  Call patch(String path) {
    return new Call("PATCH", path);
  }

  Call delete(String path) {
    return new Call("DELETE", path);
  }

  Call call(String method, String path) {
    return new Call(method, path);
  }

  static String enc(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  final class Call {
    private final String method;
    private final String path;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private String body;

    private Call(String method, String path) {
      this.method = method;
      this.path = path;
    }

    Call header(String name, String value) {
      headers.put(name, value);
      return this;
    }

    Call clientKey(String key) {
      return header("X-Api-Key", key);
    }

    Call bearer(String token) {
      return header("Authorization", "Bearer " + token);
    }

    Call onBehalfOf(String uid) {
      return header("X-Amba-On-Behalf-Of", uid);
    }

    /** Client key plus server key plus on-behalf-of: what asUser(uid) sends. */
    Call asUser(EmulatorProject project, String uid) {
      return clientKey(project.clientKey()).bearer(project.serverKey()).onBehalfOf(uid);
    }

    Call admin(EmulatorProject project) {
      return bearer(project.serverKey());
    }

    Call json(String json) {
      this.body = json;
      return header("Content-Type", "application/json");
    }

    Response send() {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
          .timeout(Duration.ofSeconds(20))
          .method(method, body == null
              ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofString(body));
      headers.forEach(request::header);
      try {
        HttpResponse<String> response =
            HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.body(), response.headers());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  record Response(int status, String body, HttpHeaders headers) {
    JsonObject json() {
      try (JsonReader reader = Json.createReader(new StringReader(body))) {
        return reader.readObject();
      }
    }

    JsonObject data() {
      return json().getJsonObject("data");
    }

    JsonObject error() {
      return json().getJsonObject("error");
    }

    String code() {
      return error().getString("code");
    }

    String header(String name) {
      return headers.firstValue(name).orElse(null);
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }
}
