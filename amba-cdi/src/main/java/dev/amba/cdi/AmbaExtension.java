package dev.amba.cdi;

import dev.amba.AmbaClient;
import dev.amba.cdi.internal.ClientSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Default;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.DeploymentException;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.InjectionPoint;
import jakarta.enterprise.inject.spi.ProcessBean;
import jakarta.enterprise.inject.spi.ProcessInjectionPoint;
import jakarta.inject.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The portable extension behind {@code @Inject AmbaClient}. Containers find it through {@code
 * META-INF/services}; add it yourself only where discovery is off, as in Weld SE's {@code
 * disableDiscovery()} or weld-junit's {@code WeldInitiator}: {@code weld.addExtension(new
 * AmbaExtension())}.
 *
 * <p>It registers the {@code AmbaClient} beans: the {@code @Default} one and one per name, each
 * {@code @ApplicationScoped}, built from MicroProfile Config on first use and closed at shutdown.
 * The beans are synthetic, so neither this jar nor the application needs a {@code beans.xml}.
 *
 * <p>Names come from injection points ({@code @AmbaClientName("x")}), from the {@code amba.clients}
 * list, and from {@code amba.clients.<name>.*} keys that a config source lists. The settings of every
 * client the application injects, names or configures are checked at {@link
 * AfterDeploymentValidation}, so a bad one stops the deployment instead of the first request.
 */
public final class AmbaExtension implements Extension {

  // Only the documented keys: a config source that guesses dotted names from environment variables
  // (AMBA_CLIENTS_TENANT_A_PROJECT_ID read as amba.clients.tenant.a.project.id) must not invent clients.
  private static final Pattern NAMED_KEY = Pattern.compile(Pattern.quote(ClientSettings.CLIENTS)
      + "\\.([^.]+)\\.(project-id|client-key|server-key|pat|api-url|connect-timeout|request-timeout)");

  private final Set<String> injectedNames = new TreeSet<>();
  private final Set<String> applicationNames = new TreeSet<>();
  private final Set<String> invalidNames = new TreeSet<>();
  private final Set<String> registeredNames = new TreeSet<>();
  private boolean defaultInjected;
  private boolean applicationDefinesDefault;
  private boolean registered;

  /**
   * Called by the CDI container, which finds the extension as a service provider (the module's
   * {@code provides} clause, or {@code META-INF/services} on the class path); an application never
   * creates one.
   */
  public AmbaExtension() {}

  void collectInjectionPoints(@Observes ProcessInjectionPoint<?, ?> event) {
    InjectionPoint ip = event.getInjectionPoint();
    if (!refersToClient(ip.getType())) {
      return;
    }
    boolean named = false;
    for (Annotation qualifier : ip.getQualifiers()) {
      if (qualifier instanceof AmbaClientName name) {
        named = true;
        injectedNames.add(name.value());
        if (!ClientSettings.isValidName(name.value())) {
          invalidNames.add(name.value());
        }
      }
    }
    if (!named && isDefault(ip.getQualifiers())) {
      defaultInjected = true;
    }
  }

  void noticeApplicationBeans(@Observes ProcessBean<?> event) {
    if (registered) {
      return;
    }
    Bean<?> bean = event.getBean();
    if (!bean.getTypes().contains(AmbaClient.class)) {
      return;
    }
    // The application's own producer wins; registering ours too would make injection ambiguous.
    for (Annotation qualifier : bean.getQualifiers()) {
      if (qualifier instanceof AmbaClientName name) {
        applicationNames.add(name.value());
      }
    }
    if (isDefault(bean.getQualifiers())) {
      applicationDefinesDefault = true;
    }
  }

  void registerClients(@Observes AfterBeanDiscovery event) {
    registered = true;
    if (!applicationDefinesDefault) {
      addClient(event, null);
    }
    Set<String> names = new TreeSet<>(injectedNames);
    for (String name : configuredNames()) {
      if (ClientSettings.isValidName(name)) {
        names.add(name);
      } else {
        invalidNames.add(name);
      }
    }
    names.removeAll(applicationNames);
    for (String name : names) {
      // A bean even for an invalid name, so the deployment fails on the name, not on an unsatisfied
      // injection point that would hide it.
      addClient(event, name);
      if (ClientSettings.isValidName(name)) {
        registeredNames.add(name);
      }
    }
  }

  void validateSettings(@Observes AfterDeploymentValidation event) {
    for (String name : invalidNames) {
      event.addDeploymentProblem(new DeploymentException("amba-cdi: '" + name
          + "' (from @AmbaClientName or amba.clients) is not a valid client name: use 1 to 64 letters, digits, '-' and '_', starting with a letter or digit"));
    }
    boolean checkDefault = !applicationDefinesDefault;
    if (!checkDefault && registeredNames.isEmpty()) {
      return;
    }
    Config config;
    try {
      config = ConfigProvider.getConfig();
    } catch (IllegalStateException e) {
      if (defaultInjected || !registeredNames.isEmpty()) {
        event.addDeploymentProblem(new DeploymentException("amba-cdi reads its settings with MicroProfile Config, but no"
            + " implementation is available: deploy on a server with MicroProfile Config, or add one such as"
            + " io.smallrye.config:smallrye-config", e));
      }
      return;
    }
    // The default client is checked when something injects it or when it is configured at all; an
    // application that only uses named clients need not set amba.project-id.
    if (checkDefault && (defaultInjected || ClientSettings.isConfigured(config, null))) {
      check(event, config, null);
    }
    for (String name : registeredNames) {
      check(event, config, name);
    }
  }

  private static void check(AfterDeploymentValidation event, Config config, String name) {
    try {
      ClientSettings.read(config, name);
    } catch (ClientSettings.InvalidSettingsException e) {
      event.addDeploymentProblem(new DeploymentException(e.getMessage()));
    }
  }

  private static void addClient(AfterBeanDiscovery event, String name) {
    Set<Annotation> qualifiers = new LinkedHashSet<>();
    qualifiers.add(Any.Literal.INSTANCE);
    qualifiers.add(name == null ? Default.Literal.INSTANCE : AmbaClientName.Literal.of(name));
    event.<AmbaClient>addBean()
        .id("dev.amba.cdi#" + (name == null ? "default" : "named:" + name))
        .types(AmbaClient.class, Object.class)
        .qualifiers(qualifiers)
        .scope(ApplicationScoped.class)
        .createWith(context -> AmbaClient.configure(ClientSettings.read(ConfigProvider.getConfig(), name)))
        .destroyWith((client, context) -> client.close());
  }

  private static List<String> configuredNames() {
    List<String> names = new ArrayList<>();
    Config config;
    try {
      config = ConfigProvider.getConfig();
    } catch (IllegalStateException noImplementation) {
      // Reported at validation, and only if a client is actually needed.
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

  private static boolean refersToClient(Type type) {
    if (type == AmbaClient.class) {
      return true;
    }
    if (type instanceof ParameterizedType p && (p.getRawType() == Instance.class || p.getRawType() == Provider.class)) {
      return p.getActualTypeArguments()[0] == AmbaClient.class;
    }
    return false;
  }

  private static boolean isDefault(Set<Annotation> qualifiers) {
    if (qualifiers.isEmpty()) {
      return true;
    }
    for (Annotation q : qualifiers) {
      if (q.annotationType() == Default.class) {
        return true;
      }
    }
    return false;
  }
}
