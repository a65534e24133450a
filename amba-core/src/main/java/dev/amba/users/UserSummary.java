package dev.amba.users;

import java.util.Objects;

/**
 * Another user as the social modules show them (a friend, a group member, a feed item's actor):
 * the id and what the user chose to show, never their email or properties.
 *
 * @param id the user's id, the value {@code asUser} takes
 * @param displayName the user's display name, or null when none is set
 * @param avatarUrl the user's avatar, or null when none is set
 */
public record UserSummary(String id, String displayName, String avatarUrl) {

  /**
   * A summary.
   *
   * @param id the user's id, not null
   * @param displayName the display name, or null
   * @param avatarUrl the avatar, or null
   * @throws NullPointerException if {@code id} is null
   */
  public UserSummary {
    Objects.requireNonNull(id, "id");
  }
}
