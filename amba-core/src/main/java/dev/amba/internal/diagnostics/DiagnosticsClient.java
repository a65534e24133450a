package dev.amba.internal.diagnostics;

import dev.amba.AmbaAuthenticationException;
import dev.amba.AmbaPermissionException;
import dev.amba.RequestOptions;
import dev.amba.diagnostics.DiagnosticsPing;
import dev.amba.diagnostics.ProjectDiagnostics;
import dev.amba.internal.ClientRuntime;
import dev.amba.internal.endpoint.DiagnosticsEndpoints;

public final class DiagnosticsClient implements ProjectDiagnostics {

  /** The ping's answer as it arrives. */
  public record Ping(Boolean ok, String serverProjectId, String environment, String keyFingerprint, Long latencyMs,
      String error) {}

  private final ClientRuntime runtime;
  private final RequestOptions options;

  public DiagnosticsClient(ClientRuntime runtime, RequestOptions options) {
    this.runtime = runtime;
    this.options = options;
  }

  @Override
  public DiagnosticsPing ping() {
    Ping p;
    try {
      p = runtime.api.call(DiagnosticsEndpoints.PING, options).data(Ping.class);
    } catch (AmbaAuthenticationException | AmbaPermissionException refused) {
      // X: a server that refuses the key outright instead of answering ok false still answers the
      // question the ping asks; its code is the reason.
      return new DiagnosticsPing(false, null, null, null, 0, refused.code());
    }
    return new DiagnosticsPing(Boolean.TRUE.equals(p.ok()), p.serverProjectId(), p.environment(), p.keyFingerprint(),
        p.latencyMs() == null ? 0 : p.latencyMs(), p.error());
  }
}
