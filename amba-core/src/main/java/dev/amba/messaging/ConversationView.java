package dev.amba.messaging;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A conversation as its participants list it (25.3): who is in it, its newest message and how many
 * messages from others the reader has not read.
 *
 * @param participants every participant, in the order they joined
 * @param unreadCount the messages from others sent after the reader last marked it read; 0 in the
 *     admin's lists, which have no reader
 */
public record ConversationView(Conversation conversation, List<ConversationMember> participants,
    Optional<Message> lastMessage, int unreadCount) {

  public ConversationView {
    Objects.requireNonNull(conversation, "conversation");
    participants = List.copyOf(participants);
    Objects.requireNonNull(lastMessage, "lastMessage");
  }

  /** The conversation's id, the value the message calls take. */
  public String id() {
    return conversation.id();
  }
}
