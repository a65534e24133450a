package dev.amba.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaClient;
import dev.amba.AmbaNotFoundException;
import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.AmbaEmulatorExtension;
import dev.amba.testkit.Fault;
import io.micrometer.common.KeyValue;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.SenderContext;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link AmbaObservations} over the wire: one observation per call, its context propagated on every attempt. */
@ExtendWith(AmbaEmulatorExtension.class)
class AmbaObservationsWireTest {

  final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  final Propagating tracer = new Propagating();
  final ObservationRegistry registry = ObservationRegistry.create();

  {
    registry.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
    registry.observationConfig().observationHandler(tracer);
  }

  /**
   * Does what a tracing bridge's propagating handler does: writes a context header through the
   * sender context's setter when the observation starts, and keeps what it saw.
   */
  static final class Propagating implements ObservationHandler<SenderContext<Object>> {
    final List<String> seen = new CopyOnWriteArrayList<>();
    final List<AmbaObservationContext> stopped = new CopyOnWriteArrayList<>();

    @Override
    public void onStart(SenderContext<Object> context) {
      seen.add("start " + context.getKind());
      context.getSetter().set(context.getCarrier(), "traceparent",
          "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
    }

    @Override
    public void onEvent(Observation.Event event, SenderContext<Object> context) {
      seen.add("event " + event.getName());
    }

    @Override
    public void onError(SenderContext<Object> context) {
      seen.add("error " + context.getError().getMessage());
    }

    @Override
    public void onStop(SenderContext<Object> context) {
      seen.add("stop " + context.getContextualName());
      stopped.add((AmbaObservationContext) (Object) context);
    }

    @Override
    public boolean supportsContext(Observation.Context context) {
      return context instanceof SenderContext;
    }
  }

  static Map<String, String> keys(AmbaObservationContext context) {
    return context.getLowCardinalityKeyValues().stream().collect(Collectors.toMap(KeyValue::getKey, KeyValue::getValue));
  }

  @Test
  void aRetriedCall_isOneObservation_itsContextOnBothAttempts_theRetryAnEvent(AmbaEmulator emulator) {
    try (AmbaClient amba = AmbaMetricsWireTest.client(emulator, AmbaObservations.of(registry))) {
      String uid = emulator.createUser(emulator.defaultProject());
      emulator.clearRecordedRequests();
      emulator.faults().next(1, Fault.status(503));
      amba.users().get(uid);

      assertThat(emulator.recordedRequests()).extracting(r -> r.header("traceparent")).containsExactly(
          "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01",
          "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
      assertThat(tracer.seen).containsExactly("start CLIENT", "event " + AmbaObservations.RETRY_EVENT,
          "stop admin.users.get");
      AmbaObservationContext context = tracer.stopped.get(0);
      assertThat(context.attempts()).extracting(a -> a.number() + " " + a.status()).containsExactly("1 503", "2 200");
      assertThat(context.getRemoteServiceName()).isEqualTo("amba");
      assertThat(keys(context)).containsExactlyInAnyOrderEntriesOf(Map.of(
          "operation", "admin.users.get",
          "method", "GET",
          "route", AmbaMetricsWireTest.USER_ROUTE,
          "status", "200",
          "outcome", "SUCCESS",
          "exception", "none"));

      Timer timer = meters.get(DefaultAmbaObservationConvention.NAME).timer();
      assertThat(timer.count()).isEqualTo(1);
      assertThat(AmbaMetricsWireTest.tags(timer)).containsEntry("operation", "admin.users.get")
          .containsEntry("error", "none");
    }
  }

  @Test
  void aFailedCall_marksTheObservationWithItsExceptionType(AmbaEmulator emulator) {
    try (AmbaClient amba = AmbaMetricsWireTest.client(emulator, AmbaObservations.of(registry))) {
      assertThatThrownBy(() -> amba.users().get("u_nobody_here")).isInstanceOf(AmbaNotFoundException.class);

      assertThat(tracer.seen).containsExactly("start CLIENT", "error AmbaNotFoundException", "stop admin.users.get");
      AmbaObservationContext context = tracer.stopped.get(0);
      assertThat(context.getError()).isInstanceOf(AmbaObservations.CallFailed.class);
      assertThat(keys(context)).containsEntry("status", "404").containsEntry("outcome", "CLIENT_ERROR")
          .containsEntry("exception", "AmbaNotFoundException");
      assertThat(AmbaMetricsWireTest.tags(meters.get(DefaultAmbaObservationConvention.NAME).timer()))
          .containsEntry("error", "CallFailed");
    }
  }

  @Test
  void aCustomConvention_namesTheObservation(AmbaEmulator emulator) {
    AmbaObservationConvention custom = new AmbaObservationConvention() {
      @Override
      public String getName() {
        return "shop.backend.amba";
      }

      @Override
      public String getContextualName(AmbaObservationContext context) {
        return "amba " + context.start().operation();
      }
    };
    try (AmbaClient amba = AmbaMetricsWireTest.client(emulator, AmbaObservations.of(registry, custom))) {
      amba.users().get(emulator.createUser(emulator.defaultProject()));
      assertThat(meters.get("shop.backend.amba").timer().count()).isEqualTo(1);
      assertThat(tracer.seen).contains("stop amba admin.users.get");
    }
  }

  @Test
  void withoutHandlers_nothingIsAddedToTheRequest(AmbaEmulator emulator) {
    try (AmbaClient amba = AmbaMetricsWireTest.client(emulator, AmbaObservations.of(ObservationRegistry.NOOP))) {
      String uid = emulator.createUser(emulator.defaultProject());
      emulator.clearRecordedRequests();
      amba.users().get(uid);
      assertThat(emulator.recordedRequests()).singleElement().satisfies(r -> assertThat(r.header("traceparent")).isNull());
    }
  }

  @Test
  void theFactories_refuseNull() {
    assertThatThrownBy(() -> AmbaObservations.of(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("registry");
    assertThatThrownBy(() -> AmbaObservations.of(registry, null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("convention");
  }
}
