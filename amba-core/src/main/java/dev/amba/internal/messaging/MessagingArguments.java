package dev.amba.internal.messaging;

import dev.amba.internal.UserIds;
import dev.amba.internal.util.JsonProperties;
import dev.amba.internal.util.ModuleNames;
import dev.amba.internal.util.TextArguments;
import dev.amba.messaging.MessageType;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The messaging module's argument rules (amba-api-modules.md 25), checked before anything is sent.
 * The body's bounds are 25.4 #6's; the bounds on names and participants are the emulator's (X).
 */
public final class MessagingArguments {

  /** 25.4 #6: the longest message body. */
  public static final int MAX_BODY = 4_000;
  /** X: the longest conversation name, as long as any module's display name. */
  public static final int MAX_NAME = TextArguments.MAX_NAME;
  /** X: the most participants a conversation holds, its creator included. */
  public static final int MAX_PARTICIPANTS = 100;

  private MessagingArguments() {}

  public static String conversationId(String id) {
    return ModuleNames.uuid(id, "conversationId");
  }

  public static String messageId(String id) {
    return ModuleNames.uuid(id, "messageId");
  }

  /** 1..{@value #MAX_BODY} characters, not blank (25.4 #6). */
  public static String body(String body) {
    return TextArguments.require(body, "body", 1, MAX_BODY);
  }

  public static String name(String name) {
    return TextArguments.require(name, "name", 1, MAX_NAME);
  }

  public static Map<String, Object> metadata(Map<String, ?> metadata) {
    Objects.requireNonNull(metadata, "metadata");
    return JsonProperties.copy(metadata, "metadata");
  }

  /** A type the service accepts (25.1): text, image or system. */
  public static MessageType type(MessageType type) {
    Objects.requireNonNull(type, "messageType");
    if (!type.equals(MessageType.TEXT) && !type.equals(MessageType.IMAGE) && !type.equals(MessageType.SYSTEM)) {
      throw new IllegalArgumentException("messageType must be text, image or system, got " + type);
    }
    return type;
  }

  /**
   * The other participants of a new group conversation: at least one, each a well-formed user id,
   * repeats dropped, at most {@value #MAX_PARTICIPANTS} - 1 besides the creator.
   */
  public static List<String> participants(Collection<String> userIds) {
    Objects.requireNonNull(userIds, "userIds");
    Set<String> distinct = new LinkedHashSet<>();
    int i = 0;
    for (String id : userIds) {
      distinct.add(UserIds.check(id, "userIds[" + i++ + "]"));
    }
    if (distinct.isEmpty()) {
      throw new IllegalArgumentException("userIds must name at least one other user");
    }
    if (distinct.size() > MAX_PARTICIPANTS - 1) {
      throw new IllegalArgumentException("userIds may name at most " + (MAX_PARTICIPANTS - 1)
          + " users besides the creator, got " + distinct.size());
    }
    return List.copyOf(distinct);
  }
}
