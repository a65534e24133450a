package dev.amba.roles;

import java.time.Instant;
import java.util.List;

/**
 * A role of the project (32.3): a name users are given, and the permissions it grants.
 *
 * @param name unique in the project; what permission checks list
 * @param description null when none was given
 * @param permissions what the role grants, each once, in the order given; immutable
 * @param createdAt null where the role is embedded in an assignment (the service sends no times there)
 */
public record Role(String id, String name, String description, List<String> permissions, Instant createdAt,
    Instant updatedAt) {

  public Role {
    permissions = permissions == null ? List.of() : List.copyOf(permissions);
  }

  /** Whether the role grants {@code permission}: exact, case-sensitive equality, no wildcards (32.3). */
  public boolean grants(String permission) {
    return permissions.contains(permission);
  }
}
