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

  /** An update that changes nothing yet; sending it empty is refused before anything is sent. */
  public static RoleUpdate create() {
    return new RoleUpdate(FieldMap.empty());
  }

  /** @param name as {@link NewRole#of(String, List)}, unique in the project */
  public RoleUpdate name(String name) {
    return new RoleUpdate(fields.with("name", RoleArguments.name(name)));
  }

  /** At most 1024 characters; null clears it. */
  public RoleUpdate description(String description) {
    return new RoleUpdate(fields.with("description", description == null ? null
        : TextArguments.description(description)));
  }

  /** @param permissions replaces the role's, as {@link NewRole#of(String, List)} */
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
