package dev.amba.spring.internal;

import dev.amba.AmbaClient;
import dev.amba.RequestOptions;
import dev.amba.RetryPolicy;
import dev.amba.diagnostics.DiagnosticsPing;
import java.net.URI;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * One client's health: {@code GET /health} says whether the API is ready, then the diagnostics
 * ping says whether the client key belongs to the configured project. Neither is retried, so the
 * endpoint reports the state of now, not of a few backoffs later. Details hold the project id, the
 * API's origin and the key's fingerprint, never a key.
 */
public final class ClientHealthIndicator extends AbstractHealthIndicator {

  private final AmbaClient client;

  public ClientHealthIndicator(AmbaClient client) {
    super("Amba health check failed");
    this.client = client.withOptions(RequestOptions.none().withRetryPolicy(RetryPolicy.none()));
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    String projectId = client.settings().projectId();
    builder.withDetail("projectId", projectId).withDetail("apiUrl", origin(client.settings().apiUrl()));
    dev.amba.Health health = client.health();
    if (!health.isReady()) {
      builder.down().withDetail("httpStatus", health.httpStatus()).withDetail("status", health.status());
      return;
    }
    DiagnosticsPing ping = client.diagnostics().ping();
    if (ping.keyFingerprint() != null) {
      builder.withDetail("keyFingerprint", ping.keyFingerprint());
    }
    if (!ping.ok()) {
      builder.down().withDetail("error", ping.error());
    } else if (!projectId.equals(ping.serverProjectId())) {
      // The key works, but for another project: every admin call would fail or, worse, mix tenants.
      builder.down().withDetail("error", "client_key_of_another_project");
    } else {
      builder.up().withDetail("environment", ping.environment()).withDetail("latencyMs", ping.latencyMs());
    }
  }

  /** Scheme, host and port only: a URL's user info or path is nobody's business on a health page. */
  private static String origin(URI uri) {
    return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
  }
}
