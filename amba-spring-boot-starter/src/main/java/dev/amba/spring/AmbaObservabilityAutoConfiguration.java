package dev.amba.spring;

import dev.amba.micrometer.AmbaMetrics;
import dev.amba.opentelemetry.AmbaTracing;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The listener adapters, each present when its artifact and what it reports to are: {@code
 * amba-micrometer}'s {@link AmbaMetrics} on the context's {@code MeterRegistry} ({@code
 * amba.client.calls} and {@code amba.client.retries}; off with {@code amba.metrics.enabled=false}),
 * and {@code amba-opentelemetry}'s {@link AmbaTracing} on its {@code OpenTelemetry} bean (a client
 * span per call, {@code traceparent} on the request; off with {@code amba.tracing.enabled=false}).
 * Both are {@code AmbaListener} beans, so every client of {@link AmbaAutoConfiguration} is told of
 * them; an application that defines its own {@code AmbaMetrics} or {@code AmbaTracing} keeps it.
 */
@AutoConfiguration(afterName = {
    "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
    "org.springframework.boot.actuate.autoconfigure.metrics.export.simple.SimpleMetricsExportAutoConfiguration",
    "org.springframework.boot.actuate.autoconfigure.opentelemetry.OpenTelemetryAutoConfiguration"})
public class AmbaObservabilityAutoConfiguration {

  /** Created by Spring Boot from the auto-configuration imports. */
  public AmbaObservabilityAutoConfiguration() {}

  // Nested, so that a context without the adapter's artifact never loads a class that names it.
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = {"dev.amba.micrometer.AmbaMetrics", "io.micrometer.core.instrument.MeterRegistry"})
  @ConditionalOnBean(type = "io.micrometer.core.instrument.MeterRegistry")
  @ConditionalOnProperty(prefix = "amba.metrics", name = "enabled", matchIfMissing = true)
  static class Metrics {

    @Bean
    @ConditionalOnMissingBean
    AmbaMetrics ambaMetrics(MeterRegistry registry) {
      return AmbaMetrics.of(registry);
    }
  }

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = {"dev.amba.opentelemetry.AmbaTracing", "io.opentelemetry.api.OpenTelemetry"})
  @ConditionalOnBean(type = "io.opentelemetry.api.OpenTelemetry")
  @ConditionalOnProperty(prefix = "amba.tracing", name = "enabled", matchIfMissing = true)
  static class Tracing {

    @Bean
    @ConditionalOnMissingBean
    AmbaTracing ambaTracing(OpenTelemetry openTelemetry) {
      return AmbaTracing.of(openTelemetry);
    }
  }
}
