package dev.amba.config;

import java.util.Map;
import java.util.Optional;

/**
 * The project's remote config as an app sees it. Reads are cached per client and caller with the
 * server's ETag: while the config is unchanged the server answers 304 and the cached map is returned
 * as is, without a body to parse.
 */
public interface UserConfig {

  /**
   * Every key and its value: strings, booleans, numbers ({@code Long} for integers, {@code BigInteger}
   * beyond its range, {@code BigDecimal} for decimals), and lists and maps for JSON values. The map and everything in it are immutable; while the config is
   * unchanged, calls return the same instance.
   *
   * @return every key and its value; empty when the project has none
   */
  Map<String, Object> values();

  /**
   * One value, read through {@link #values()}.
   *
   * @param key the key, compared exactly
   * @return the key's value, or empty when the project has no such key
   */
  default Optional<Object> value(String key) {
    return Optional.ofNullable(values().get(key));
  }
}
