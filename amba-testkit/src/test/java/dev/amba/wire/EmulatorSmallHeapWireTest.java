package dev.amba.wire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amba.testkit.EmulatorProject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Finding 7 of issue 10, where it hurt: an emulator in a 64 MB heap takes 45 bodies of 20 MB to
 * {@code /health} and 30 JSON bodies of 6 MB, and afterwards still answers every request. Before,
 * each body was read whole and kept by the request recorder, and the heap ran out.
 */
class EmulatorSmallHeapWireTest {

  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();

  @Test
  void fortyFiveTwentyMegabyteBodiesToHealth_andThirtySixMegabyteJsonBodies_leaveEveryLaterRequestWorking()
      throws Exception {
    try (ChildEmulator child = ChildEmulator.start("-Xmx64m", "-XX:+UseSerialGC")) {
      byte[] twentyMegabytes = new byte[20 * 1024 * 1024];
      Arrays.fill(twentyMegabytes, (byte) 'x');
      for (int i = 0; i < 45; i++) {
        sendWhole(child.port(), RawHttp.head("POST", "/health", "Host", "127.0.0.1",
            "Content-Length", Integer.toString(twentyMegabytes.length)), twentyMegabytes);
      }
      String pad = "y".repeat(6 * 1024 * 1024);
      for (int i = 0; i < 30; i++) {
        HttpResponse<String> r = post(child, "/v1/client/auth/email/login",
            "{\"email\":\"nobody@example.com\",\"password\":\"wrong-one\",\"pad\":\"" + pad + "\"}");
        assertThat(r.statusCode()).as("request %d: %s", i, r.body()).isEqualTo(401);
      }

      assertThat(HTTP.send(HttpRequest.newBuilder(URI.create(child.apiUrl() + "/health")).build(),
          HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
      for (int i = 0; i < 5; i++) {
        HttpResponse<String> signedIn = post(child, "/v1/client/auth/anonymous", "{}");
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(201);
      }
      assertThat(child.isAlive()).isTrue();
      assertThat(child.output()).noneMatch(line -> line.contains("OutOfMemoryError"));
    }
  }

  private static HttpResponse<String> post(ChildEmulator child, String path, String json)
      throws IOException, InterruptedException {
    EmulatorProject p = child.project();
    return HTTP.send(HttpRequest.newBuilder(URI.create(child.apiUrl() + path))
        .header("X-Api-Key", p.clientKey()).header("Content-Type", "application/json")
        .timeout(Duration.ofSeconds(60))
        .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Sends the head and as much of the body as the server takes, then reads whatever answer came:
   * a server that refuses the body hangs up early, which is what it should do.
   */
  private static void sendWhole(int port, String head, byte[] body) throws IOException {
    try (RawHttp raw = RawHttp.open(port, Duration.ofSeconds(60))) {
      raw.send(head);
      try {
        raw.send(body);
      } catch (IOException refused) {
        return;
      }
      try {
        raw.readAnswer();
      } catch (IOException gone) {
        // Also a way to refuse.
      }
    }
  }
}
