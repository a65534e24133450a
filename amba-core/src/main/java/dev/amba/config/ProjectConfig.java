package dev.amba.config;

import java.util.List;

/**
 * The project's remote config. {@link #values()} is what an anonymous app sees (client key only);
 * the entry methods are the admin CRUD (server key), with each entry's type and description.
 *
 * <pre>{@code
 * amba.config().create(NewConfigEntry.of("max_upload_mb", 25).description("per file"));
 * Map<String, Object> seen = amba.config().values();     // {max_upload_mb=25}
 * }</pre>
 */
public interface ProjectConfig extends UserConfig {

  /** Every entry, by key. */
  List<ConfigEntry> entries();

  /**
   * One entry.
   *
   * @throws dev.amba.AmbaNotFoundException when the key does not exist
   */
  ConfigEntry entry(String key);

  /**
   * Adds a key.
   *
   * @throws dev.amba.AmbaConflictException when the key already exists
   */
  ConfigEntry create(NewConfigEntry entry);

  /**
   * Changes a key's value, type or description.
   *
   * @throws dev.amba.AmbaNotFoundException when the key does not exist
   */
  ConfigEntry update(String key, ConfigUpdate update);

  /**
   * Removes a key.
   *
   * @throws dev.amba.AmbaNotFoundException when the key does not exist
   */
  void delete(String key);
}
