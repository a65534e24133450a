package dev.amba.it;

import java.util.HashMap;
import java.util.Map;

/**
 * Sets JVM system properties for a test class and puts back what was there. An embedded webapp's
 * MicroProfile Config reads them, the way it would read a server's -D options.
 */
final class SystemProperties implements AutoCloseable {

  private final Map<String, String> previous = new HashMap<>();

  SystemProperties(Map<String, String> values) {
    values.forEach((key, value) -> {
      previous.put(key, System.getProperty(key));
      System.setProperty(key, value);
    });
  }

  @Override
  public void close() {
    previous.forEach((key, value) -> {
      if (value == null) {
        System.clearProperty(key);
      } else {
        System.setProperty(key, value);
      }
    });
  }
}
