package dev.amba.flags;

import java.time.Instant;

/** A flag as admins see it: its assignment plus a description and timestamps. */
public record Flag(String name, boolean enabled, String variant, Object payload, String description,
    Instant createdAt, Instant updatedAt) {

  /** What every user receives for this flag. */
  public FlagAssignment assignment() {
    return new FlagAssignment(name, enabled, variant, payload);
  }
}
