package dev.amba.opentelemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaClient;
import dev.amba.AmbaConfig;
import dev.amba.AmbaNotFoundException;
import dev.amba.AmbaTransportException;
import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.AmbaEmulatorExtension;
import dev.amba.testkit.Fault;
import dev.amba.testkit.RecordedRequest;
import dev.amba.users.ProfileUpdate;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.testing.junit5.OpenTelemetryExtension;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link AmbaTracing} over the wire: a client span per call, its attempts as events, its context on the request. */
@ExtendWith(AmbaEmulatorExtension.class)
class AmbaTracingWireTest {

  @RegisterExtension
  static final OpenTelemetryExtension otel = OpenTelemetryExtension.create();

  static final String USER_ROUTE = "/v1/admin/projects/{projectId}/users/{userId}";

  static AmbaClient client(AmbaEmulator emulator) {
    AmbaConfig config = emulator.config().toBuilder()
        .sleeper(wait -> {})
        .listener(AmbaTracing.of(otel.getOpenTelemetry()))
        .build();
    return AmbaClient.configure(config);
  }

  /** The trace id and parent span id of a request's {@code traceparent}: version-traceid-spanid-flags. */
  static String[] traceparent(RecordedRequest request) {
    String header = request.header("traceparent");
    assertThat(header).as("traceparent on " + request).isNotNull().matches("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");
    return header.split("-");
  }

  @Test
  void aRetriedCall_isOneClientSpan_withBothAttemptsAsEvents_andItsContextOnBothRequests(AmbaEmulator emulator) {
    try (AmbaClient amba = client(emulator)) {
      String uid = emulator.createUser(emulator.defaultProject());
      emulator.clearRecordedRequests();
      emulator.faults().next(1, Fault.status(503));
      amba.users().get(uid);

      SpanData span = otel.getSpans().get(0);
      assertThat(otel.getSpans()).hasSize(1);
      assertThat(span.getName()).isEqualTo("admin.users.get");
      assertThat(span.getKind()).isEqualTo(SpanKind.CLIENT);
      assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
      assertThat(span.getInstrumentationScopeInfo().getName()).isEqualTo(AmbaTracing.INSTRUMENTATION_NAME);
      assertThat(span.getAttributes().asMap()).isEqualTo(Attributes.builder()
          .put("http.request.method", "GET")
          .put("url.template", USER_ROUTE)
          .put("server.address", emulator.config().apiUrl().getHost())
          .put("server.port", (long) emulator.port())
          .put("amba.operation", "admin.users.get")
          .put("http.response.status_code", 200L)
          .put("http.request.resend_count", 1L)
          .build().asMap());

      List<EventData> events = span.getEvents();
      assertThat(events).extracting(EventData::getName).containsExactly(AmbaTracing.ATTEMPT_EVENT, AmbaTracing.ATTEMPT_EVENT);
      assertThat(events.get(0).getAttributes().asMap()).isEqualTo(Attributes.builder()
          .put("amba.attempt.number", 1L)
          .put("http.response.status_code", 503L)
          .put("amba.retry.reason", "status 503")
          .build().asMap());
      assertThat(events.get(1).getAttributes().asMap()).isEqualTo(Attributes.builder()
          .put("amba.attempt.number", 2L)
          .put("http.response.status_code", 200L)
          .put("http.request.resend_count", 1L)
          .build().asMap());

      // Over the wire: the same context on both attempts, naming this span.
      List<RecordedRequest> sent = emulator.recordedRequests();
      assertThat(sent).hasSize(2);
      for (RecordedRequest request : sent) {
        String[] parts = traceparent(request);
        assertThat(parts[1]).isEqualTo(span.getTraceId());
        assertThat(parts[2]).isEqualTo(span.getSpanId());
      }
    }
  }

  @Test
  void aCallInsideASpan_isItsChild_andTheRequestCarriesTheSameTrace(AmbaEmulator emulator) {
    try (AmbaClient amba = client(emulator)) {
      String uid = emulator.createUser(emulator.defaultProject());
      emulator.clearRecordedRequests();
      Span checkout = otel.getOpenTelemetry().getTracer("shop").spanBuilder("checkout").startSpan();
      try (Scope ignored = checkout.makeCurrent()) {
        amba.users().get(uid);
      } finally {
        checkout.end();
      }

      SpanData call = otel.getSpans().stream().filter(s -> s.getName().equals("admin.users.get")).findFirst().orElseThrow();
      assertThat(call.getTraceId()).isEqualTo(checkout.getSpanContext().getTraceId());
      assertThat(call.getParentSpanId()).isEqualTo(checkout.getSpanContext().getSpanId());
      assertThat(traceparent(emulator.recordedRequests().get(0))[1]).isEqualTo(checkout.getSpanContext().getTraceId());
    }
  }

  @Test
  void aFailedCall_hasStatusError_andTheExceptionType(AmbaEmulator emulator) {
    try (AmbaClient amba = client(emulator)) {
      assertThatThrownBy(() -> amba.users().get("u_nobody_here")).isInstanceOf(AmbaNotFoundException.class);

      SpanData span = otel.getSpans().get(0);
      assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
      assertThat(span.getAttributes().get(AmbaTracing.ERROR_TYPE)).isEqualTo("AmbaNotFoundException");
      assertThat(span.getAttributes().get(AmbaTracing.HTTP_RESPONSE_STATUS_CODE)).isEqualTo(404L);
      assertThat(span.getAttributes().get(AmbaTracing.HTTP_REQUEST_RESEND_COUNT)).isNull();
    }
  }

  @Test
  void aCallWithoutAnswer_hasNoStatusCode_andTheIoFailureOnItsAttempt(AmbaEmulator emulator) {
    try (AmbaClient amba = client(emulator)) {
      String uid = emulator.createUser(emulator.defaultProject());
      // A PATCH that may have been applied is not repeated: the reset ends the call.
      emulator.faults().next(1, Fault.resetAfterHandling());
      assertThatThrownBy(() -> amba.asUser(uid).users().update(ProfileUpdate.create().displayName("Ada")))
          .isInstanceOf(AmbaTransportException.class);

      SpanData span = otel.getSpans().get(0);
      assertThat(span.getName()).isEqualTo("users.me.update");
      assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
      assertThat(span.getAttributes().get(AmbaTracing.ERROR_TYPE)).isEqualTo("AmbaTransportException");
      assertThat(span.getAttributes().get(AmbaTracing.HTTP_RESPONSE_STATUS_CODE)).isNull();
      assertThat(span.getEvents()).singleElement()
          .satisfies(e -> assertThat(e.getAttributes().get(AmbaTracing.ERROR_TYPE)).isNotBlank());
    }
  }

  @Test
  void theFactoryAndConstructor_refuseNull() {
    assertThatThrownBy(() -> AmbaTracing.of(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("openTelemetry");
    assertThatThrownBy(() -> new AmbaTracing(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("openTelemetry");
  }
}
