package dev.amba.sync;

import java.util.Map;

/**
 * A change the server did not apply because its row was written after the change was made (37.3
 * #3): the server wins, and {@code serverData} is the row as it is now, server-managed columns
 * included, so the client can take it in place of its own.
 *
 * @param entityType the collection the change was to
 * @param entityId the row the change was to
 * @param resolution how the conflict was settled; the service writes {@code server_wins}
 * @param serverData the row as it is on the server now; never null
 */
public record SyncConflict(String entityType, String entityId, String resolution, Map<String, Object> serverData) {

  /** The one resolution the service applies. */
  public static final String SERVER_WINS = "server_wins";

  /**
   * A conflict; {@code serverData} is copied, and null reads as empty.
   *
   * @param entityType the collection the change was to
   * @param entityId the row the change was to
   * @param resolution how the conflict was settled
   * @param serverData the row as it is on the server now, or null
   */
  public SyncConflict {
    serverData = serverData == null ? Map.of() : java.util.Collections.unmodifiableMap(
        new java.util.LinkedHashMap<>(serverData));
  }
}
