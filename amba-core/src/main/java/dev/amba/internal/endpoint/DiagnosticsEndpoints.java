package dev.amba.internal.endpoint;

import static dev.amba.internal.endpoint.Credential.CLIENT_KEY_PROBE;
import static dev.amba.internal.endpoint.Declarations.CLIENT;
import static dev.amba.internal.endpoint.Retry.METHOD;

/** Diagnostics (amba-api-modules.md 38): whether the configured client key reaches a project. */
public final class DiagnosticsEndpoints {

  private DiagnosticsEndpoints() {}

  static final Declarations AREA = new Declarations();

  /**
   * X: a missing or unknown client key is answered 200 with {@code ok} false and {@code error}
   * the lower_snake reason ({@code api_key_missing}, {@code invalid_api_key}), never 401; user
   * credentials are not looked at. X: {@code key_fingerprint} is {@code sha256:} and the first 16
   * hex digits of the SHA-256 of the key's UTF-8 bytes; {@code environment} is
   * {@code production} for an {@code amb_live_} key, {@code development} otherwise;
   * {@code latency_ms} is the server's own time for the lookup.
   */
  public static final Endpoint PING =
      AREA.declare("diagnostics.ping", "GET", CLIENT + "/diagnostics/ping", CLIENT_KEY_PROBE, METHOD, Shape.ITEM);
}
