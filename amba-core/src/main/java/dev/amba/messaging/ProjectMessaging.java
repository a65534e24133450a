package dev.amba.messaging;

import dev.amba.OffsetPage;
import java.util.stream.Stream;

/**
 * Admin: every conversation of the project, from {@code amba.messaging()} (server key). Admins read
 * conversations and delete messages; they never write in them.
 */
public interface ProjectMessaging {

  /** The largest page the service serves. */
  int MAX_PAGE = 100;

  /**
   * How many conversations and messages there are, and how many conversations were active today.
   *
   * @return the project's counts
   */
  MessagingStats stats();

  /**
   * One page of the project's conversations, the newest first.
   *
   * @param offset how many conversations to skip, at least 0
   * @param limit 1 to {@value #MAX_PAGE}
   * @return the page, its items empty past the end; each view's unread count is 0
   * @throws IllegalArgumentException when {@code offset} or {@code limit} is out of range
   */
  OffsetPage<ConversationView> listConversations(int offset, int limit);

  /**
   * Every conversation of the project, the newest first, a page at a time as the stream is consumed.
   *
   * @return a lazy stream of the conversations, empty when there are none
   */
  Stream<ConversationView> listConversations();

  /**
   * One page of a conversation's messages, oldest first.
   *
   * @param conversationId the conversation's id, a UUID
   * @param offset how many messages to skip, at least 0
   * @param limit 1 to {@value #MAX_PAGE}
   * @return the page, its items empty past the end
   * @throws IllegalArgumentException when the id is not a UUID or {@code offset} or {@code limit} is
   *     out of range
   * @throws dev.amba.AmbaNotFoundException ({@code conversation_not_found}) when there is no such conversation
   */
  OffsetPage<Message> listMessages(String conversationId, int offset, int limit);

  /**
   * Every message of a conversation, oldest first, a page at a time as the stream is consumed.
   *
   * @param conversationId the conversation's id, a UUID
   * @return a lazy stream of the messages, empty when there are none
   * @throws IllegalArgumentException when the id is not a UUID
   */
  Stream<Message> listMessages(String conversationId);

  /**
   * Deletes a message for good.
   *
   * @param messageId the message's id, a UUID
   * @throws IllegalArgumentException when the id is not a UUID
   * @throws dev.amba.AmbaNotFoundException when there is no such message
   */
  void deleteMessage(String messageId);
}
