package dev.amba.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaClient;
import dev.amba.AmbaRateLimitException;
import dev.amba.AmbaServerException;
import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.AmbaEmulatorExtension;
import dev.amba.testkit.Fault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 10, smaller finding: a {@code Retry-After} too large to parse asks for longer than any cap,
 * so it ends the retries like one past the cap, instead of reading as absent and being retried.
 */
@ExtendWith(AmbaEmulatorExtension.class)
class HugeRetryAfterWireTest {

  @Test
  void retryAfterTooLargeToParse_endsTheRetries(AmbaEmulator emulator) {
    List<Duration> sleeps = new CopyOnWriteArrayList<>();
    try (AmbaClient amba = AmbaClient.configure(emulator.config().toBuilder().sleeper(sleeps::add).build())) {
      String uid = emulator.createUser(emulator.defaultProject());
      emulator.clearRecordedRequests();
      emulator.faults().next(3, Fault.raw(429, "{\"error\":{\"code\":\"rate_limited\",\"message\":\"later\"}}",
          Map.of("Content-Type", "application/json", "Retry-After", "99999999999999999999")));
      assertThatThrownBy(() -> amba.users().get(uid)).isInstanceOf(AmbaRateLimitException.class);
      assertThat(emulator.recordedRequests()).hasSize(1);
      assertThat(sleeps).isEmpty();
      emulator.faults().reset();
    }
  }

  @Test
  void retryAfterSecondsTooLargeInTheBody_endsTheRetries(AmbaEmulator emulator) {
    List<Duration> sleeps = new CopyOnWriteArrayList<>();
    try (AmbaClient amba = AmbaClient.configure(emulator.config().toBuilder().sleeper(sleeps::add).build())) {
      String uid = emulator.createUser(emulator.defaultProject());
      emulator.clearRecordedRequests();
      emulator.faults().next(3, Fault.raw(503, "{\"error\":{\"code\":\"unavailable\",\"message\":\"later\","
          + "\"details\":{\"retry_after_seconds\":99999999999999999999}}}", Map.of("Content-Type", "application/json")));
      assertThatThrownBy(() -> amba.users().get(uid)).isInstanceOf(AmbaServerException.class);
      assertThat(emulator.recordedRequests()).hasSize(1);
      assertThat(sleeps).isEmpty();
      emulator.faults().reset();
    }
  }
}
