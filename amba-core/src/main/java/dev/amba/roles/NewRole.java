package dev.amba.roles;

import dev.amba.internal.WireForms;
import dev.amba.internal.roles.RoleArguments;
import dev.amba.internal.util.FieldMap;
import dev.amba.internal.util.TextArguments;
import java.util.List;

/**
 * A role to create. Immutable: each method returns a new value.
 *
 * <pre>{@code
 * amba.roles().create(NewRole.of("moderator", "posts:delete", "users:mute").description("Keeps the forum civil"));
 * }</pre>
 */
public final class NewRole {

  static {
    WireForms.register(NewRole.class, v -> v.fields.asMap());
  }

  private final FieldMap fields;

  private NewRole(FieldMap fields) {
    this.fields = fields;
  }

  /**
   * A role of this name granting these permissions.
   *
   * @param name unique in the project: 1..64 characters of {@code a-z 0-9 _}, starting with a letter
   * @param permissions at most 100, each 1..128 printable ASCII characters without spaces; matched
   *     exactly, without wildcards
   * @return the role to create, without a description
   * @throws IllegalArgumentException if {@code name} or a permission breaks its rule, or there are
   *     more than 100 permissions
   * @throws NullPointerException if {@code permissions} is null
   */
  public static NewRole of(String name, List<String> permissions) {
    return new NewRole(FieldMap.empty().with("name", RoleArguments.name(name))
        .with("permissions", RoleArguments.permissions(permissions)));
  }

  /**
   * As {@link #of(String, List)}.
   *
   * @param name unique in the project: 1..64 characters of {@code a-z 0-9 _}, starting with a letter
   * @param permissions at most 100, each 1..128 printable ASCII characters without spaces; matched
   *     exactly, without wildcards
   * @return the role to create, without a description
   * @throws IllegalArgumentException if {@code name} or a permission breaks its rule, or there are
   *     more than 100 permissions
   * @throws NullPointerException if {@code permissions} or one of them is null
   */
  public static NewRole of(String name, String... permissions) {
    return of(name, List.of(permissions));
  }

  /**
   * A note for admins: at most 1024 characters.
   *
   * @param description what the role is for, not null
   * @return a copy with the description set
   * @throws IllegalArgumentException if {@code description} is null, longer than 1024 characters
   *     or holds an unpaired surrogate
   */
  public NewRole description(String description) {
    return new NewRole(fields.with("description", TextArguments.description(description)));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NewRole other && other.fields.equals(fields);
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
