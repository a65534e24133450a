package dev.amba.wire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.AmbaEmulatorExtension;
import dev.amba.testkit.EmulatorProject;
import dev.amba.testkit.RecordedRequest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Finding 7 of issue 10: a body is refused from its declared length, after routing and
 * authentication and before a byte of it is read; a chunked body stops at the limit; and the
 * request recorder holds a bounded number of bytes whatever the bodies were.
 */
@ExtendWith(AmbaEmulatorExtension.class)
class EmulatorBodyLimitsWireTest {

  /** The emulator's cap on a JSON body (the largest legitimate one: a row with a 1 M-char text cell). */
  private static final int JSON_LIMIT = 8 * 1024 * 1024;
  private static final long HUGE = 150L * 1024 * 1024;
  /** Long enough for a loaded machine to answer; far too short to read 150 MB that never comes. */
  private static final Duration ANSWER = Duration.ofSeconds(15);
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private static String[] actingFor(EmulatorProject p, String uid, String... more) {
    String[] base = {"Host", "127.0.0.1", "X-Api-Key", p.clientKey(), "Authorization", "Bearer " + p.serverKey(),
        "X-Amba-On-Behalf-Of", uid, "Content-Type", "application/json"};
    String[] all = Arrays.copyOf(base, base.length + more.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }

  @Test
  void declared150MegabyteBody_unauthenticated_isA401AtOnce_andTheBodyIsNeverRead(AmbaEmulator emulator)
      throws IOException {
    try (RawHttp raw = RawHttp.open(emulator.port(), ANSWER)) {
      raw.send(RawHttp.head("POST", "/v1/client/events", "Host", "127.0.0.1", "Content-Type", "application/json",
          "Content-Length", Long.toString(HUGE)));

      RawHttp.Answer answer = raw.readAnswer();

      assertThat(answer.status()).as(answer.toString()).isEqualTo(401);
      assertThat(answer.error().getString("kind")).isEqualTo("auth");
      assertThat(raw.closedByServerWithin(ANSWER)).as("the connection is closed, the body left unread").isTrue();
    }
    assertThat(emulator.recordedRequests()).singleElement().satisfies(r -> assertThat(r.body()).isEmpty());
  }

  @Test
  void declared150MegabyteBody_authenticated_isA413WithTheTypedBody_andTheBodyIsNeverRead(AmbaEmulator emulator)
      throws IOException {
    String uid = emulator.createUser(emulator.defaultProject());
    try (RawHttp raw = RawHttp.open(emulator.port(), ANSWER)) {
      raw.send(RawHttp.head("POST", "/v1/client/events",
          actingFor(emulator.defaultProject(), uid, "Content-Length", Long.toString(HUGE))));

      RawHttp.Answer answer = raw.readAnswer();

      assertThat(answer.status()).as(answer.toString()).isEqualTo(413);
      assertThat(answer.error().getString("code")).isEqualTo("payload_too_large");
      assertThat(answer.error().getString("kind")).isEqualTo("validation");
      assertThat(answer.error().getInt("status")).isEqualTo(413);
      assertThat(answer.error().getJsonObject("details").getJsonNumber("limit_bytes").longValue())
          .isEqualTo(JSON_LIMIT);
      assertThat(answer.header("x-request-id")).isNotBlank();
      assertThat(answer.header("connection")).isEqualToIgnoringCase("close");
      assertThat(raw.closedByServerWithin(ANSWER)).as("the connection is closed, the body left unread").isTrue();
    }
  }

  @Test
  void declaredHugeBody_toAnUnknownRouteOrMethod_isRefusedAtOnce(AmbaEmulator emulator) throws IOException {
    for (String[] target : List.of(new String[] {"POST", "/v1/no/such/route"}, new String[] {"POST", "/health"})) {
      try (RawHttp raw = RawHttp.open(emulator.port(), ANSWER)) {
        raw.send(RawHttp.head(target[0], target[1], "Host", "127.0.0.1", "Content-Length", Long.toString(HUGE)));
        RawHttp.Answer answer = raw.readAnswer();
        assertThat(answer.status()).as(answer.toString()).isIn(404, 405);
        assertThat(raw.closedByServerWithin(ANSWER)).isTrue();
      }
    }
  }

  @Test
  void bodyOnARouteThatTakesNone_isA413AtOnce(AmbaEmulator emulator) throws IOException {
    try (RawHttp raw = RawHttp.open(emulator.port(), ANSWER)) {
      raw.send(RawHttp.head("GET", "/health", "Host", "127.0.0.1", "Content-Length", "20000000"));
      RawHttp.Answer answer = raw.readAnswer();
      assertThat(answer.status()).as(answer.toString()).isEqualTo(413);
      assertThat(answer.error().getString("code")).isEqualTo("payload_too_large");
    }
  }

  @Test
  void chunkedBodyPastTheLimit_isA413_readNoFurtherThanTheLimit(AmbaEmulator emulator) throws IOException {
    String uid = emulator.createUser(emulator.defaultProject());
    try (RawHttp raw = RawHttp.open(emulator.port(), ANSWER)) {
      raw.send(RawHttp.head("POST", "/v1/client/events",
          actingFor(emulator.defaultProject(), uid, "Transfer-Encoding", "chunked")));
      // One byte past the limit, and then no last chunk: the body has not ended.
      byte[] chunk = new byte[JSON_LIMIT + 1];
      Arrays.fill(chunk, (byte) ' ');
      raw.send(Integer.toHexString(chunk.length) + "\r\n").send(chunk).send("\r\n");

      RawHttp.Answer answer = raw.readAnswer();

      assertThat(answer.status()).as(answer.toString()).isEqualTo(413);
      assertThat(answer.error().getString("code")).isEqualTo("payload_too_large");
      assertThat(raw.closedByServerWithin(ANSWER)).isTrue();
    }
  }

  @Test
  void chunkedBodyWithinTheLimit_isHandled(AmbaEmulator emulator) throws IOException {
    String uid = emulator.createUser(emulator.defaultProject());
    byte[] json = "{\"event\":\"chunked_ok\"}".getBytes(StandardCharsets.UTF_8);
    try (RawHttp raw = RawHttp.open(emulator.port(), ANSWER)) {
      raw.send(RawHttp.head("POST", "/v1/client/events",
          actingFor(emulator.defaultProject(), uid, "Transfer-Encoding", "chunked")));
      raw.send(Integer.toHexString(json.length) + "\r\n").send(json).send("\r\n0\r\n\r\n");
      RawHttp.Answer answer = raw.readAnswer();
      assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
      assertThat(raw.closedByServerWithin(Duration.ofMillis(300))).as("kept alive").isFalse();
    }
  }

  @Test
  void refusedEmptyRequest_keepsTheConnectionForTheNext(AmbaEmulator emulator) throws IOException {
    try (RawHttp raw = RawHttp.open(emulator.port(), ANSWER)) {
      raw.send(RawHttp.head("GET", "/v1/client/users/me", "Host", "127.0.0.1"));
      assertThat(raw.readAnswer().status()).isEqualTo(401);
      raw.send(RawHttp.head("GET", "/health", "Host", "127.0.0.1"));
      assertThat(raw.readAnswer().status()).isEqualTo(200);
    }
  }

  @Test
  void recorder_cutsEachBodyAndKeepsWithinItsByteBudget_droppingTheOldest(AmbaEmulator emulator) throws Exception {
    EmulatorProject p = emulator.defaultProject();
    int requests = 40;
    String pad = "x".repeat(1536 * 1024);
    for (int n = 0; n < requests; n++) {
      // Read and parsed by the route (a wrong password), so the whole body reaches the recorder.
      String body = "{\"n\":" + n + ",\"email\":\"nobody@example.com\",\"password\":\"wrong-one\",\"pad\":\"" + pad + "\"}";
      HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(emulator.apiUrl() + "/v1/client/auth/email/login"))
          .header("X-Api-Key", p.clientKey()).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).as(r.body()).isEqualTo(401);
    }

    List<RecordedRequest> recorded = emulator.recordedRequests();

    long chars = 0;
    for (RecordedRequest r : recorded) {
      assertThat(r.body()).hasSizeLessThanOrEqualTo(1024 * 1024 + 100).contains("[cut by the recorder: ");
      chars += r.method().length() + r.path().length() + r.body().length();
      for (var h : r.headers().entrySet()) {
        chars += h.getKey().length() + h.getValue().stream().mapToInt(String::length).sum();
      }
    }
    assertThat(2 * chars).as("UTF-16 bytes held").isLessThanOrEqualTo(16L * 1024 * 1024);
    assertThat(recorded.get(recorded.size() - 1).body()).startsWith("{\"n\":" + (requests - 1) + ",");
    assertThat(recorded.get(0).body()).doesNotStartWith("{\"n\":0,");
    assertThat(recorded.size()).isGreaterThan(3);
  }

  @Test
  void smallBodies_areRecordedWhole(AmbaEmulator emulator) throws Exception {
    EmulatorProject p = emulator.defaultProject();
    String body = "{\"email\":\"nobody@example.com\",\"password\":\"wrong-one\"}";
    HTTP.send(HttpRequest.newBuilder(URI.create(emulator.apiUrl() + "/v1/client/auth/email/login"))
        .header("X-Api-Key", p.clientKey()).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.discarding());
    assertThat(emulator.recordedRequests()).singleElement().satisfies(r -> assertThat(r.body()).isEqualTo(body));
  }
}
