package dev.amba.opentelemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaClient;
import dev.amba.AmbaConfig;
import dev.amba.AmbaListener;
import dev.amba.AmbaNotFoundException;
import dev.amba.AmbaTransportException;
import dev.amba.RequestOptions;
import dev.amba.micrometer.AmbaMetrics;
import dev.amba.micrometer.AmbaObservationContext;
import dev.amba.micrometer.AmbaObservations;
import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.AmbaEmulatorExtension;
import dev.amba.testkit.Fault;
import dev.amba.users.ProfileUpdate;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.opentelemetry.sdk.testing.junit5.OpenTelemetryExtension;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 17 item 4: calls made with a known user, keys and row values, through every adapter at once;
 * then every metric name and tag, every observation key and event, every span name, attribute,
 * event and status, and every listener field is scanned for them. The caller's own request id is
 * the one value that may show, because the caller chose to send it; the scan finds it, which shows
 * the scan looks where the values would be.
 */
@ExtendWith(AmbaEmulatorExtension.class)
class NothingPrivateWireTest {

  @RegisterExtension
  static final OpenTelemetryExtension otel = OpenTelemetryExtension.create();

  static final String DISPLAY_NAME = "Row Value Ada Lovelace 7731";
  static final String PROPERTY_VALUE = "row-value-coupon-SPRING-9921";
  static final String MISSING_UID = "u_private_missing_4417";
  static final String CALLERS_REQUEST_ID = "opted-in-request-id-5150";

  /** Keeps every field a listener is told, as text. */
  static final class Everything implements AmbaListener {
    final List<String> told = new CopyOnWriteArrayList<>();

    @Override
    public AmbaListener onStart(Start start, HeaderSink headers) {
      told.add(start.toString());
      return this;
    }

    @Override
    public void onAttempt(Attempt attempt) {
      told.add(attempt.toString());
    }

    @Override
    public void onCall(Call call) {
      told.add(call.toString());
    }
  }

  /** Keeps every observation's names, key values and events, as text. */
  static final class Observed implements ObservationHandler<AmbaObservationContext> {
    final List<String> seen = new CopyOnWriteArrayList<>();

    @Override
    public void onEvent(Observation.Event event, AmbaObservationContext context) {
      seen.add(event.getName() + " " + event.getContextualName());
    }

    @Override
    public void onStop(AmbaObservationContext context) {
      seen.add(context.getName() + " " + context.getContextualName() + " " + context.getLowCardinalityKeyValues()
          + " " + context.getHighCardinalityKeyValues() + " " + context.getRemoteServiceName()
          + " " + (context.getError() == null ? "" : context.getError().getMessage()));
    }

    @Override
    public boolean supportsContext(Observation.Context context) {
      return context instanceof AmbaObservationContext;
    }
  }

  @Test
  void noKeyUidOrRowValue_inAnyTagAttributeEventOrListenerField(AmbaEmulator emulator) {
    Everything listener = new Everything();
    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    Observed observed = new Observed();
    ObservationRegistry observations = ObservationRegistry.create();
    observations.observationConfig().observationHandler(observed);
    AmbaConfig config = emulator.config().toBuilder()
        .sleeper(wait -> {})
        .listener(listener)
        .listener(AmbaMetrics.of(meters))
        .listener(AmbaObservations.of(observations))
        .listener(AmbaTracing.of(otel.getOpenTelemetry()))
        .build();
    String uid = emulator.createUser(emulator.defaultProject());

    try (AmbaClient amba = AmbaClient.configure(config)) {
      emulator.faults().next(1, Fault.status(503));
      amba.users().get(uid);
      amba.asUser(uid).users().update(ProfileUpdate.create().displayName(DISPLAY_NAME));
      amba.asUser(uid).events().track("checkout_completed", Map.of("coupon", PROPERTY_VALUE));
      assertThatThrownBy(() -> amba.users().get(MISSING_UID)).isInstanceOf(AmbaNotFoundException.class);
      emulator.faults().next(1, Fault.resetAfterHandling());
      assertThatThrownBy(() -> amba.asUser(uid).users().update(ProfileUpdate.create().displayName(DISPLAY_NAME)))
          .isInstanceOf(AmbaTransportException.class);
      amba.withOptions(RequestOptions.none().withRequestId(CALLERS_REQUEST_ID)).users().get(uid);
    }

    List<String> recorded = new ArrayList<>(listener.told);
    for (Meter meter : meters.getMeters()) {
      recorded.add(meter.getId().getName() + " " + meter.getId().getTags() + " " + meter.getId().getDescription());
    }
    recorded.addAll(observed.seen);
    for (SpanData span : otel.getSpans()) {
      recorded.add(span.getName() + " " + span.getAttributes().asMap() + " " + span.getStatus());
      for (EventData event : span.getEvents()) {
        recorded.add(event.getName() + " " + event.getAttributes().asMap());
      }
    }
    String all = String.join("\n", recorded);

    // Everything was recorded: 6 calls, one of them retried, through each adapter.
    assertThat(meters.getMeters()).isNotEmpty();
    assertThat(otel.getSpans()).hasSize(6);
    assertThat(observed.seen).filteredOn(s -> s.startsWith("amba.client.requests")).hasSize(6);
    assertThat(all).contains("admin.users.get", "users.me.update", "status 503", "AmbaNotFoundException");

    assertThat(all).doesNotContain(uid, MISSING_UID, config.clientKey(), config.serverKey().orElseThrow(),
        config.projectId(), DISPLAY_NAME, PROPERTY_VALUE, "Ada", "SPRING-9921", "checkout_completed");
    // The caller opted in to its own request id: the listener is told it, the tags and attributes are not.
    assertThat(String.join("\n", listener.told)).contains(CALLERS_REQUEST_ID);
    assertThat(String.join("\n", recorded.subList(listener.told.size(), recorded.size())))
        .doesNotContain(CALLERS_REQUEST_ID);
  }
}
