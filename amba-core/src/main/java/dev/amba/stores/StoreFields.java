package dev.amba.stores;

import dev.amba.internal.stores.StoreArguments;
import dev.amba.internal.util.TextArguments;
import java.util.Map;

/**
 * The settings a store's create and update share, each checked as it is set. Immutable: each
 * method returns a new value of the concrete type.
 */
abstract class StoreFields<S extends StoreFields<S>> extends StoreRequest<S> {

  StoreFields(Map<String, Object> fields) {
    super(fields);
  }

  /** The name shown to users, 1..128 characters, not blank. */
  public S name(String name) {
    return with("name", TextArguments.name(name));
  }

  /** A description shown to users, at most 1024 characters. */
  public S description(String description) {
    return with("description", TextArguments.description(description));
  }

  /**
   * Shows the store only to the members of a segment (a UUID, see {@code dev.amba.segments}), as
   * they are at each request; a segment the project does not have is 404 {@code segment_not_found}.
   */
  public S segmentId(String segmentId) {
    return with("segment_id", StoreArguments.segmentId(segmentId));
  }
}
