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

  /**
   * Sets the name shown to users.
   *
   * @param name 1..128 characters, not blank
   * @return a copy with the name set
   * @throws IllegalArgumentException when {@code name} is null, blank or too long
   */
  public S name(String name) {
    return with("name", TextArguments.name(name));
  }

  /**
   * Sets a description shown to users.
   *
   * @param description at most 1024 characters, not null
   * @return a copy with the description set
   * @throws IllegalArgumentException when {@code description} is null or too long
   */
  public S description(String description) {
    return with("description", TextArguments.description(description));
  }

  /**
   * Shows the store only to the members of a segment (a UUID, see {@code dev.amba.segments}), as
   * they are at each request; a segment the project does not have is 404 {@code segment_not_found}.
   *
   * @param segmentId the segment's id, a UUID
   * @return a copy with the segment set
   * @throws IllegalArgumentException when {@code segmentId} is not a UUID
   */
  public S segmentId(String segmentId) {
    return with("segment_id", StoreArguments.segmentId(segmentId));
  }
}
