package dev.amba.groups;

import dev.amba.internal.WireForms;
import java.util.Map;

/**
 * The settings of a group to change; only those set are sent, and the owner never changes here (an
 * admin of the project transfers ownership with {@link ProjectGroups#setRole}). Immutable: each
 * method returns a new value.
 *
 * <pre>{@code
 * user.groups().update(groupId, GroupUpdate.create().publicGroup(false).clearDescription());
 * }</pre>
 */
public final class GroupUpdate extends GroupFields<GroupUpdate> {

  static {
    WireForms.register(GroupUpdate.class, GroupUpdate::fields);
  }

  private GroupUpdate(Map<String, Object> fields) {
    super(fields);
  }

  /**
   * An update that changes nothing yet; sending it empty is refused.
   *
   * @return an empty update to set changes on
   */
  public static GroupUpdate create() {
    return new GroupUpdate(Map.of());
  }

  /**
   * Removes the description.
   *
   * @return a copy that sends the description as null
   */
  public GroupUpdate clearDescription() {
    return with("description", null);
  }

  /**
   * Removes the picture.
   *
   * @return a copy that sends the picture as null
   */
  public GroupUpdate clearAvatarUrl() {
    return with("avatar_url", null);
  }

  @Override
  GroupUpdate make(Map<String, Object> changed) {
    return new GroupUpdate(changed);
  }
}
