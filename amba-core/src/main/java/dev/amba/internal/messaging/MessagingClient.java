package dev.amba.internal.messaging;

import static dev.amba.internal.messaging.MessagingArguments.conversationId;

import dev.amba.OffsetPage;
import dev.amba.internal.UserCalls;
import dev.amba.internal.UserIds;
import dev.amba.internal.WireForms;
import dev.amba.internal.endpoint.MessagingEndpoints;
import dev.amba.internal.http.Scope;
import dev.amba.messaging.ConversationParticipant;
import dev.amba.messaging.ConversationType;
import dev.amba.messaging.ConversationView;
import dev.amba.messaging.Message;
import dev.amba.messaging.NewConversation;
import dev.amba.messaging.NewMessage;
import dev.amba.messaging.UserMessaging;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

public final class MessagingClient implements UserMessaging {

  private final UserCalls calls;

  public MessagingClient(UserCalls calls) {
    this.calls = calls;
  }

  @Override
  public ConversationView createConversation(NewConversation conversation) {
    Objects.requireNonNull(conversation, "conversation");
    String self = calls.scope() instanceof Scope.OnBehalfOf s ? s.uid() : null;
    boolean onlySelf = self != null && conversation.userIds().stream().allMatch(self::equals);
    if (onlySelf) {
      // 25.4 #2 and #3: the service would answer 400 invalid_payload, with nobody to talk to.
      throw new IllegalArgumentException(conversation.type().equals(ConversationType.DIRECT)
          ? "userId is the acting user's own id; a direct conversation needs another user"
          : "userIds name only the acting user; a group conversation needs another user");
    }
    return calls.call(MessagingEndpoints.CREATE).body(WireForms.of(conversation))
        .<MessagingWire.View>data(MessagingWire.View.class).toPublic();
  }

  @Override
  public OffsetPage<ConversationView> getConversations(int offset, int limit) {
    return MessagingWire.conversations(calls.call(MessagingEndpoints.CONVERSATIONS_LIST), offset, limit);
  }

  @Override
  public Stream<ConversationView> getConversations() {
    return MessagingWire.conversations(() -> calls.call(MessagingEndpoints.CONVERSATIONS_LIST));
  }

  @Override
  public Message sendMessage(String conversationId, NewMessage message) {
    conversationId(conversationId);
    Objects.requireNonNull(message, "message");
    return calls.call(MessagingEndpoints.SEND, conversationId).body(WireForms.of(message))
        .<MessagingWire.Msg>data(MessagingWire.Msg.class).toPublic();
  }

  @Override
  public Message sendMessage(String conversationId, String body) {
    conversationId(conversationId);
    return sendMessage(conversationId, NewMessage.of(body));
  }

  @Override
  public OffsetPage<Message> listMessages(String conversationId, int offset, int limit) {
    return MessagingWire.messages(calls.call(MessagingEndpoints.MESSAGES, conversationId(conversationId)), offset,
        limit);
  }

  @Override
  public Stream<Message> listMessages(String conversationId) {
    conversationId(conversationId);
    return MessagingWire.messages(() -> calls.call(MessagingEndpoints.MESSAGES, conversationId));
  }

  @Override
  public ConversationParticipant markRead(String conversationId) {
    return calls.call(MessagingEndpoints.READ, conversationId(conversationId))
        .<MessagingWire.Participant>data(MessagingWire.Participant.class).toPublic();
  }

  @Override
  public ConversationParticipant addParticipant(String conversationId, String userId) {
    conversationId(conversationId);
    UserIds.check(userId, "userId");
    return calls.call(MessagingEndpoints.ADD_PARTICIPANT, conversationId).body(Map.of("user_id", userId))
        .<MessagingWire.Participant>data(MessagingWire.Participant.class).toPublic();
  }
}
