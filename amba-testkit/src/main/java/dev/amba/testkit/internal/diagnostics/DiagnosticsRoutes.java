package dev.amba.testkit.internal.diagnostics;

import dev.amba.internal.endpoint.DiagnosticsEndpoints;
import dev.amba.internal.endpoint.Headers;
import dev.amba.testkit.EmulatorProject;
import dev.amba.testkit.internal.ApiRequest;
import dev.amba.testkit.internal.ApiResponse;
import dev.amba.testkit.internal.Caller;
import dev.amba.testkit.internal.EmulatorClock;
import dev.amba.testkit.internal.JsonIo;
import dev.amba.testkit.internal.RouteModule;
import dev.amba.testkit.internal.RouteTable;
import dev.amba.testkit.internal.store.Stores;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The diagnostics ping (amba-api-modules.md 38): which project the client key names, if any. The
 * answer never carries the key, only a digest of it that cannot be turned back into it.
 */
public final class DiagnosticsRoutes implements RouteModule {

  private final Stores stores;
  private final EmulatorClock clock;

  public DiagnosticsRoutes(Stores stores, EmulatorClock clock) {
    this.stores = stores;
    this.clock = clock;
  }

  @Override
  public void register(RouteTable routes) {
    routes.on(DiagnosticsEndpoints.PING, this::ping);
  }

  private ApiResponse ping(ApiRequest request, Caller ignored) throws SQLException {
    Instant start = clock.instant();
    String sent = request.header(Headers.API_KEY);
    String key = sent == null ? "" : sent.trim();
    Optional<EmulatorProject> project = key.isEmpty() ? Optional.empty() : stores.projects().findByClientKey(key);
    long latency = Duration.between(start, clock.instant()).toMillis();
    String error = key.isEmpty() ? "api_key_missing" : project.isEmpty() ? "invalid_api_key" : null;
    return ApiResponse.ok(JsonIo.object()
        .add("ok", project.isPresent())
        .add("server_project_id", JsonIo.string(project.map(EmulatorProject::projectId).orElse(null)))
        .add("environment", JsonIo.string(project.isEmpty() ? null
            : key.startsWith("amb_live_") ? "production" : "development"))
        .add("key_fingerprint", JsonIo.string(key.isEmpty() ? null : fingerprint(key)))
        .add("latency_ms", latency)
        .add("error", JsonIo.string(error))
        .build());
  }

  /** X: {@code sha256:} and 64 bits of the key's SHA-256 in hex: enough to tell keys apart, nothing of the key. */
  static String fingerprint(String key) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return "sha256:" + HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
