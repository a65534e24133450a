package dev.amba.internal.roles;

import dev.amba.internal.UserIds;
import dev.amba.internal.util.ModuleNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The roles module's argument rules (amba-api-modules.md 32.3), checked before anything is sent.
 * The emulator checks the same; the bounds marked X are decided here.
 */
public final class RoleArguments {

  /** 32.3 (X): 1..128 printable characters without spaces. */
  public static final Pattern PERMISSION = Pattern.compile("[!-~]{1,128}");
  /** X: the most permissions a role grants. */
  public static final int MAX_PERMISSIONS = 100;

  private RoleArguments() {}

  /**
   * X: a role's name is the role's key: what checks answer and code compares, so the M1 key rule
   * (1..64 characters of {@code a-z 0-9 _}, starting with a letter), unique in the project.
   */
  public static String name(String name) {
    return ModuleNames.key(name, "name");
  }

  /** X: besides 32.3's rule, never {@code .} or {@code ..}, which a URL path cannot carry as a segment. */
  public static String permission(String permission, String argument) {
    if (permission == null || !PERMISSION.matcher(permission).matches() || permission.equals(".")
        || permission.equals("..")) {
      throw new IllegalArgumentException(argument + " must be 1..128 printable ASCII characters without spaces"
          + " (and not . or ..), got " + quoted(permission));
    }
    return permission;
  }

  /** At most {@value #MAX_PERMISSIONS} permissions, each of the rule; empty is allowed (a role that grants nothing yet). */
  public static List<String> permissions(List<String> permissions) {
    Objects.requireNonNull(permissions, "permissions");
    if (permissions.size() > MAX_PERMISSIONS) {
      throw new IllegalArgumentException("permissions must hold at most " + MAX_PERMISSIONS + ", got "
          + permissions.size());
    }
    List<String> checked = new ArrayList<>(permissions.size());
    for (String p : permissions) {
      checked.add(permission(p, "permissions"));
    }
    return List.copyOf(checked);
  }

  public static String roleId(String roleId) {
    return ModuleNames.uuid(roleId, "roleId");
  }

  public static String userId(String userId) {
    return UserIds.check(userId, "userId");
  }

  private static String quoted(String s) {
    return s == null ? "null" : '"' + (s.length() > 80 ? s.substring(0, 80) + "..." : s) + '"';
  }
}
