/** OpenTelemetry client spans and W3C trace propagation for the Amba client's calls. */
module dev.amba.opentelemetry {
  requires transitive dev.amba.core;
  requires transitive io.opentelemetry.api;
  requires transitive io.opentelemetry.context;

  exports dev.amba.opentelemetry;
}
