package dev.amba.servlet.internal;

import dev.amba.AmbaClient;
import dev.amba.AmbaConfig;
import jakarta.servlet.ServletContext;
import java.util.Map;
import java.util.Optional;

/** Where a filter built with the no-arg constructor finds its client, in the documented order. */
public final class ClientSources {

  private static final String CONTEXT_ATTRIBUTE = AmbaClient.class.getName();

  private ClientSources() {}

  /**
   * @param client the client to put on requests
   * @param owned whether the filter built it, and so closes it in {@code destroy}
   * @param source where it came from, for messages
   */
  public record Found(AmbaClient client, boolean owned, String source) {}

  public static Found find(String filterName, FilterSettings settings, ServletContext context,
      Map<String, String> environment, ClassLoader loader) {
    String attribute = settings.clientAttribute() != null ? settings.clientAttribute() : CONTEXT_ATTRIBUTE;
    Object value = context.getAttribute(attribute);
    if (value instanceof AmbaClient client) {
      if (settings.hasClientSettings()) {
        throw new IllegalStateException("AmbaFilter '" + filterName + "' takes its client from the ServletContext attribute "
            + attribute + ", so its init-params " + settings.clientSettingNames() + " would be ignored; remove them");
      }
      return new Found(client, false, "the ServletContext attribute " + attribute);
    }
    if (value != null) {
      throw new IllegalStateException("AmbaFilter '" + filterName + "': the ServletContext attribute " + attribute
          + " holds a " + value.getClass().getName() + " (class loader " + value.getClass().getClassLoader()
          + "), not an AmbaClient this filter can use; is amba-core deployed both in the server and in the application?");
    }
    if (settings.clientAttribute() != null) {
      throw new IllegalStateException("AmbaFilter '" + filterName + "': init-param client-attribute names the ServletContext"
          + " attribute " + attribute + ", but it is not set when the filter starts; set it from a ServletContextListener"
          + " or a ServletContainerInitializer");
    }
    if (settings.hasClientSettings()) {
      return build(filterName, settings, environment, "its init-params");
    }
    Optional<AmbaClient> fromCdi = CdiClients.find(loader);
    if (fromCdi.isPresent()) {
      return new Found(fromCdi.get(), false, "CDI");
    }
    return build(filterName, settings, environment, "the environment");
  }

  private static Found build(String filterName, FilterSettings settings, Map<String, String> environment, String source) {
    AmbaConfig config;
    try {
      config = settings.clientConfig(environment);
    } catch (FilterSettings.MissingSettingsException e) {
      throw new IllegalStateException("AmbaFilter '" + filterName + "' has no Amba client: " + e.getMessage()
          + ". Set the environment variables AMBA_PROJECT_ID, AMBA_CLIENT_KEY and AMBA_SERVER_KEY (AMBA_API_URL"
          + " for a non-production API) or the matching init-params; or put a client in the ServletContext attribute "
          + CONTEXT_ATTRIBUTE + " from a ServletContextListener; or, in a CDI container, add amba-cdi and set"
          + " amba.project-id, amba.client-key and amba.server-key; or register new AmbaFilter(client) in code", e);
    }
    return new Found(AmbaClient.configure(config), true, source);
  }
}
