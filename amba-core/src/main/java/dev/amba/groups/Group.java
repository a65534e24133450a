package dev.amba.groups;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A group (23.3).
 *
 * @param id the group's id; every path takes it
 * @param name the name shown to users; search finds groups by it
 * @param description a note shown to users, or null
 * @param avatarUrl the group's picture, or null
 * @param ownerId the one owner's user id (older answers: {@code created_by})
 * @param isPublic whether anyone may find it by search and join it; a private group is joined by
 *     invitation only, and outsiders do not see it
 * @param maxMembers how many members it may have
 * @param metadata the app's own data about the group, as JSON values; immutable
 * @param memberCount how many members it has now, the owner included
 * @param createdAt when the group was created, by the server's clock
 * @param updatedAt when its settings last changed, by the server's clock
 */
public record Group(
    String id,
    String name,
    String description,
    String avatarUrl,
    String ownerId,
    boolean isPublic,
    int maxMembers,
    Map<String, Object> metadata,
    int memberCount,
    Instant createdAt,
    Instant updatedAt) {

  /**
   * Copies the metadata, so the record is immutable; null reads as empty.
   *
   * @param id the group's id
   * @param name the name shown to users
   * @param description a note, or null
   * @param avatarUrl the picture, or null
   * @param ownerId the owner's user id
   * @param isPublic whether anyone may find and join it
   * @param maxMembers how many members it may have
   * @param metadata the app's own data, or null for none
   * @param memberCount how many members it has now
   * @param createdAt when it was created
   * @param updatedAt when it last changed
   */
  public Group {
    metadata = metadata == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
  }

  /**
   * Whether a join or an invite of one more user would be refused with 409 {@code group_full}.
   *
   * @return true when the member count has reached {@code maxMembers}
   */
  public boolean isFull() {
    return memberCount >= maxMembers;
  }
}
