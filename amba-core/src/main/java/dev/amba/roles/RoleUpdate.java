package dev.amba.roles;

import dev.amba.internal.WireForms;
import dev.amba.internal.roles.RoleArguments;
import dev.amba.internal.util.FieldMap;
import dev.amba.internal.util.TextArguments;
import java.util.List;

/**
 * What to change of a role; only what is set is sent. New permissions replace the old ones, for
 * every user who has the role at once. Immutable: each method returns a new value.
 *
 * <pre>{@code
 * amba.roles().update(roleId, RoleUpdate.create().permissions(List.of("posts:delete")));
 * }</pre>
 */
public final class RoleUpdate {

  static {
    WireForms.register(RoleUpdate.class, v -> v.fields.asMap());
  }

  private final FieldMap fields;

  private RoleUpdate(FieldMap fields) {
    this.fields = fields;
  }

  /**
   * An update that changes nothing yet; sending it empty is refused before anything is sent.
   *
   * @return an empty update
   */
  public static RoleUpdate create() {
    return new RoleUpdate(FieldMap.empty());
  }

  /**
   * A new name for the role.
   *
   * @param name as {@link NewRole#of(String, List)}, unique in the project
   * @return a copy with the name set
   * @throws IllegalArgumentException if {@code name} breaks that rule
   */
  public RoleUpdate name(String name) {
    return new RoleUpdate(fields.with("name", RoleArguments.name(name)));
  }

  /**
   * A new note for admins, at most 1024 characters; null clears it.
   *
   * @param description what the role is for, or null to remove the note
   * @return a copy with the description set or cleared
   * @throws IllegalArgumentException if {@code description} is longer than 1024 characters or holds
   *     an unpaired surrogate
   */
  public RoleUpdate description(String description) {
    return new RoleUpdate(fields.with("description", description == null ? null
        : TextArguments.description(description)));
  }

  /**
   * The role's new permissions, replacing all of the old ones.
   *
   * @param permissions replaces the role's, as {@link NewRole#of(String, List)}; may be empty
   * @return a copy with the permissions set
   * @throws IllegalArgumentException if a permission breaks its rule or there are more than 100
   * @throws NullPointerException if {@code permissions} is null
   */
  public RoleUpdate permissions(List<String> permissions) {
    return new RoleUpdate(fields.with("permissions", RoleArguments.permissions(permissions)));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RoleUpdate other && other.fields.equals(fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  @Override
  public String toString() {
    return fields.describe(this);
  }
}
