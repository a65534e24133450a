package dev.amba.wire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amba.testkit.EmulatorProject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Issue 10: connections to the emulator cannot be held open forever, idle or trickling. The JDK
 * server reads its settings once per JVM, so each case runs an emulator in a JVM of its own.
 */
class EmulatorConnectionTimeoutsWireTest {

  /** Far beyond the two seconds the child is told, and far below "forever". */
  private static final Duration BOUND = Duration.ofSeconds(30);

  @Test
  void withoutUserSettings_theEmulatorBoundsRequestAndResponseTimeAndIdleConnections() throws IOException {
    try (ChildEmulator child = ChildEmulator.start()) {
      for (String name : ChildEmulator.SERVER_PROPERTIES) {
        assertThat(child.property(name)).as(name).isNotNull();
      }
      assertThat(Long.parseLong(child.property("sun.net.httpserver.maxReqTime"))).isPositive();
      assertThat(Long.parseLong(child.property("sun.net.httpserver.maxRspTime"))).isPositive();
      assertThat(Long.parseLong(child.property("sun.net.httpserver.idleInterval"))).isPositive();
    }
  }

  @Test
  void silentTricklingAndBodylessConnections_areClosedByTheServer_andAUsersSettingWins() throws Exception {
    try (ChildEmulator child = ChildEmulator.start("-Dsun.net.httpserver.maxReqTime=2",
        "-Dsun.net.httpserver.idleInterval=2", "-Dsun.net.httpserver.clockTick=250",
        "-Dsun.net.httpserver.timerMillis=250")) {
      assertThat(child.property("sun.net.httpserver.maxReqTime")).isEqualTo("2");
      assertThat(child.property("sun.net.httpserver.idleInterval")).isEqualTo("2");

      try (RawHttp silent = RawHttp.open(child.port(), BOUND)) {
        assertThat(silent.closedByServerWithin(BOUND)).as("a connection that never sends").isTrue();
      }

      try (RawHttp slowloris = RawHttp.open(child.port(), BOUND)) {
        AtomicBoolean stop = new AtomicBoolean();
        Thread trickle = new Thread(() -> {
          try {
            slowloris.send("GET /health HTTP/1.1\r\n");
            while (!stop.get()) {
              slowloris.send("X");
              Thread.sleep(100);
            }
          } catch (IOException | InterruptedException closed) {
            // The server hung up: the point of the test.
          }
        });
        trickle.start();
        try {
          assertThat(slowloris.closedByServerWithin(BOUND)).as("headers sent a byte at a time").isTrue();
        } finally {
          stop.set(true);
          trickle.join(BOUND.toMillis());
        }
      }

      EmulatorProject p = child.project();
      try (RawHttp bodyless = RawHttp.open(child.port(), BOUND)) {
        bodyless.send(RawHttp.head("POST", "/v1/client/auth/anonymous", "Host", "127.0.0.1", "X-Api-Key", p.clientKey(),
            "Content-Type", "application/json", "Content-Length", "100"));
        assertThat(bodyless.closedByServerWithin(BOUND)).as("a body announced and never sent").isTrue();
      }

      HttpResponse<String> health = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(child.apiUrl() + "/health")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(health.statusCode()).isEqualTo(200);
    }
  }
}
