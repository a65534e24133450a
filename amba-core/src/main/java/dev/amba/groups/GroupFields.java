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

  /**
   * Sets the name shown to users; search finds groups by it.
   *
   * @param name 1..128 characters, not blank
   * @return a copy with the name set
   * @throws IllegalArgumentException when {@code name} is null, blank or too long
   */
  public S name(String name) {
    return with("name", TextArguments.name(name));
  }

  /**
   * Sets a note shown to users.
   *
   * @param description at most 1024 characters, not null
   * @return a copy with the description set
   * @throws IllegalArgumentException when {@code description} is null or too long
   */
  public S description(String description) {
    return with("description", TextArguments.description(description));
  }

  /**
   * Sets the group's picture.
   *
   * @param avatarUrl a URL of 1..2048 characters
   * @return a copy with the picture set
   * @throws IllegalArgumentException when {@code avatarUrl} is null, blank or too long
   */
  public S avatarUrl(String avatarUrl) {
    return with("avatar_url", GroupArguments.avatarUrl(avatarUrl));
  }

  /**
   * True (the default of a new group): anyone finds it by search and may join. False: only its
   * members see it, and users come in by invitation.
   *
   * @param isPublic whether anyone may find and join the group
   * @return a copy with the flag set
   */
  public S publicGroup(boolean isPublic) {
    return with("is_public", isPublic);
  }

  /**
   * How many members it may have, owner included: 1..{@value GroupArguments#MAX_MEMBERS} (100 by
   * default). An update below the current member count is refused by the service.
   *
   * @param maxMembers 1..{@value GroupArguments#MAX_MEMBERS}
   * @return a copy with the cap set
   * @throws IllegalArgumentException when {@code maxMembers} is out of range
   */
  public S maxMembers(int maxMembers) {
    return with("max_members", GroupArguments.maxMembers(maxMembers));
  }

  /**
   * The app's own data about the group, replacing what it had: JSON values (strings, numbers,
   * booleans, null, and maps with string keys, lists and arrays of them). Copied, so later changes
   * to the caller's map are not sent.
   *
   * @param metadata the data, not null
   * @return a copy with the metadata set
   * @throws NullPointerException when {@code metadata} is null
   * @throws IllegalArgumentException when a value is not a JSON value, naming where
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
