package dev.amba.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaApiException;
import dev.amba.AmbaClient;
import dev.amba.AmbaTransportException;
import dev.amba.RetryPolicy;
import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.AmbaEmulatorExtension;
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
  void droppedConnection_onGet_isRetried(AmbaEmulator emulator) {
    try (AmbaClient amba = AmbaClient.configure(emulator.config().toBuilder().sleeper(d -> { }).build())) {
      String uid = emulator.createUser(emulator.defaultProject());
      emulator.faults().dropNext(1);
      assertThat(amba.users().get(uid).id()).isEqualTo(uid);
    }
  }
}
