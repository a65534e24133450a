package dev.amba.messaging;

import dev.amba.users.UserSummary;
import java.time.Instant;
import java.util.Objects;

/**
 * A participant as a conversation's view shows them.
 *
 * @param user the participant's id, display name and avatar
 * @param joinedAt when the participant was added, by the server's clock
 * @param lastReadAt when the participant last marked the conversation read, or null if never
 */
public record ConversationMember(UserSummary user, Instant joinedAt, Instant lastReadAt) {

  /**
   * Checks that the participant is named.
   *
   * @param user the participant's id, display name and avatar, not null
   * @param joinedAt when the participant was added
   * @param lastReadAt when the participant last marked the conversation read, or null if never
   * @throws NullPointerException when {@code user} is null
   */
  public ConversationMember {
    Objects.requireNonNull(user, "user");
  }
}
