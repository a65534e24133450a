package dev.amba.messaging;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A conversation as its participants list it (25.3): who is in it, its newest message and how many
 * messages from others the reader has not read.
 *
 * @param conversation the conversation itself
 * @param participants every participant, in the order they joined
 * @param lastMessage the newest message, or empty before the first
 * @param unreadCount the messages from others sent after the reader last marked it read; 0 in the
 *     admin's lists, which have no reader
 */
public record ConversationView(Conversation conversation, List<ConversationMember> participants,
    Optional<Message> lastMessage, int unreadCount) {

  /**
   * Checks the parts and copies the participants, so the record is immutable.
   *
   * @param conversation the conversation itself, not null
   * @param participants every participant, not null
   * @param lastMessage the newest message, or empty; not null
   * @param unreadCount the messages from others the reader has not read
   * @throws NullPointerException when {@code conversation}, {@code participants} or
   *     {@code lastMessage} is null
   */
  public ConversationView {
    Objects.requireNonNull(conversation, "conversation");
    participants = List.copyOf(participants);
    Objects.requireNonNull(lastMessage, "lastMessage");
  }

  /**
   * The conversation's id, the value the message calls take.
   *
   * @return {@code conversation().id()}
   */
  public String id() {
    return conversation.id();
  }
}
