package dev.amba.spring.test;

import dev.amba.spring.internal.ClientSettings;
import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.EmulatorProject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * Starts one emulator per application context, before any bean is created, and puts its settings
 * in the environment. Equal for equal client names, so Spring's context cache shares a context
 * (and its emulator) between test classes that ask for the same thing.
 */
final class EmulatorContextCustomizer implements ContextCustomizer {

  static final String BEAN_NAME = "ambaEmulator";
  static final String PROPERTY_SOURCE = "ambaEmulator";

  private final Set<String> clients;

  EmulatorContextCustomizer(Set<String> clients) {
    for (String name : clients) {
      if (!ClientSettings.isValidName(name)) {
        throw new IllegalArgumentException("@AutoConfigureAmbaEmulator(clients): '" + name
            + "' is not a client name: use 1 to 64 letters, digits, '-' and '_', starting with a letter or digit");
      }
    }
    this.clients = Set.copyOf(clients);
  }

  @Override
  public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
    AmbaEmulator emulator = AmbaEmulator.builder().quiet(true).start();
    Map<String, Object> properties = new LinkedHashMap<>();
    put(properties, ClientSettings.prefix(null), emulator.defaultProject());
    properties.put(ClientSettings.prefix(null) + "api-url", emulator.apiUrl());
    for (String name : clients) {
      put(properties, ClientSettings.prefix(name), emulator.createProject());
    }
    MutablePropertySources sources = context.getEnvironment().getPropertySources();
    MapPropertySource source = new MapPropertySource(PROPERTY_SOURCE, properties);
    // Below the test's inlined properties, so a test can still override one key; above everything else.
    if (sources.contains(TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME)) {
      sources.addAfter(TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME, source);
    } else {
      sources.addFirst(source);
    }
    RootBeanDefinition definition = new RootBeanDefinition(AmbaEmulator.class, () -> emulator);
    // Registered before every other bean, so destroyed after them: the clients close first.
    definition.setDestroyMethodName("close");
    if (context instanceof BeanDefinitionRegistry registry) {
      registry.registerBeanDefinition(BEAN_NAME, definition);
    } else {
      context.getBeanFactory().registerSingleton(BEAN_NAME, emulator);
      context.addApplicationListener(event -> {
        if (event instanceof org.springframework.context.event.ContextClosedEvent) {
          emulator.close();
        }
      });
    }
  }

  private static void put(Map<String, Object> properties, String prefix, EmulatorProject project) {
    properties.put(prefix + "project-id", project.projectId());
    properties.put(prefix + "client-key", project.clientKey());
    properties.put(prefix + "server-key", project.serverKey());
    properties.put(prefix + "pat", project.pat());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EmulatorContextCustomizer that && clients.equals(that.clients);
  }

  @Override
  public int hashCode() {
    return clients.hashCode();
  }
}
