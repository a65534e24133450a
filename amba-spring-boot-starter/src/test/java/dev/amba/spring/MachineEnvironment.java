package dev.amba.spring;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** Keeps the AMBA_* variables of the machine running the tests out of a context: each test says what it sets. */
final class MachineEnvironment {

  private MachineEnvironment() {}

  static ApplicationContextInitializer<ConfigurableApplicationContext> ignored() {
    return context -> context.getEnvironment().getPropertySources().replace(
        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
        new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of()));
  }
}
