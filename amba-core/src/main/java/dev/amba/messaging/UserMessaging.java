package dev.amba.messaging;

import dev.amba.OffsetPage;
import java.util.stream.Stream;

/**
 * The acting user's conversations, from {@code amba.asUser(uid).messaging()}. Only a conversation's
 * participants read or write it: anyone else gets 403 {@code not_a_participant}, and an id the
 * project does not have 404 {@code conversation_not_found}. A pair of users has at most one direct
 * conversation, and a blocked pair can neither open nor write to it (403 {@code blocked}).
 *
 * <pre>{@code
 * UserMessaging ada = amba.asUser(adaId).messaging();
 * ConversationView dm = ada.createConversation(NewConversation.direct(bobId));
 * ada.sendMessage(dm.id(), "Rematch tonight?");
 * amba.asUser(bobId).messaging().getConversations(0, 20);   // unreadCount 1, lastMessage Ada's
 * amba.asUser(bobId).messaging().markRead(dm.id());
 * }</pre>
 */
public interface UserMessaging {

  /** The largest page the service serves. */
  int MAX_PAGE = 100;

  /**
   * Opens a conversation with the acting user in it. A direct conversation the pair already has is
   * answered as it is, whoever opened it.
   *
   * @throws IllegalArgumentException when a direct conversation names the acting user, or a group
   *     one names nobody else, before anything is sent
   * @throws dev.amba.AmbaNotFoundException ({@code user_not_found}) when a named user is not one of
   *     the project's; {@code details.missing_user_ids} lists them
   * @throws dev.amba.AmbaPermissionException ({@code blocked}) when the acting user and a named user
   *     are a blocked pair
   */
  ConversationView createConversation(NewConversation conversation);

  /**
   * One page of the acting user's conversations, the most recently active first.
   *
   * @param limit 1 to {@value #MAX_PAGE}
   */
  OffsetPage<ConversationView> getConversations(int offset, int limit);

  /** Every conversation of the acting user, the most recently active first, a page at a time as the stream is consumed. */
  Stream<ConversationView> getConversations();

  /**
   * Sends a message to a conversation the acting user is in.
   *
   * @throws dev.amba.AmbaPermissionException ({@code not_a_participant}) when the user is not in it,
   *     ({@code blocked}) in a direct conversation of a blocked pair
   * @throws dev.amba.AmbaNotFoundException ({@code conversation_not_found}) when there is no such conversation
   */
  Message sendMessage(String conversationId, NewMessage message);

  /** Sends a text message; see {@link #sendMessage(String, NewMessage)}. */
  Message sendMessage(String conversationId, String body);

  /**
   * One page of a conversation's messages, newest first, in the order they were sent.
   *
   * @param limit 1 to {@value #MAX_PAGE}
   * @throws dev.amba.AmbaPermissionException ({@code not_a_participant}) when the user is not in it
   * @throws dev.amba.AmbaNotFoundException ({@code conversation_not_found}) when there is no such conversation
   */
  OffsetPage<Message> listMessages(String conversationId, int offset, int limit);

  /** Every message of a conversation, newest first, a page at a time as the stream is consumed. */
  Stream<Message> listMessages(String conversationId);

  /**
   * Marks every message sent so far read for the acting user: its unread count drops to 0.
   *
   * @throws dev.amba.AmbaPermissionException ({@code not_a_participant}) when the user is not in it
   */
  ConversationParticipant markRead(String conversationId);

  /**
   * Adds a user to a group conversation the acting user is in; a participant already gets its row
   * back, unchanged.
   *
   * @throws dev.amba.AmbaBadRequestException ({@code invalid_payload}) for a direct conversation
   * @throws dev.amba.AmbaPermissionException ({@code not_a_participant}) when the acting user is not
   *     in it, ({@code blocked}) when the two users are a blocked pair
   * @throws dev.amba.AmbaNotFoundException ({@code user_not_found}) when the project has no such user
   * @throws dev.amba.AmbaConflictException ({@code conversation_full}) at 100 participants
   */
  ConversationParticipant addParticipant(String conversationId, String userId);
}
