package dev.amba.it;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.spi.ConfigProviderResolver;

/**
 * MicroProfile Config for one test scope: a fresh context class loader on this thread with only
 * the given properties registered for it, so no test sees another's settings (or the machine's
 * environment); closing restores the thread.
 */
final class ScopedConfig implements AutoCloseable {

  private final Thread thread = Thread.currentThread();
  private final ClassLoader previous = thread.getContextClassLoader();
  private final Config config;

  ScopedConfig(Map<String, String> properties) {
    ClassLoader scoped = new URLClassLoader(new URL[0], previous);
    config = new SmallRyeConfigBuilder()
        .forClassLoader(scoped)
        .withSources(new PropertiesConfigSource(properties, "test", 400))
        .build();
    ConfigProviderResolver.instance().registerConfig(config, scoped);
    thread.setContextClassLoader(scoped);
  }

  @Override
  public void close() {
    ConfigProviderResolver.instance().releaseConfig(config);
    thread.setContextClassLoader(previous);
  }
}
