package dev.amba.sync;

import java.util.Objects;

/**
 * The outcome of one pushed change, in the order the changes were pushed.
 *
 * @param entityType the collection the change was to
 * @param entityId the row the change was to
 * @param status what became of the change
 */
public record ChangeResult(String entityType, String entityId, ChangeStatus status) {

  /**
   * An outcome.
   *
   * @param entityType the collection the change was to
   * @param entityId the row the change was to
   * @param status what became of the change
   * @throws NullPointerException if {@code status} is null
   */
  public ChangeResult {
    Objects.requireNonNull(status, "status");
  }
}
