package dev.amba.groups;

import dev.amba.internal.groups.GroupArguments;
import dev.amba.internal.util.TextArguments;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The settings a group's create and update share, each checked as it is set. Immutable: each
 * method returns a new value of the concrete type.
 */
abstract class GroupFields<S extends GroupFields<S>> {

  private final Map<String, Object> fields;

  GroupFields(Map<String, Object> fields) {
    this.fields = Collections.unmodifiableMap(fields);
  }

  /** A new value of the concrete type holding {@code changed}. */
  abstract S make(Map<String, Object> changed);

  /** The name shown to users, 1..128 characters, not blank; search finds groups by it. */
  public S name(String name) {
    return with("name", TextArguments.name(name));
  }

  /** A note shown to users, at most 1024 characters. */
  public S description(String description) {
    return with("description", TextArguments.description(description));
  }

  /** The group's picture, a URL of 1..2048 characters. */
  public S avatarUrl(String avatarUrl) {
    return with("avatar_url", GroupArguments.avatarUrl(avatarUrl));
  }

  /**
   * True (the default of a new group): anyone finds it by search and may join. False: only its
   * members see it, and users come in by invitation.
   */
  public S publicGroup(boolean isPublic) {
    return with("is_public", isPublic);
  }

  /**
   * How many members it may have, owner included: 1..{@value GroupArguments#MAX_MEMBERS} (100 by
   * default). An update below the current member count is refused by the service.
   */
  public S maxMembers(int maxMembers) {
    return with("max_members", GroupArguments.maxMembers(maxMembers));
  }

  /**
   * The app's own data about the group, replacing what it had: JSON values (strings, numbers,
   * booleans, null, and maps with string keys, lists and arrays of them). Copied, so later changes
   * to the caller's map are not sent.
   */
  public S metadata(Map<String, ?> metadata) {
    return with("metadata", GroupArguments.metadata(metadata));
  }

  final S with(String name, Object value) {
    Map<String, Object> changed = new LinkedHashMap<>(fields);
    changed.put(name, value);
    return make(changed);
  }

  /** The wire body, in the order the fields were set. */
  final Map<String, Object> fields() {
    return fields;
  }

  @Override
  public boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && ((GroupFields<?>) o).fields.equals(fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + fields;
  }
}
