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

  /** How many conversations and messages there are, and how many conversations were active today. */
  MessagingStats stats();

  /**
   * One page of the project's conversations, the newest first.
   *
   * @param limit 1 to {@value #MAX_PAGE}
   */
  OffsetPage<ConversationView> listConversations(int offset, int limit);

  /** Every conversation of the project, the newest first, a page at a time as the stream is consumed. */
  Stream<ConversationView> listConversations();

  /**
   * One page of a conversation's messages, oldest first.
   *
   * @param limit 1 to {@value #MAX_PAGE}
   * @throws dev.amba.AmbaNotFoundException ({@code conversation_not_found}) when there is no such conversation
   */
  OffsetPage<Message> listMessages(String conversationId, int offset, int limit);

  /** Every message of a conversation, oldest first, a page at a time as the stream is consumed. */
  Stream<Message> listMessages(String conversationId);

  /**
   * Deletes a message for good.
   *
   * @throws dev.amba.AmbaNotFoundException when there is no such message
   */
  void deleteMessage(String messageId);
}
