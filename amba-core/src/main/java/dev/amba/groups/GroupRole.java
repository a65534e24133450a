package dev.amba.groups;

import java.util.Locale;
import java.util.Objects;

/**
 * A member's role in a group (23.3), by its wire value. A record rather than an enum, so a role the
 * service adds later still reads (MCP names a {@code moderator}, which the service does not
 * accept); the service accepts {@link #OWNER}, {@link #ADMIN} and {@link #MEMBER}.
 *
 * @param value the wire value, lowercase, such as {@code admin}
 */
public record GroupRole(String value) {

  /** The one member who may delete the group, and who cannot leave it. Exactly one per group. */
  public static final GroupRole OWNER = new GroupRole("owner");
  /** May change the group's settings and invite users, as the owner may. */
  public static final GroupRole ADMIN = new GroupRole("admin");
  /** May read the group and its members, and leave. */
  public static final GroupRole MEMBER = new GroupRole("member");

  /**
   * Lowercases the wire value, so roles compare as the service means them.
   *
   * @param value the wire value, not blank
   * @throws NullPointerException when {@code value} is null
   * @throws IllegalArgumentException when {@code value} is blank
   */
  public GroupRole {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("value must not be blank");
    }
    value = value.toLowerCase(Locale.ROOT);
  }

  /**
   * Whether the role may change the group's settings and invite.
   *
   * @return true for {@link #OWNER} and {@link #ADMIN}
   */
  public boolean mayManage() {
    return equals(OWNER) || equals(ADMIN);
  }

  @Override
  public String toString() {
    return value;
  }
}
