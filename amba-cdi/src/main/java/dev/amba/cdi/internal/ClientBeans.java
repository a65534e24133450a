package dev.amba.cdi.internal;

import dev.amba.AmbaClient;
import dev.amba.AmbaConfig;
import dev.amba.AmbaListener;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.build.compatible.spi.Parameters;
import jakarta.enterprise.inject.build.compatible.spi.SyntheticBeanCreator;
import jakarta.enterprise.inject.build.compatible.spi.SyntheticBeanDisposer;
import jakarta.enterprise.inject.build.compatible.spi.SyntheticObserver;
import jakarta.enterprise.inject.spi.DeploymentException;
import jakarta.enterprise.inject.spi.EventContext;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * What the extension's synthetic beans and observer run inside the container. Public with public
 * no-argument constructors because the container instantiates them (ArC from generated code in
 * another package, Weld by reflection).
 */
public final class ClientBeans {

  /** Bean parameter: the client's name; absent for the default client. */
  public static final String NAME = "name";
  /** Observer parameter: whether the extension registered the default client. */
  public static final String CHECK_DEFAULT = "checkDefault";
  /** Observer parameter: whether an injection point asks for the default client. */
  public static final String DEFAULT_INJECTED = "defaultInjected";
  /** Observer parameter: the valid names of the registered named clients. */
  public static final String NAMES = "names";
  /**
   * Interceptor.Priority.LIBRARY_BEFORE: before the application's startup observers (2500 by
   * default), which may already use a client.
   */
  public static final int CHECK_PRIORITY = 1000;

  // Only the documented keys: a config source that guesses dotted names from environment variables
  // (AMBA_CLIENTS_TENANT_A_PROJECT_ID read as amba.clients.tenant.a.project.id) must not invent clients.
  private static final Pattern NAMED_KEY = Pattern.compile(Pattern.quote(ClientSettings.CLIENTS)
      + "\\.([^.]+)\\.(project-id|client-key|server-key|pat|api-url|connect-timeout|request-timeout)");

  private ClientBeans() {}

  /**
   * Whether the container is Quarkus's ArC, which removes beans that nothing injects (its runtime
   * API is then visible to the extension, at build time).
   */
  public static boolean removesUnusedBeans() {
    try {
      Class.forName("io.quarkus.arc.Arc", false, ClientBeans.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError notArc) {
      return false;
    }
  }

  /**
   * The names the configuration lists, in {@code amba.clients} or as keys; none when no MicroProfile
   * Config is available yet (reported at startup, and only if a client is needed).
   */
  public static List<String> configuredNames() {
    List<String> names = new ArrayList<>();
    Config config;
    try {
      config = ConfigProvider.getConfig();
    } catch (IllegalStateException noImplementation) {
      return names;
    }
    config.getOptionalValue(ClientSettings.CLIENTS, String.class).ifPresent(list -> {
      for (String n : list.split(",")) {
        if (!n.isBlank()) {
          names.add(n.strip());
        }
      }
    });
    for (String key : config.getPropertyNames()) {
      Matcher m = NAMED_KEY.matcher(key);
      if (m.matches()) {
        names.add(m.group(1));
      }
    }
    return names;
  }

  /** Builds one client from the configuration the application runs with, with its listeners. */
  public static final class Creator implements SyntheticBeanCreator<AmbaClient> {

    /** Instantiated by the container. */
    public Creator() {}

    @Override
    public AmbaClient create(Instance<Object> lookup, Parameters params) {
      String name = params.get(NAME, String.class, null);
      AmbaConfig.Builder config = ClientSettings.read(ConfigProvider.getConfig(), name).toBuilder();
      // X decision: every AmbaListener bean is registered on every client the extension builds, the
      // default one and each named one, in the order the container gives them. The events carry no
      // project id, so metrics per tenant need clients that the application builds itself.
      for (AmbaListener listener : lookup.select(AmbaListener.class, Any.Literal.INSTANCE)) {
        config.listener(listener);
      }
      return AmbaClient.configure(config.build());
    }
  }

  /** Closes a client when its bean is destroyed, at container shutdown. */
  public static final class Disposer implements SyntheticBeanDisposer<AmbaClient> {

    /** Instantiated by the container. */
    public Disposer() {}

    @Override
    public void dispose(AmbaClient client, Instance<Object> lookup, Parameters params) {
      client.close();
    }
  }

  /**
   * Checks every registered client's settings when the container starts, at run time also in
   * Quarkus, where the extension itself ran at build time with the build's configuration.
   */
  public static final class SettingsCheck implements SyntheticObserver<Startup> {

    /** Instantiated by the container. */
    public SettingsCheck() {}

    @Override
    public void observe(EventContext<Startup> event, Parameters params) {
      boolean checkDefault = params.get(CHECK_DEFAULT, Boolean.class, true);
      boolean defaultInjected = params.get(DEFAULT_INJECTED, Boolean.class, false);
      String[] names = params.get(NAMES, String[].class, new String[0]);
      if (!checkDefault && names.length == 0) {
        return;
      }
      Config config;
      try {
        config = ConfigProvider.getConfig();
      } catch (IllegalStateException e) {
        if (defaultInjected || names.length > 0) {
          throw new DeploymentException("amba-cdi reads its settings with MicroProfile Config, but no"
              + " implementation is available: deploy on a server with MicroProfile Config, or add one such as"
              + " io.smallrye.config:smallrye-config", e);
        }
        return;
      }
      List<String> problems = new ArrayList<>();
      // The default client is checked when something injects it or when it is configured at all; an
      // application that only uses named clients need not set amba.project-id.
      if (checkDefault && (defaultInjected || ClientSettings.isConfigured(config, null))) {
        check(config, null, problems);
      }
      for (String name : names) {
        check(config, name, problems);
      }
      if (!problems.isEmpty()) {
        throw new DeploymentException(String.join("\n", problems));
      }
    }

    private static void check(Config config, String name, List<String> problems) {
      try {
        ClientSettings.read(config, name);
      } catch (ClientSettings.InvalidSettingsException e) {
        problems.add(e.getMessage());
      }
    }
  }
}
