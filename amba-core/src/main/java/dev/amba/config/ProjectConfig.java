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

  /**
   * Every entry, by key.
   *
   * @return every key with its value, type and description; empty when the project has none
   * @throws IllegalStateException if the client has no server key, before anything is sent
   */
  List<ConfigEntry> entries();

  /**
   * One entry.
   *
   * @param key the key, 1 to 128 characters with no whitespace or control character
   * @return the key's value, type and description
   * @throws IllegalArgumentException if {@code key} breaks its rule, before anything is sent
   * @throws IllegalStateException if the client has no server key, before anything is sent
   * @throws dev.amba.AmbaNotFoundException when the key does not exist
   */
  ConfigEntry entry(String key);

  /**
   * Adds a key.
   *
   * @param entry the key, value and optional type and description, made with {@link
   *     NewConfigEntry#of}
   * @return the entry as stored, with the type the service declared or inferred
   * @throws NullPointerException if {@code entry} is null
   * @throws IllegalStateException if the client has no server key, before anything is sent
   * @throws dev.amba.AmbaConflictException when the key already exists
   */
  ConfigEntry create(NewConfigEntry entry);

  /**
   * Changes a key's value, type or description.
   *
   * @param key the key, 1 to 128 characters with no whitespace or control character
   * @param update the parts to change; at least one must be set
   * @return the entry as stored after the change
   * @throws IllegalArgumentException if {@code key} breaks its rule or {@code update} sets nothing,
   *     before anything is sent
   * @throws NullPointerException if {@code update} is null
   * @throws IllegalStateException if the client has no server key, before anything is sent
   * @throws dev.amba.AmbaNotFoundException when the key does not exist
   */
  ConfigEntry update(String key, ConfigUpdate update);

  /**
   * Removes a key.
   *
   * @param key the key, 1 to 128 characters with no whitespace or control character
   * @throws IllegalArgumentException if {@code key} breaks its rule, before anything is sent
   * @throws IllegalStateException if the client has no server key, before anything is sent
   * @throws dev.amba.AmbaNotFoundException when the key does not exist
   */
  void delete(String key);
}
