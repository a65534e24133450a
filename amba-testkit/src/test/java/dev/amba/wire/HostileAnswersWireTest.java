package dev.amba.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaApiException;
import dev.amba.AmbaClient;
import dev.amba.AmbaTransportException;
import dev.amba.RetryPolicy;
import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.AmbaEmulatorExtension;
import dev.amba.testkit.Fault;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Answers a client must survive: oversized, not JSON, not UTF-8. */
@ExtendWith(AmbaEmulatorExtension.class)
class HostileAnswersWireTest {

  @Test
  void oversizedAnswer_failsClearlyAndIsNotRetried(AmbaEmulator emulator) {
    try (AmbaClient amba = AmbaClient.configure(emulator.config().toBuilder().maxResponseBytes(64 * 1024).build())) {
      String uid = emulator.createUser(emulator.defaultProject());
      emulator.clearRecordedRequests();
      emulator.faults().failNext(3, 200, "{\"data\":{\"id\":\"" + "x".repeat(200_000) + "\"}}", Map.of("Content-Type", "application/json"));
      assertThatThrownBy(() -> amba.users().get(uid))
          .isInstanceOf(AmbaTransportException.class)
          .hasMessageContaining("maxResponseBytes");
      assertThat(emulator.recordedRequests()).hasSize(1);
      emulator.faults().reset();
      assertThat(amba.users().get(uid).id()).isEqualTo(uid);
    }
  }

  @Test
  void oversizedAnswerWithoutALength_isCutOnceItPassesTheLimit(AmbaEmulator emulator) throws Exception {
    // A chunked answer declares no length, so the limit can only be applied while it arrives.
    com.sun.net.httpserver.HttpServer server =
        com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
    java.util.concurrent.atomic.AtomicInteger served = new java.util.concurrent.atomic.AtomicInteger();
    server.createContext("/", exchange -> {
      served.incrementAndGet();
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, 0);
      try (java.io.OutputStream out = exchange.getResponseBody()) {
        out.write("{\"data\":{\"id\":\"".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        byte[] chunk = "x".repeat(8 * 1024).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        for (int i = 0; i < 32; i++) {
          out.write(chunk);
          out.flush();
        }
        out.write("\"}}".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      } catch (java.io.IOException clientLeft) {
        // Expected: the client stops reading at its limit.
      }
    });
    server.start();
    try (AmbaClient amba = AmbaClient.configure(emulator.config().toBuilder()
        .apiUrl("http://127.0.0.1:" + server.getAddress().getPort())
        .maxResponseBytes(64 * 1024).build())) {
      assertThatThrownBy(() -> amba.users().get("u_1"))
          .isInstanceOf(AmbaTransportException.class)
          .hasMessageContaining("maxResponseBytes");
      // Refused for its shape: a repeat would bring the same answer.
      assertThat(served).hasValue(1);
    } finally {
      server.stop(0);
    }
  }

  @Test
  void successWithGarbageBody_isAnUnexpectedResponseError(AmbaEmulator emulator, AmbaClient amba) {
    emulator.faults().failNext(1, 200, "<html>surprise</html>", Map.of("Content-Type", "text/html"));
    assertThatThrownBy(() -> amba.users().get("u_1"))
        .isInstanceOfSatisfying(AmbaApiException.class, e -> assertThat(e.code()).isEqualTo("unexpected_response"));
  }

  @Test
  void errorWithHtmlBody_keepsStatusAndText(AmbaEmulator emulator) {
    try (AmbaClient amba = AmbaClient.configure(emulator.config().toBuilder().retryPolicy(RetryPolicy.none()).build())) {
      emulator.faults().failNext(1, 502, "<html><h1>502 Bad Gateway</h1></html>", Map.of("Content-Type", "text/html"));
      assertThatThrownBy(() -> amba.users().get("u_1"))
          .isInstanceOfSatisfying(AmbaApiException.class, e -> {
            assertThat(e.status()).isEqualTo(502);
            assertThat(e.serverMessage()).contains("502 Bad Gateway");
          });
    }
  }

  @Test
  void hundredMegabyteAnswer_isRefusedFromItsLengthWithoutReadingIt(AmbaEmulator emulator) {
    byte[] huge = new byte[100 * 1024 * 1024];
    java.util.Arrays.fill(huge, (byte) ' ');
    huge[0] = '{';
    huge[huge.length - 1] = '}';
    emulator.faults().next(1, Fault.raw(200, huge, Map.of("Content-Type", "application/json")));
    try (AmbaClient amba = AmbaClient.configure(emulator.config().toBuilder().retryPolicy(RetryPolicy.none()).build())) {
      assertThatThrownBy(() -> amba.users().get("u_1"))
          .isInstanceOf(AmbaTransportException.class).hasMessageContaining("maxResponseBytes");
    }
  }

  @Test
  void nonUtf8Answer_isAnUnexpectedResponseError(AmbaEmulator emulator, AmbaClient amba) {
    byte[] latin1 = "{\"data\":{\"id\":\"caf\u00e9\"}}".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    emulator.faults().next(1, Fault.raw(200, latin1, Map.of("Content-Type", "application/json")));
    assertThatThrownBy(() -> amba.users().get("u_1"))
        .isInstanceOfSatisfying(AmbaApiException.class, e -> assertThat(e.code()).isEqualTo("unexpected_response"));
    byte[] latin1Error = "{\"error\":{\"code\":\"bad\",\"message\":\"caf\u00e9\"}}".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    emulator.faults().next(1, Fault.raw(400, latin1Error, Map.of("Content-Type", "application/json")));
    assertThatThrownBy(() -> amba.users().get("u_1"))
        .isInstanceOfSatisfying(AmbaApiException.class, e -> assertThat(e.status()).isEqualTo(400));
  }

  @Test
  void serverThatStopsAnswering_holdsACallerNoLongerThanTheDocumentedBound(AmbaEmulator emulator) {
    Duration timeout = Duration.ofMillis(300);
    RetryPolicy policy = RetryPolicy.of(3, Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(100));
    try (AmbaClient amba = AmbaClient.configure(emulator.config().toBuilder()
        .requestTimeout(timeout).retryPolicy(policy).build())) {
      emulator.faults().delayNext(3, Duration.ofSeconds(30));
      Duration bound = timeout.multipliedBy(policy.maxAttempts()).plus(policy.maxTotalWait());
      long start = System.nanoTime();
      assertThatThrownBy(() -> amba.users().get("u_1")).isInstanceOfSatisfying(AmbaTransportException.class,
          e -> assertThat(e.attempts()).isEqualTo(3));
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      System.out.println("silent server: gave up after " + took.toMillis() + " ms; documented bound " + bound.toMillis() + " ms");
      // The bound itself, plus scheduling slack for a loaded 2-core machine; far below the 90 s the server would hold it.
      assertThat(took).isLessThan(bound.plusSeconds(10));
    }
  }

  @Test
  void droppedConnection_onGet_isRetried(AmbaEmulator emulator) {
    try (AmbaClient amba = AmbaClient.configure(emulator.config().toBuilder().sleeper(d -> { }).build())) {
      String uid = emulator.createUser(emulator.defaultProject());
      emulator.faults().dropNext(1);
      assertThat(amba.users().get(uid).id()).isEqualTo(uid);
    }
  }
}
