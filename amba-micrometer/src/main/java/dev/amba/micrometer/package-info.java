/**
 * Micrometer metrics and Observations for the Amba client's calls: {@link
 * dev.amba.micrometer.AmbaMetrics} (a call timer and a retry counter) and {@link
 * dev.amba.micrometer.AmbaObservations} (an {@code Observation} per call, which a tracing bridge turns
 * into a span and whose context it propagates on the request). Both are {@link dev.amba.AmbaListener}s.
 */
package dev.amba.micrometer;
