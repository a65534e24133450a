/**
 * OpenTelemetry tracing for the Amba client's calls: {@link dev.amba.opentelemetry.AmbaTracing}, an
 * {@link dev.amba.AmbaListener} that makes a client span per call and propagates its context on the
 * request.
 */
package dev.amba.opentelemetry;
