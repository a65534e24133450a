package dev.amba.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.amba.AmbaApiException;
import dev.amba.AmbaClient;
import dev.amba.AmbaServerException;
import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.AmbaEmulatorExtension;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Issue 10: an error body the JSON parser itself cannot take is an answer the SDK does not understand. */
@ExtendWith(AmbaEmulatorExtension.class)
class UnreadableErrorBodyWireTest {

  @Test
  void errorBodyNestedDeeperThanTheParserTakes_isAnUnexpectedResponseCarryingTheStatus(AmbaEmulator emulator) {
    // Parsson refuses more than 1,000 levels with a bare RuntimeException.
    String deep = "{\"error\":{\"code\":\"x\",\"message\":\"m\",\"details\":{\"d\":" + "[".repeat(2000) + "]".repeat(2000)
        + "}}}";
    Map<String, String> json = Map.of("Content-Type", "application/json");
    try (AmbaClient amba = AmbaClient.configure(emulator.config().toBuilder().sleeper(d -> { }).build())) {
      // 503 is read for its retry hints before the retry decision; 400 only when the call fails.
      for (int status : new int[] {503, 400}) {
        emulator.faults().failNext(3, status, deep, json);
        Throwable t = catchThrowable(() -> amba.users().list(dev.amba.users.UserQuery.all()));
        assertThat(t).as("status %d", status).isInstanceOf(AmbaApiException.class);
        AmbaApiException e = (AmbaApiException) t;
        assertThat(e.status()).isEqualTo(status);
        assertThat(e.code()).isEqualTo("unexpected_response");
        assertThat(e.serverMessage()).hasSizeLessThan(200);
        if (status == 503) {
          assertThat(e).isInstanceOf(AmbaServerException.class);
        }
        emulator.faults().reset();
      }
    }
  }
}
