package dev.amba.internal.endpoint;

import static dev.amba.internal.endpoint.Credential.ACTING_USER;
import static dev.amba.internal.endpoint.Credential.SERVER_KEY;
import static dev.amba.internal.endpoint.Declarations.ADMIN;
import static dev.amba.internal.endpoint.Declarations.CLIENT;
import static dev.amba.internal.endpoint.Retry.METHOD;
import static dev.amba.internal.endpoint.Retry.NEVER;

/**
 * Messaging (amba-api-modules.md 25): direct and group conversations that only their participants
 * read or write, their messages in each conversation's own order, read markers, and the admin view.
 * The sends are never retried blind: a repeated send posts the message twice.
 */
public final class MessagingEndpoints {

  private MessagingEndpoints() {}

  static final Declarations AREA = new Declarations();

  private static final String CONVERSATIONS = CLIENT + "/messaging/conversations";
  private static final String CONVERSATION = CONVERSATIONS + "/{conversationId}";

  /**
   * X: 403 {@code blocked} when the caller and a participant are a blocked pair, for a group
   * conversation too; a direct one answers the pair's existing conversation with 200.
   */
  public static final Endpoint CREATE =
      AREA.declare("messaging.create", "POST", CONVERSATIONS, ACTING_USER, NEVER, Shape.ITEM);
  /** X: ties of {@code updated_at} go by creation, the newer first. */
  public static final Endpoint CONVERSATIONS_LIST =
      AREA.declare("messaging.conversations", "GET", CONVERSATIONS, ACTING_USER, METHOD, Shape.OFFSET_LIST);
  /** X: 403 {@code blocked} in a direct conversation whose pair is blocked; group conversations are not refused. */
  public static final Endpoint SEND =
      AREA.declare("messaging.send", "POST", CONVERSATION + "/messages", ACTING_USER, NEVER, Shape.ITEM);
  /**
   * X: newest first by the conversation's own order (not the clock), so messages sent within one
   * instant keep the order they were sent in; a blocked pair still reads its history.
   */
  public static final Endpoint MESSAGES =
      AREA.declare("messaging.messages", "GET", CONVERSATION + "/messages", ACTING_USER, METHOD, Shape.OFFSET_LIST);
  /** X: read up to the newest message at the time of the call, whatever the clock says of later ones. */
  public static final Endpoint READ =
      AREA.declare("messaging.read", "POST", CONVERSATION + "/read", ACTING_USER, NEVER, Shape.ITEM);
  /** X: 404 {@code user_not_found}; 403 {@code blocked} for a user in a blocked pair with the caller; 409 {@code conversation_full}. */
  public static final Endpoint ADD_PARTICIPANT = AREA.declare("messaging.participants.add", "POST",
      CONVERSATION + "/participants", ACTING_USER, NEVER, Shape.ITEM);

  private static final String ADMIN_MESSAGING = ADMIN + "/messaging";

  /** X: {@code active_conversations_24h} counts the conversations with a message in the last 24 hours. */
  public static final Endpoint ADMIN_STATS =
      AREA.declare("admin.messaging.stats", "GET", ADMIN_MESSAGING + "/stats", SERVER_KEY, METHOD, Shape.ITEM);
  /** X: {@code unread_count} is 0 here: there is no reader. */
  public static final Endpoint ADMIN_CONVERSATIONS = AREA.declare("admin.messaging.conversations", "GET",
      ADMIN_MESSAGING + "/conversations", SERVER_KEY, METHOD, Shape.OFFSET_LIST);
  /** X: 404 {@code conversation_not_found}. */
  public static final Endpoint ADMIN_MESSAGES = AREA.declare("admin.messaging.messages", "GET",
      ADMIN_MESSAGING + "/conversations/{conversationId}/messages", SERVER_KEY, METHOD, Shape.OFFSET_LIST);
  /** X: answers M2's delete marker; 404 {@code not_found} when there is no such message. */
  public static final Endpoint ADMIN_DELETE_MESSAGE = AREA.declare("admin.messaging.messages.delete", "DELETE",
      ADMIN_MESSAGING + "/messages/{messageId}", SERVER_KEY, METHOD, Shape.ITEM);
}
