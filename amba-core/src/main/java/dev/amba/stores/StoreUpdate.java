package dev.amba.stores;

import dev.amba.internal.WireForms;
import java.util.Map;

/**
 * The settings of a store to change; only those set are sent, and the key never changes.
 * Immutable: each method returns a new value.
 *
 * <pre>{@code
 * amba.stores().update(storeId, StoreUpdate.create().active(false));   // closed, listings kept
 * }</pre>
 */
public final class StoreUpdate extends StoreFields<StoreUpdate> {

  static {
    WireForms.register(StoreUpdate.class, StoreUpdate::fields);
  }

  private StoreUpdate(Map<String, Object> fields) {
    super(fields);
  }

  /**
   * An update that changes nothing yet; sending it empty is refused.
   *
   * @return an empty update to set changes on
   */
  public static StoreUpdate create() {
    return new StoreUpdate(Map.of());
  }

  /**
   * Closes or opens the store.
   *
   * @param active false closes the store to users (its listings are kept); true opens it again
   * @return a copy with the flag set
   */
  public StoreUpdate active(boolean active) {
    return with("is_active", active);
  }

  /**
   * Removes the description.
   *
   * @return a copy that sends the description as null
   */
  public StoreUpdate clearDescription() {
    return with("description", null);
  }

  /**
   * Shows the store to every user again.
   *
   * @return a copy that sends the segment as null
   */
  public StoreUpdate clearSegment() {
    return with("segment_id", null);
  }

  @Override
  StoreUpdate make(Map<String, Object> changed) {
    return new StoreUpdate(changed);
  }
}
