package dev.amba.internal.groups;

import dev.amba.groups.GroupRole;
import dev.amba.internal.util.JsonProperties;
import dev.amba.internal.util.ModuleArguments;
import dev.amba.internal.util.TextArguments;
import java.util.Map;
import java.util.Objects;

/**
 * The groups' own argument rules (amba-api-modules.md 23), checked before anything is sent; names,
 * descriptions and ids follow the rules every module shares. The bounds on {@code max_members}, the
 * avatar URL and the search text are the emulator's (X).
 */
public final class GroupArguments {

  /** X: the most members a group may be set to hold. */
  public static final int MAX_MEMBERS = 10_000;
  /** X: as long as a user's own avatar URL may be (section 9). */
  public static final int MAX_AVATAR_URL = 2048;
  /** X: the longest search text. */
  public static final int MAX_QUERY = 128;

  private GroupArguments() {}

  public static String avatarUrl(String url) {
    return TextArguments.require(url, "avatarUrl", 1, MAX_AVATAR_URL);
  }

  public static int maxMembers(int maxMembers) {
    return ModuleArguments.range(maxMembers, 1, MAX_MEMBERS, "maxMembers");
  }

  public static Map<String, Object> metadata(Map<String, ?> metadata) {
    Objects.requireNonNull(metadata, "metadata");
    return JsonProperties.copy(metadata, "metadata");
  }

  /** A role the service accepts (23.3): owner, admin or member; MCP's {@code moderator} is not one. */
  public static GroupRole role(GroupRole role) {
    Objects.requireNonNull(role, "role");
    if (!role.equals(GroupRole.OWNER) && !role.equals(GroupRole.ADMIN) && !role.equals(GroupRole.MEMBER)) {
      throw new IllegalArgumentException("role must be owner, admin or member, got " + role);
    }
    return role;
  }

  /** A search text: may be empty (every public group), at most {@value #MAX_QUERY} characters. */
  public static String query(String query) {
    return TextArguments.require(Objects.requireNonNull(query, "query"), "query", 0, MAX_QUERY);
  }
}
