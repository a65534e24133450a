package dev.amba.wire.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amba.AmbaClient;
import dev.amba.testkit.AmbaEmulator;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Beyond loopback, every /_emulator/* route needs the console token; on loopback none does. */
class ConsoleTokenWireTest {
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpRequest.Builder advance(String url) {
    return HttpRequest.newBuilder(URI.create(url + "/_emulator/clock"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"advance_seconds\": 1}"));
  }

  @Test
  void beyondLoopback_theTokenIsRequired_inTheHeaderOrTheQuery() throws Exception {
    try (AmbaEmulator emulator = AmbaEmulator.builder().quiet(true).host("0.0.0.0").start()) {
      assertThat(emulator.consoleTokenRequired()).isTrue();
      String token = emulator.consoleToken();
      assertThat(token).startsWith("amb_console_");
      assertThat(emulator.consoleUrl()).isEqualTo(emulator.apiUrl() + "/_emulator/console?token=" + token);
      // Reached through loopback all the same: the bound host decides, not the peer.
      String url = "http://127.0.0.1:" + emulator.port();

      HttpResponse<String> none = send(advance(url));
      assertThat(none.statusCode()).isEqualTo(401);
      assertThat(none.body()).contains("emulator_token_required").doesNotContain(token);
      assertThat(send(advance(url).header("X-Emulator-Token", token + "x")).statusCode()).isEqualTo(401);
      assertThat(send(HttpRequest.newBuilder(URI.create(url + "/_emulator/console")).GET()).statusCode()).isEqualTo(401);
      assertThat(send(HttpRequest.newBuilder(URI.create(url + "/_emulator/anything")).GET()).statusCode()).isEqualTo(401);

      HttpResponse<String> byHeader = send(advance(url).header("X-Emulator-Token", token));
      assertThat(byHeader.statusCode()).isEqualTo(200);
      assertThat(byHeader.headers().firstValue("Set-Cookie")).isEmpty();
      HttpResponse<String> byQuery = send(HttpRequest.newBuilder(URI.create(url + "/_emulator/clock?token=" + token))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"advance_seconds\": 1}")));
      assertThat(byQuery.statusCode()).isEqualTo(200);
      // A page opened from the printed link gets a cookie, so its script and event stream get in.
      assertThat(byQuery.headers().firstValue("Set-Cookie")).hasValue(
          "amba_emulator_token=" + token + "; Path=/_emulator; HttpOnly; SameSite=Strict");
      assertThat(send(advance(url).header("Cookie", "other=1; amba_emulator_token=" + token)).statusCode())
          .isEqualTo(200);
      assertThat(send(advance(url).header("Cookie", "amba_emulator_token=" + token + "x")).statusCode())
          .isEqualTo(401);

      // The API itself takes its keys as ever.
      try (AmbaClient amba = AmbaClient.configure(emulator.config())) {
        String uid = emulator.createUser(emulator.defaultProject());
        assertThat(amba.asUser(uid).users().me().id()).isEqualTo(uid);
      }
    }
  }

  @Test
  void onLoopback_noTokenIsNeeded() throws Exception {
    try (AmbaEmulator emulator = AmbaEmulator.builder().quiet(true).start()) {
      assertThat(emulator.consoleTokenRequired()).isFalse();
      assertThat(emulator.consoleUrl()).isEqualTo(emulator.apiUrl() + "/_emulator/console");
      assertThat(send(advance(emulator.apiUrl())).statusCode()).isEqualTo(200);
    }
  }
}
