package dev.amba.testkit.internal;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** A success answer; errors travel as {@link ApiException}. */
public final class ApiResponse {
  private final int status;
  private final JsonValue body;
  private final Map<String, String> headers = new LinkedHashMap<>();
  private Path file;
  private byte[] bytes;
  private Streamer streamer;

  /** Writes a body of unknown length as it comes (server-sent events), until it returns. */
  @FunctionalInterface
  public interface Streamer {
    /**
     * Writes to {@code out}, flushing what the client should see now; an {@link java.io.IOException}
     * means the client left. Interrupted when the emulator closes.
     */
    void writeTo(java.io.OutputStream out) throws java.io.IOException, InterruptedException;
  }

  private ApiResponse(int status, JsonValue body) {
    this.status = status;
    this.body = body;
  }

  /** {@code {"data": item}} with 200. */
  public static ApiResponse ok(JsonValue data) {
    return new ApiResponse(200, envelope(data));
  }

  /** {@code {"data": item}} with 201. */
  public static ApiResponse created(JsonValue data) {
    return new ApiResponse(201, envelope(data));
  }

  /** A body that is not the plain envelope (lists carry paging fields beside data). */
  public static ApiResponse json(int status, JsonObject body) {
    return new ApiResponse(status, body);
  }

  /** 200 with the bytes of {@code file}, streamed, under the given content type (stored files). */
  public static ApiResponse file(Path file, String contentType) {
    ApiResponse response = new ApiResponse(200, null);
    response.file = file;
    response.headers.put("Content-Type", contentType);
    return response;
  }

  /** 200 with a text body that is not JSON (an export's CSV or NDJSON lines), UTF-8. */
  public static ApiResponse text(String text, String contentType) {
    ApiResponse response = new ApiResponse(200, null);
    response.bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    response.headers.put("Content-Type", contentType + "; charset=utf-8");
    return response;
  }

  /** 200 with a chunked body that {@code streamer} writes while the exchange stays open. */
  public static ApiResponse stream(String contentType, Streamer streamer) {
    ApiResponse response = new ApiResponse(200, null);
    response.streamer = java.util.Objects.requireNonNull(streamer, "streamer");
    response.headers.put("Content-Type", contentType);
    return response;
  }

  public static ApiResponse noContent() {
    return new ApiResponse(204, null);
  }

  public ApiResponse header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  public int status() {
    return status;
  }

  /** Null when the answer has no body. */
  public JsonValue body() {
    return body;
  }

  /** The file whose bytes are the body, or null for a JSON (or empty) answer. */
  public Path file() {
    return file;
  }

  /** The bytes of a text answer, or null for a JSON, file or empty one. */
  public byte[] bytes() {
    return bytes;
  }

  /** What writes a streamed body, or null for any other answer. */
  public Streamer streamer() {
    return streamer;
  }

  public Map<String, String> headers() {
    return headers;
  }

  private static JsonObject envelope(JsonValue data) {
    return JsonIo.object().add("data", data).build();
  }
}
