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
   * @param conversation the kind, the other users and an optional name and metadata
   * @return the conversation as the acting user lists it, with its participants: a new one without
   *     messages, or the pair's existing direct conversation as it stands
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
   * @param offset how many conversations to skip, at least 0
   * @param limit 1 to {@value #MAX_PAGE}
   * @return the page, its items empty past the end, each with the acting user's unread count
   * @throws IllegalArgumentException when {@code offset} or {@code limit} is out of range
   */
  OffsetPage<ConversationView> getConversations(int offset, int limit);

  /**
   * Every conversation of the acting user, the most recently active first, a page at a time as the
   * stream is consumed.
   *
   * @return a lazy stream of the conversations, empty when the user is in none
   */
  Stream<ConversationView> getConversations();

  /**
   * Sends a message to a conversation the acting user is in.
   *
   * @param conversationId the conversation's id, a UUID
   * @param message the body, type and metadata
   * @return the message as stored, with its id and time
   * @throws IllegalArgumentException when the id is not a UUID
   * @throws dev.amba.AmbaPermissionException ({@code not_a_participant}) when the user is not in it,
   *     ({@code blocked}) in a direct conversation of a blocked pair
   * @throws dev.amba.AmbaNotFoundException ({@code conversation_not_found}) when there is no such conversation
   */
  Message sendMessage(String conversationId, NewMessage message);

  /**
   * Sends a text message; see {@link #sendMessage(String, NewMessage)}.
   *
   * @param conversationId the conversation's id, a UUID
   * @param body 1..4,000 characters, not blank
   * @return the message as stored, with its id and time
   * @throws IllegalArgumentException when the id is not a UUID or the body breaks its rule
   */
  Message sendMessage(String conversationId, String body);

  /**
   * One page of a conversation's messages, newest first, in the order they were sent.
   *
   * @param conversationId the conversation's id, a UUID
   * @param offset how many messages to skip, at least 0
   * @param limit 1 to {@value #MAX_PAGE}
   * @return the page, its items empty past the end
   * @throws IllegalArgumentException when the id is not a UUID or {@code offset} or {@code limit} is
   *     out of range
   * @throws dev.amba.AmbaPermissionException ({@code not_a_participant}) when the user is not in it
   * @throws dev.amba.AmbaNotFoundException ({@code conversation_not_found}) when there is no such conversation
   */
  OffsetPage<Message> listMessages(String conversationId, int offset, int limit);

  /**
   * Every message of a conversation, newest first, a page at a time as the stream is consumed.
   *
   * @param conversationId the conversation's id, a UUID
   * @return a lazy stream of the messages, empty when there are none
   * @throws IllegalArgumentException when the id is not a UUID
   */
  Stream<Message> listMessages(String conversationId);

  /**
   * Marks every message sent so far read for the acting user: its unread count drops to 0.
   *
   * @param conversationId the conversation's id, a UUID
   * @return the acting user's participant row, with its new read time
   * @throws dev.amba.AmbaPermissionException ({@code not_a_participant}) when the user is not in it
   */
  ConversationParticipant markRead(String conversationId);

  /**
   * Adds a user to a group conversation the acting user is in; a participant already gets its row
   * back, unchanged.
   *
   * @param conversationId the group conversation's id, a UUID
   * @param userId the user to add, 1..255 characters
   * @return the new participant's row, or the existing one unchanged
   * @throws dev.amba.AmbaBadRequestException ({@code invalid_payload}) for a direct conversation
   * @throws dev.amba.AmbaPermissionException ({@code not_a_participant}) when the acting user is not
   *     in it, ({@code blocked}) when the two users are a blocked pair
   * @throws dev.amba.AmbaNotFoundException ({@code user_not_found}) when the project has no such user
   * @throws dev.amba.AmbaConflictException ({@code conversation_full}) at 100 participants
   */
  ConversationParticipant addParticipant(String conversationId, String userId);
}
