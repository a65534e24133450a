package dev.amba.sync;

import java.util.Objects;

/** The outcome of one pushed change, in the order the changes were pushed. */
public record ChangeResult(String entityType, String entityId, ChangeStatus status) {

  public ChangeResult {
    Objects.requireNonNull(status, "status");
  }
}
