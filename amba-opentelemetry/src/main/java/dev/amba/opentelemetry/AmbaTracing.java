package dev.amba.opentelemetry;

import dev.amba.AmbaListener;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.opentelemetry.context.propagation.TextMapSetter;
import java.util.Objects;

/**
 * Traces the Amba client's calls with OpenTelemetry: register it with
 * {@code AmbaConfig.builder().listener(AmbaTracing.of(openTelemetry))}.
 *
 * <p>Each call is one {@link SpanKind#CLIENT CLIENT} span, a child of the current context, named by
 * its operation (e.g. {@code admin.users.get}), with the HTTP semantic-convention attributes
 * {@code http.request.method}, {@code url.template} (the route template, e.g.
 * {@code /v1/admin/projects/{projectId}/users/{userId}}), {@code server.address}, {@code server.port},
 * {@code http.response.status_code} (when an answer came), {@code http.request.resend_count} (when
 * the call was retried), {@code error.type} (the simple name of the exception the call threw) and
 * {@code amba.operation}. A failed call's span has status {@link StatusCode#ERROR ERROR}.
 *
 * <p>Each attempt is a span event named {@value #ATTEMPT_EVENT}, with {@code amba.attempt.number},
 * {@code http.response.status_code} (when an answer came), {@code http.request.resend_count} (from the
 * second attempt on), {@code amba.retry.reason} (when another attempt follows) and {@code error.type}
 * (the I/O failure's simple name, when no answer came).
 *
 * <p>The span's context goes out on every attempt through the OpenTelemetry instance's propagator
 * (W3C {@code traceparent} and {@code tracestate} with the usual setup), so the Amba API's logs can be
 * joined to the caller's trace. It never goes to another host: a presigned upload or download gets a
 * span but no header.
 *
 * <p>No attribute holds a key, a user id, a path argument, a query or a body: the URL itself is
 * never recorded, only its template.
 */
public final class AmbaTracing implements AmbaListener {

  /** The instrumentation scope name of the tracer this listener uses. */
  public static final String INSTRUMENTATION_NAME = "dev.amba";

  /** The name of the span event told for every attempt. */
  public static final String ATTEMPT_EVENT = "amba.attempt";

  static final AttributeKey<String> HTTP_REQUEST_METHOD = AttributeKey.stringKey("http.request.method");
  static final AttributeKey<Long> HTTP_RESPONSE_STATUS_CODE = AttributeKey.longKey("http.response.status_code");
  static final AttributeKey<Long> HTTP_REQUEST_RESEND_COUNT = AttributeKey.longKey("http.request.resend_count");
  static final AttributeKey<String> URL_TEMPLATE = AttributeKey.stringKey("url.template");
  static final AttributeKey<String> SERVER_ADDRESS = AttributeKey.stringKey("server.address");
  static final AttributeKey<Long> SERVER_PORT = AttributeKey.longKey("server.port");
  static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");
  static final AttributeKey<String> OPERATION = AttributeKey.stringKey("amba.operation");
  static final AttributeKey<Long> ATTEMPT_NUMBER = AttributeKey.longKey("amba.attempt.number");
  static final AttributeKey<String> RETRY_REASON = AttributeKey.stringKey("amba.retry.reason");

  private static final TextMapSetter<HeaderSink> SETTER = (carrier, name, value) -> {
    if (carrier != null) {
      carrier.put(name, value);
    }
  };

  private final Tracer tracer;
  private final TextMapPropagator propagator;

  /**
   * Traces with {@code openTelemetry}'s tracer provider and propagates with its propagators.
   *
   * @param openTelemetry the application's OpenTelemetry instance
   * @throws NullPointerException when {@code openTelemetry} is null
   */
  public AmbaTracing(OpenTelemetry openTelemetry) {
    Objects.requireNonNull(openTelemetry, "openTelemetry");
    this.tracer = openTelemetry.getTracer(INSTRUMENTATION_NAME);
    this.propagator = openTelemetry.getPropagators().getTextMapPropagator();
  }

  /**
   * Traces with {@code openTelemetry}; the same as the constructor.
   *
   * @param openTelemetry the application's OpenTelemetry instance
   * @return a listener to register with {@code AmbaConfig.Builder.listener}
   * @throws NullPointerException when {@code openTelemetry} is null
   */
  public static AmbaTracing of(OpenTelemetry openTelemetry) {
    return new AmbaTracing(openTelemetry);
  }

  @Override
  public AmbaListener onStart(Start start, HeaderSink headers) {
    Context parent = Context.current();
    Span span = tracer.spanBuilder(start.operation())
        .setParent(parent)
        .setSpanKind(SpanKind.CLIENT)
        .setAttribute(HTTP_REQUEST_METHOD, start.method())
        .setAttribute(URL_TEMPLATE, start.route())
        .setAttribute(SERVER_ADDRESS, start.serverAddress())
        .setAttribute(SERVER_PORT, (long) start.serverPort())
        .setAttribute(OPERATION, start.operation())
        .startSpan();
    propagator.inject(parent.with(span), headers, SETTER);
    return new OneCall(span);
  }

  /** The span of one call. */
  private static final class OneCall implements AmbaListener {
    private final Span span;

    OneCall(Span span) {
      this.span = span;
    }

    @Override
    public void onAttempt(Attempt attempt) {
      AttributesBuilder event = Attributes.builder().put(ATTEMPT_NUMBER, (long) attempt.number());
      if (attempt.status() > 0) {
        event.put(HTTP_RESPONSE_STATUS_CODE, (long) attempt.status());
      }
      if (attempt.number() > 1) {
        event.put(HTTP_REQUEST_RESEND_COUNT, (long) attempt.number() - 1);
      }
      attempt.retryReason().ifPresent(reason -> event.put(RETRY_REASON, reason));
      attempt.errorType().ifPresent(type -> event.put(ERROR_TYPE, type));
      span.addEvent(ATTEMPT_EVENT, event.build());
    }

    @Override
    public void onCall(Call call) {
      if (call.status() > 0) {
        span.setAttribute(HTTP_RESPONSE_STATUS_CODE, (long) call.status());
      }
      if (call.attempts() > 1) {
        span.setAttribute(HTTP_REQUEST_RESEND_COUNT, (long) call.attempts() - 1);
      }
      call.errorType().ifPresent(type -> {
        span.setAttribute(ERROR_TYPE, type);
        span.setStatus(StatusCode.ERROR, type);
      });
      span.end();
    }
  }

  @Override
  public String toString() {
    return "AmbaTracing";
  }
}
