package dev.amba.cdi;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.spi.ConfigProviderResolver;

/**
 * Gives the current thread a fresh context class loader with its own MicroProfile Config, so each
 * test's container sees only that test's settings; closing restores the thread.
 */
final class ScopedConfig implements AutoCloseable {

  private final Thread thread = Thread.currentThread();
  private final ClassLoader previous = thread.getContextClassLoader();
  private final Config config;

  private ScopedConfig(Map<String, String> properties, Map<String, String> environment) {
    ClassLoader scoped = new URLClassLoader(new URL[0], previous);
    config = new SmallRyeConfigBuilder()
        .forClassLoader(scoped)
        .withSources(new PropertiesConfigSource(properties, "test-properties", 400))
        .withSources(new EnvConfigSource(environment, 300))
        .build();
    ConfigProviderResolver.instance().registerConfig(config, scoped);
    thread.setContextClassLoader(scoped);
  }

  static ScopedConfig properties(Map<String, String> properties) {
    return new ScopedConfig(properties, Map.of());
  }

  static ScopedConfig environment(Map<String, String> environment) {
    return new ScopedConfig(Map.of(), environment);
  }

  @Override
  public void close() {
    ConfigProviderResolver.instance().releaseConfig(config);
    thread.setContextClassLoader(previous);
  }
}
