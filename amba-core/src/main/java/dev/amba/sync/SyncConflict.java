package dev.amba.sync;

import java.util.Map;

/**
 * A change the server did not apply because its row was written after the change was made (37.3
 * #3): the server wins, and {@code serverData} is the row as it is now, server-managed columns
 * included, so the client can take it in place of its own.
 *
 * @param resolution how the conflict was settled; the service writes {@code server_wins}
 */
public record SyncConflict(String entityType, String entityId, String resolution, Map<String, Object> serverData) {

  /** The one resolution the service applies. */
  public static final String SERVER_WINS = "server_wins";

  public SyncConflict {
    serverData = serverData == null ? Map.of() : java.util.Collections.unmodifiableMap(
        new java.util.LinkedHashMap<>(serverData));
  }
}
