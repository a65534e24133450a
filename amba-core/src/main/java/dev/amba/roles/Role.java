package dev.amba.roles;

import java.time.Instant;
import java.util.List;

/**
 * A role of the project (32.3): a name users are given, and the permissions it grants.
 *
 * @param id the role's id, which the admin calls take
 * @param name unique in the project; what permission checks list
 * @param description null when none was given
 * @param permissions what the role grants, each once, in the order given; immutable
 * @param createdAt null where the role is embedded in an assignment (the service sends no times there)
 * @param updatedAt when the role last changed; null where {@code createdAt} is
 */
public record Role(String id, String name, String description, List<String> permissions, Instant createdAt,
    Instant updatedAt) {

  /**
   * A role; {@code permissions} is copied, and null reads as empty.
   *
   * @param id the role's id
   * @param name the role's name
   * @param description the note, or null
   * @param permissions what it grants, or null
   * @param createdAt when it was added, or null
   * @param updatedAt when it last changed, or null
   */
  public Role {
    permissions = permissions == null ? List.of() : List.copyOf(permissions);
  }

  /**
   * Whether the role grants {@code permission}: exact, case-sensitive equality, no wildcards (32.3).
   *
   * @param permission the permission to look for
   * @return true when {@link #permissions()} holds it exactly
   */
  public boolean grants(String permission) {
    return permissions.contains(permission);
  }
}
