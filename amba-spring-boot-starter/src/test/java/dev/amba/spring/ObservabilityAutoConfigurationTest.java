package dev.amba.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amba.AmbaClient;
import dev.amba.micrometer.AmbaMetrics;
import dev.amba.opentelemetry.AmbaTracing;
import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.EmulatorProject;
import dev.amba.testkit.RecordedRequest;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The adapters are picked up when present, and every client reports through them, over the wire. */
class ObservabilityAutoConfigurationTest {

  private static AmbaEmulator emulator;

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withInitializer(MachineEnvironment.ignored())
      .withConfiguration(AutoConfigurations.of(AmbaAutoConfiguration.class, AmbaObservabilityAutoConfiguration.class));

  @BeforeAll
  static void startEmulator() {
    emulator = AmbaEmulator.builder().quiet(true).start();
  }

  @AfterAll
  static void stopEmulator() {
    emulator.close();
  }

  private static String[] defaultProject() {
    EmulatorProject p = emulator.defaultProject();
    return new String[] {"amba.api-url=" + emulator.apiUrl(), "amba.project-id=" + p.projectId(),
        "amba.client-key=" + p.clientKey(), "amba.server-key=" + p.serverKey()};
  }

  @Test
  void aMeterRegistry_getsATimerPerCall_fromEveryClient() {
    EmulatorProject acme = emulator.createProject();
    runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
        .withPropertyValues(defaultProject())
        .withPropertyValues("amba.clients.acme.project-id=" + acme.projectId(),
            "amba.clients.acme.client-key=" + acme.clientKey(), "amba.clients.acme.server-key=" + acme.serverKey())
        .run(context -> {
          assertThat(context).hasSingleBean(AmbaMetrics.class);
          context.getBean(AmbaClient.class).diagnostics().ping();
          context.getBean("ambaClient.acme", AmbaClient.class).diagnostics().ping();

          Timer pings = context.getBean(MeterRegistry.class).find(AmbaMetrics.CALLS)
              .tag("operation", "diagnostics.ping").tag("outcome", "SUCCESS").timer();
          assertThat(pings).isNotNull();
          assertThat(pings.count()).isEqualTo(2);
        });
  }

  @Test
  void metrics_stayOff_withoutARegistry_withoutTheArtifact_orWhenSwitchedOff() {
    runner.withPropertyValues(defaultProject())
        .run(context -> assertThat(context).doesNotHaveBean(AmbaMetrics.class));
    runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new).withPropertyValues(defaultProject())
        .withPropertyValues("amba.metrics.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean(AmbaMetrics.class));
    runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new).withPropertyValues(defaultProject())
        .withClassLoader(new FilteredClassLoader("dev.amba.micrometer"))
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(context.getBean(AmbaClient.class).settings().listeners()).isEmpty();
        });
  }

  @Test
  void anOpenTelemetryBean_getsASpanPerCall_andTheRequestCarriesItsTraceparent() {
    InMemorySpanExporter exporter = InMemorySpanExporter.create();
    OpenTelemetry otel = OpenTelemetrySdk.builder()
        .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(exporter)).build())
        .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
        .build();
    runner.withBean(OpenTelemetry.class, () -> otel).withPropertyValues(defaultProject())
        .run(context -> {
          assertThat(context).hasSingleBean(AmbaTracing.class);
          emulator.clearRecordedRequests();
          context.getBean(AmbaClient.class).diagnostics().ping();

          List<SpanData> spans = exporter.getFinishedSpanItems();
          assertThat(spans).extracting(SpanData::getName).containsExactly("diagnostics.ping");
          RecordedRequest ping = emulator.awaitRequest(r -> r.pathWithoutQuery().endsWith("/diagnostics/ping"),
              Duration.ofSeconds(30));
          assertThat(ping.header("traceparent")).contains(spans.get(0).getTraceId())
              .contains(spans.get(0).getSpanId());
        });
    runner.withBean(OpenTelemetry.class, () -> otel).withPropertyValues(defaultProject())
        .withPropertyValues("amba.tracing.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean(AmbaTracing.class));
  }
}
