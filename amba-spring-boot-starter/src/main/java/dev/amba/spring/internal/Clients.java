package dev.amba.spring.internal;

import dev.amba.AmbaClient;
import dev.amba.AmbaConfig;
import dev.amba.AmbaListener;
import dev.amba.spring.AmbaClientProperties;
import dev.amba.spring.AmbaProperties;
import java.util.stream.Stream;

/** Builds the starter's clients: one place, so the default and the named ones cannot drift apart. */
public final class Clients {

  /** The default client's bean name; a named client's is {@code ambaClient.<name>}. */
  public static final String DEFAULT_BEAN = "ambaClient";

  private Clients() {}

  public static String beanName(String name) {
    return name == null ? DEFAULT_BEAN : DEFAULT_BEAN + '.' + name;
  }

  /**
   * The client a bean name stands for in reports such as the health endpoint: {@code default}, a
   * configured name, or the bean name of a client the application defined itself.
   */
  public static String displayName(String beanName) {
    if (beanName.equals(DEFAULT_BEAN)) {
      return "default";
    }
    return beanName.startsWith(DEFAULT_BEAN + '.') ? beanName.substring(DEFAULT_BEAN.length() + 1) : beanName;
  }

  /**
   * @param name null for the default client
   * @param listeners every {@link AmbaListener} bean, in their order
   */
  public static AmbaClient create(String name, AmbaProperties properties, Stream<AmbaListener> listeners) {
    AmbaClientProperties own = name == null ? properties : properties.getClients().get(name);
    if (own == null) {
      // Names come from the same binding as the properties, so this means they changed in between.
      throw new ClientSettings.InvalidSettingsException(ClientSettings.describe(name) + " has no settings under "
          + ClientSettings.prefix(name) + "*");
    }
    AmbaConfig.Builder builder = ClientSettings.builder(name, own, properties);
    listeners.forEach(builder::listener);
    return AmbaClient.configure(builder.build());
  }
}
