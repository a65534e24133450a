package dev.amba.internal.messaging;

import dev.amba.OffsetPage;
import dev.amba.internal.Api;
import dev.amba.internal.Paging;
import dev.amba.internal.util.JsonValues;
import dev.amba.messaging.Conversation;
import dev.amba.messaging.ConversationMember;
import dev.amba.messaging.ConversationParticipant;
import dev.amba.messaging.ConversationType;
import dev.amba.messaging.ConversationView;
import dev.amba.messaging.Message;
import dev.amba.messaging.MessageType;
import dev.amba.messaging.UserMessaging;
import dev.amba.users.UserSummary;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** Messaging answers as they arrive (25.3), turned into the public records. */
public final class MessagingWire {

  private MessagingWire() {}

  /** The largest page the service serves (M2): the bound of a page asked for, and what the streams walk with. */
  static final int PAGE = UserMessaging.MAX_PAGE;

  /** ConversationView: the conversation's fields with its participants, newest message and unread count. */
  public record View(
      String id,
      String type,
      String name,
      JsonObject metadata,
      Instant createdAt,
      Instant updatedAt,
      List<Member> conversationParticipants,
      Msg lastMessage,
      Integer unreadCount) {

    ConversationView toPublic() {
      // A conversation made without a type is direct (25.1).
      Conversation conversation = new Conversation(id, new ConversationType(type == null || type.isBlank()
          ? ConversationType.DIRECT.value() : type), name, map(metadata), createdAt,
          updatedAt != null ? updatedAt : createdAt);
      List<ConversationMember> members = conversationParticipants == null ? List.of()
          : conversationParticipants.stream().map(Member::toPublic).toList();
      return new ConversationView(conversation, members, Optional.ofNullable(lastMessage).map(Msg::toPublic),
          unreadCount == null ? 0 : unreadCount);
    }
  }

  /** One entry of {@code conversation_participants}. */
  public record Member(String appUserId, String displayName, String avatarUrl, Instant joinedAt, Instant lastReadAt) {

    ConversationMember toPublic() {
      return new ConversationMember(new UserSummary(appUserId, displayName, avatarUrl), joinedAt, lastReadAt);
    }
  }

  public record Msg(
      String id,
      String conversationId,
      String senderId,
      String body,
      String messageType,
      JsonObject metadata,
      Instant createdAt) {

    Message toPublic() {
      // A message sent without a type is text (25.1).
      return new Message(id, conversationId, senderId, body, new MessageType(messageType == null
          || messageType.isBlank() ? MessageType.TEXT.value() : messageType), map(metadata), createdAt);
    }
  }

  public record Participant(String id, String conversationId, String appUserId, Instant joinedAt, Instant lastReadAt) {

    ConversationParticipant toPublic() {
      return new ConversationParticipant(id, conversationId, appUserId, joinedAt, lastReadAt);
    }
  }

  /** The snake_case naming would spell the last one {@code active_conversations24h}. */
  public record Stats(Long totalConversations, Long totalMessages,
      @JsonbProperty("active_conversations_24h") Long activeConversations24h) {}

  /** One page of ConversationViews through {@code call}. */
  static OffsetPage<ConversationView> conversations(Api.Call call, int offset, int limit) {
    return Paging.page(call, offset, limit, PAGE, View.class, View::toPublic);
  }

  /** Every ConversationView through fresh calls, a page at a time. */
  static Stream<ConversationView> conversations(Supplier<Api.Call> call) {
    return Paging.walk(call, 0, PAGE, View.class, View::toPublic);
  }

  /** One page of Messages through {@code call}. */
  static OffsetPage<Message> messages(Api.Call call, int offset, int limit) {
    return Paging.page(call, offset, limit, PAGE, Msg.class, Msg::toPublic);
  }

  /** Every Message through fresh calls, a page at a time. */
  static Stream<Message> messages(Supplier<Api.Call> call) {
    return Paging.walk(call, 0, PAGE, Msg.class, Msg::toPublic);
  }

  private static Map<String, Object> map(JsonObject o) {
    return o == null ? Map.of() : JsonValues.toMap(o);
  }
}
