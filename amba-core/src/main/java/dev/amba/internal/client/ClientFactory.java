package dev.amba.internal.client;

import dev.amba.AmbaClient;
import dev.amba.AmbaConfig;
import dev.amba.RequestOptions;
import dev.amba.internal.ClientRuntime;
import dev.amba.internal.util.Log;
import dev.amba.internal.util.Secrets;
import java.lang.System.Logger.Level;
import java.util.Objects;

/** The one way into the implementation from the public API. */
public final class ClientFactory {

  private ClientFactory() {}

  public static AmbaClient create(AmbaConfig config) {
    Objects.requireNonNull(config, "config");
    warnOnSwappedKeys(config);
    return new DefaultAmbaClient(new ClientRuntime(config), RequestOptions.none());
  }

  private static void warnOnSwappedKeys(AmbaConfig config) {
    // Keys are opaque and never refused for their prefix, but a swap is the commonest setup mistake.
    if (config.clientKey().contains("_sk_")) {
      Log.LOG.log(Level.WARNING,
          "the configured client key looks like a server key (" + Secrets.redact(config.clientKey()) + ")");
    }
    // Not Optional.filter(lambda): a lambda's first use is a measurable part of a fresh JVM's configure().
    String serverKey = config.serverKey().orElse(null);
    if (serverKey != null && serverKey.contains("_ck_")) {
      Log.LOG.log(Level.WARNING, "the configured server key looks like a client key (" + Secrets.redact(serverKey) + ")");
    }
  }
}
