package dev.amba.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaClient;
import dev.amba.AmbaConfig;
import dev.amba.AmbaTransportException;
import dev.amba.AmbaUser;
import dev.amba.RetryPolicy;
import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.AmbaEmulatorExtension;
import dev.amba.testkit.Fault;
import dev.amba.users.ProfileUpdate;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The SDK against the emulator's fault switch: what is retried, what is not, and how long a call can take. */
@ExtendWith(AmbaEmulatorExtension.class)
class FaultToleranceWireTest {

  private static AmbaClient client(AmbaEmulator emulator, List<Duration> sleeps, RetryPolicy policy, Duration timeout) {
    AmbaConfig.Builder b = emulator.config().toBuilder().sleeper(sleeps::add).retryPolicy(policy);
    if (timeout != null) {
      b.requestTimeout(timeout);
    }
    return AmbaClient.configure(b.build());
  }

  @Test
  void endlessBody_isCutByTheDeadline(AmbaEmulator emulator) {
    List<Duration> sleeps = new CopyOnWriteArrayList<>();
    try (AmbaClient amba = client(emulator, sleeps, RetryPolicy.none(), Duration.ofMillis(400))) {
      emulator.faults().next(1, Fault.endlessBody());
      long start = System.nanoTime();
      assertThatThrownBy(() -> amba.users().get("u_1"))
          .isInstanceOfSatisfying(AmbaTransportException.class, e -> assertThat(e.isTimeout()).isTrue());
      // Bounded by the timeout, not by the server's minute-long trickle.
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
    }
  }

  @Test
  void truncatedBody_onGet_isRetried(AmbaEmulator emulator) {
    List<Duration> sleeps = new CopyOnWriteArrayList<>();
    try (AmbaClient amba = client(emulator, sleeps, RetryPolicy.defaults(), null)) {
      String uid = emulator.createUser(emulator.defaultProject());
      emulator.faults().next(1, Fault.truncatedBody());
      assertThat(amba.users().get(uid).id()).isEqualTo(uid);
      assertThat(sleeps).hasSize(1);
    }
  }

  @Test
  void resetAfterHandling_onPatch_isNotRetriedButTookEffect(AmbaEmulator emulator) {
    List<Duration> sleeps = new CopyOnWriteArrayList<>();
    try (AmbaClient amba = client(emulator, sleeps, RetryPolicy.defaults(), null)) {
      String uid = emulator.createUser(emulator.defaultProject());
      AmbaUser user = amba.asUser(uid);
      emulator.clearRecordedRequests();
      emulator.faults().next(1, Fault.resetAfterHandling());
      assertThatThrownBy(() -> user.users().update(ProfileUpdate.create().displayName("Once")))
          .isInstanceOf(AmbaTransportException.class);
      assertThat(emulator.recordedRequests()).hasSize(1);
      assertThat(user.users().me().displayName()).isEqualTo("Once");
    }
  }

  @Test
  void resetBeforeHandling_onTrackedEvent_isRetried(AmbaEmulator emulator) {
    List<Duration> sleeps = new CopyOnWriteArrayList<>();
    try (AmbaClient amba = client(emulator, sleeps, RetryPolicy.defaults(), null)) {
      String uid = emulator.createUser(emulator.defaultProject());
      emulator.faults().next(1, Fault.resetBeforeHandling());
      assertThat(amba.asUser(uid).events().track("app_opened").tracked()).isEqualTo(1);
      assertThat(sleeps).hasSize(1);
    }
  }

  @Test
  void rateLimited_waitsTheServersTime(AmbaEmulator emulator) {
    List<Duration> sleeps = new CopyOnWriteArrayList<>();
    try (AmbaClient amba = client(emulator, sleeps, RetryPolicy.defaults(), null)) {
      String uid = emulator.createUser(emulator.defaultProject());
      emulator.faults().next(1, Fault.rateLimited(Duration.ofSeconds(2)));
      assertThat(amba.users().get(uid).id()).isEqualTo(uid);
      assertThat(sleeps).containsExactly(Duration.ofSeconds(2));
    }
  }

  @Test
  void randomFaults_areAbsorbedByRetries(AmbaEmulator emulator) {
    List<Duration> sleeps = new CopyOnWriteArrayList<>();
    RetryPolicy patient = RetryPolicy.defaults().withMaxAttempts(12);
    try (AmbaClient amba = client(emulator, sleeps, patient, null)) {
      String uid = emulator.createUser(emulator.defaultProject());
      emulator.faults().onlyFor("/v1/admin").randomly(0.3, 42L,
          Fault.status(503), Fault.resetBeforeHandling(), Fault.truncatedBody(), Fault.status(502));
      for (int i = 0; i < 60; i++) {
        assertThat(amba.users().get(uid).id()).isEqualTo(uid);
      }
      assertThat(emulator.faults().randomlyInjected()).isGreaterThan(5);
      // Each injected fault costs at most one SDK retry; the JDK client itself silently repeats an
      // idempotent GET once when a reused connection is reset, so some cost none.
      assertThat(sleeps).isNotEmpty().hasSizeLessThanOrEqualTo((int) emulator.faults().randomlyInjected());
    }
  }
}
