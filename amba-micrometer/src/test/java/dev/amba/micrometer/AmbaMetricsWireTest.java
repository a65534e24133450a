package dev.amba.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaClient;
import dev.amba.AmbaConfig;
import dev.amba.AmbaListener;
import dev.amba.AmbaNotFoundException;
import dev.amba.AmbaTransportException;
import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.AmbaEmulatorExtension;
import dev.amba.testkit.Fault;
import dev.amba.users.ProfileUpdate;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link AmbaMetrics} over the wire: one timer sample per call, a retry counter, and nothing else. */
@ExtendWith(AmbaEmulatorExtension.class)
class AmbaMetricsWireTest {

  static final String USER_ROUTE = "/v1/admin/projects/{projectId}/users/{userId}";

  final SimpleMeterRegistry registry = new SimpleMeterRegistry();

  static AmbaClient client(AmbaEmulator emulator, AmbaListener listener) {
    // No real waits between attempts: the emulator's fault switch makes the retries.
    AmbaConfig config = emulator.config().toBuilder().sleeper(wait -> {}).listener(listener).build();
    return AmbaClient.configure(config);
  }

  static Map<String, String> tags(Meter meter) {
    return meter.getId().getTags().stream().collect(Collectors.toMap(Tag::getKey, Tag::getValue));
  }

  @Test
  void aCall_isOneTimerSample_taggedByOperationRouteStatusOutcomeAndError(AmbaEmulator emulator) {
    try (AmbaClient amba = client(emulator, AmbaMetrics.of(registry))) {
      String uid = emulator.createUser(emulator.defaultProject());
      amba.users().get(uid);

      Timer timer = registry.get(AmbaMetrics.CALLS).timer();
      assertThat(timer.count()).isEqualTo(1);
      assertThat(timer.totalTime(java.util.concurrent.TimeUnit.NANOSECONDS)).isPositive();
      assertThat(tags(timer)).containsExactlyInAnyOrderEntriesOf(Map.of(
          "operation", "admin.users.get",
          "method", "GET",
          "route", USER_ROUTE,
          "status", "200",
          "outcome", "SUCCESS",
          "error", "none"));
      assertThat(registry.find(AmbaMetrics.RETRIES).counters()).isEmpty();
    }
  }

  @Test
  void aRetriedCall_isStillOneSample_andCountsOneRetryWithItsReason(AmbaEmulator emulator) {
    try (AmbaClient amba = client(emulator, AmbaMetrics.of(registry))) {
      String uid = emulator.createUser(emulator.defaultProject());
      emulator.clearRecordedRequests();
      emulator.faults().next(1, Fault.status(503));
      amba.users().get(uid);

      assertThat(emulator.recordedRequests()).hasSize(2);
      Timer timer = registry.get(AmbaMetrics.CALLS).timer();
      assertThat(timer.count()).isEqualTo(1);
      assertThat(tags(timer)).containsEntry("status", "200").containsEntry("outcome", "SUCCESS");
      Counter retries = registry.get(AmbaMetrics.RETRIES).counter();
      assertThat(retries.count()).isEqualTo(1.0);
      assertThat(tags(retries)).containsExactlyInAnyOrderEntriesOf(Map.of(
          "operation", "admin.users.get",
          "method", "GET",
          "route", USER_ROUTE,
          "reason", "status 503"));
    }
  }

  @Test
  void aFailedCall_isTaggedWithItsOutcomeAndExceptionType(AmbaEmulator emulator) {
    try (AmbaClient amba = client(emulator, AmbaMetrics.of(registry))) {
      assertThatThrownBy(() -> amba.users().get("u_nobody_here")).isInstanceOf(AmbaNotFoundException.class);
      List<Timer> timers = List.copyOf(registry.find(AmbaMetrics.CALLS).timers());
      assertThat(timers).singleElement().satisfies(t -> assertThat(tags(t))
          .containsEntry("status", "404")
          .containsEntry("outcome", "CLIENT_ERROR")
          .containsEntry("error", "AmbaNotFoundException"));
    }
  }

  @Test
  void aCallWithoutAnswer_hasStatusZeroAndOutcomeUnknown(AmbaEmulator emulator) {
    try (AmbaClient amba = client(emulator, AmbaMetrics.of(registry))) {
      String uid = emulator.createUser(emulator.defaultProject());
      // A PATCH that may have been applied is not repeated: the reset ends the call.
      emulator.faults().next(1, Fault.resetAfterHandling());
      assertThatThrownBy(() -> amba.asUser(uid).users().update(ProfileUpdate.create().displayName("Ada")))
          .isInstanceOf(AmbaTransportException.class);

      Timer timer = registry.get(AmbaMetrics.CALLS).timer();
      assertThat(tags(timer)).containsEntry("operation", "users.me.update").containsEntry("status", "0")
          .containsEntry("outcome", "UNKNOWN").containsEntry("error", "AmbaTransportException");
    }
  }

  @Test
  void theFactoryAndConstructor_refuseNull() {
    assertThatThrownBy(() -> AmbaMetrics.of(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("registry");
    assertThatThrownBy(() -> new AmbaMetrics(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("registry");
  }

  /** The README's "Metrics and tracing" example, with the emulator's config for the environment's. */
  @Test
  void theReadmeExample(AmbaEmulator emulator) {
    String uid = emulator.createUser(emulator.defaultProject());
    emulator.faults().next(1, Fault.status(503));

    MeterRegistry registry = new SimpleMeterRegistry(); // or the application's registry
    AmbaClient amba = AmbaClient.configure(emulator.config().toBuilder().sleeper(wait -> {})
        .listener(AmbaMetrics.of(registry))
        .build());
    amba.users().get(uid); // answered 503 once, then 200

    Timer calls = registry.get("amba.client.calls").tag("operation", "admin.users.get").timer();
    assertThat(calls.count()).isEqualTo(1);
    assertThat(tags(calls)).containsEntry("method", "GET").containsEntry("route", USER_ROUTE)
        .containsEntry("status", "200").containsEntry("outcome", "SUCCESS").containsEntry("error", "none");
    assertThat(registry.get("amba.client.retries").tag("reason", "status 503").counter().count()).isEqualTo(1.0);
    amba.close();
  }

  @Test
  void aMeterTheRegistryRemoves_isRegisteredAgainWhenNextNeeded(AmbaEmulator emulator) {
    try (AmbaClient amba = client(emulator, AmbaMetrics.of(registry))) {
      String uid = emulator.createUser(emulator.defaultProject());
      amba.users().get(uid);
      registry.remove(registry.get(AmbaMetrics.CALLS).timer());
      assertThat(registry.find(AmbaMetrics.CALLS).timers()).isEmpty();

      amba.users().get(uid);
      amba.users().get(uid);
      assertThat(registry.get(AmbaMetrics.CALLS).timer().count()).isEqualTo(2);
    }
  }
}
