package dev.amba.inventory;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A user's holding of one catalog item, as stored. A user has one per item; a consumable used up
 * keeps its row at quantity 0, which the lists leave out.
 *
 * @param id the row's id
 * @param userId the owner (the wire's {@code app_user_id})
 * @param catalogItemId the item owned
 * @param quantity how many: 1 for a durable item, any number from 0 for a consumable
 * @param instanceData the service's data about this holding, as JSON values; empty when none (4.x
 *     core answers: {@code metadata}). Immutable
 * @param acquiredAt when the user came to own the item
 * @param acquiredVia how; see {@link AcquiredVia}
 */
public record UserInventoryItem(
    String id,
    String userId,
    String catalogItemId,
    long quantity,
    Map<String, Object> instanceData,
    Instant acquiredAt,
    AcquiredVia acquiredVia) {

  /**
   * A holding; {@code instanceData} is copied, and null reads as empty.
   *
   * @param id the row's id
   * @param userId the owner
   * @param catalogItemId the item owned
   * @param quantity how many
   * @param instanceData the service's data about this holding, or null
   * @param acquiredAt when the user came to own the item
   * @param acquiredVia how the user came to own it
   */
  public UserInventoryItem {
    instanceData = instanceData == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(instanceData));
  }
}
