package dev.amba.flags;

import java.time.Instant;

/**
 * A flag as admins see it: its assignment plus a description and timestamps.
 *
 * @param name the flag's name, unique in the project
 * @param enabled whether the flag is on
 * @param variant the variant name, or null
 * @param payload any JSON as Java values, or null
 * @param description a note for other admins, or null
 * @param createdAt when the flag was added
 * @param updatedAt when the flag was last changed
 */
public record Flag(String name, boolean enabled, String variant, Object payload, String description,
    Instant createdAt, Instant updatedAt) {

  /**
   * What every user receives for this flag.
   *
   * @return the flag's name, switch, variant and payload, without the admin fields
   */
  public FlagAssignment assignment() {
    return new FlagAssignment(name, enabled, variant, payload);
  }
}
