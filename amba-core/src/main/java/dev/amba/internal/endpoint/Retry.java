package dev.amba.internal.endpoint;

/**
 * When a call that may already have reached the server is repeated (amba-api.md section 4). An
 * {@code Idempotency-Key} the caller sets through {@code RequestOptions} makes any call repeatable.
 */
public enum Retry {
  /** The method is idempotent (GET, PUT, DELETE): always repeatable. */
  METHOD,
  /** The body carries its own ids (event ids, a push token, a grant), so a repeat is a no-op. */
  BODY_IDS,
  /** The SDK sends its own {@code Idempotency-Key} per logical call, the same on every attempt. */
  IDEMPOTENCY_ID,
  /** Repeated only with the caller's {@code Idempotency-Key}: a repeat could act twice. */
  NEVER
}
