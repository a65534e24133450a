package dev.amba.internal.messaging;

import static dev.amba.internal.messaging.MessagingArguments.conversationId;

import dev.amba.OffsetPage;
import dev.amba.internal.ProjectCalls;
import dev.amba.internal.endpoint.MessagingEndpoints;
import dev.amba.messaging.ConversationView;
import dev.amba.messaging.Message;
import dev.amba.messaging.MessagingStats;
import dev.amba.messaging.ProjectMessaging;
import java.util.Map;
import java.util.stream.Stream;

/** Every conversation of the project (server key). */
public final class MessagingAdmin implements ProjectMessaging {

  private final ProjectCalls calls;

  public MessagingAdmin(ProjectCalls calls) {
    this.calls = calls;
  }

  @Override
  public MessagingStats stats() {
    MessagingWire.Stats s = calls.call(MessagingEndpoints.ADMIN_STATS).data(MessagingWire.Stats.class);
    return new MessagingStats(n(s.totalConversations()), n(s.totalMessages()), n(s.activeConversations24h()));
  }

  @Override
  public OffsetPage<ConversationView> listConversations(int offset, int limit) {
    return MessagingWire.conversations(calls.call(MessagingEndpoints.ADMIN_CONVERSATIONS), offset, limit);
  }

  @Override
  public Stream<ConversationView> listConversations() {
    return MessagingWire.conversations(() -> calls.call(MessagingEndpoints.ADMIN_CONVERSATIONS));
  }

  @Override
  public OffsetPage<Message> listMessages(String conversationId, int offset, int limit) {
    return MessagingWire.messages(calls.call(MessagingEndpoints.ADMIN_MESSAGES, conversationId(conversationId)),
        offset, limit);
  }

  @Override
  public Stream<Message> listMessages(String conversationId) {
    conversationId(conversationId);
    return MessagingWire.messages(() -> calls.call(MessagingEndpoints.ADMIN_MESSAGES, conversationId));
  }

  @Override
  public void deleteMessage(String messageId) {
    calls.call(MessagingEndpoints.ADMIN_DELETE_MESSAGE, MessagingArguments.messageId(messageId)).data(Map.class);
  }

  private static long n(Long value) {
    return value == null ? 0 : value;
  }
}
