package dev.amba.testkit.internal.messaging;

import dev.amba.testkit.internal.kit.Field;
import dev.amba.testkit.internal.kit.Resource;
import dev.amba.testkit.internal.kit.Resource.Owner;

/**
 * The messaging module's tables (amba-api-modules.md 25.3): conversations, their participants and
 * their messages. A message's {@code seq} is its place in its conversation, taken from the
 * conversation's {@code last_seq} under the conversation's lock, so the messages of one
 * conversation have one order however many users send at once, within one instant of the clock or
 * not; the table refuses a second message with the same place. A direct conversation's
 * {@code pair} names its two users the same way whoever opened it, and is unique.
 *
 * <p>Lists read in two orders (a participant's and an admin's), so each table whose lists differ
 * is declared twice over the same columns: the first declaration makes the table, the second only
 * reads it.
 */
final class MessagingTables {

  private MessagingTables() {}

  static final String DIRECT = "direct";
  static final String GROUP = "group";

  /** 25.4 #6. */
  static final int MAX_BODY = 4_000;
  /** X: as long as any module's display name. */
  static final int MAX_NAME = 128;
  /** X: the most participants of one conversation, its creator included. */
  static final int MAX_PARTICIPANTS = 100;

  /** A participant's list: the most recently active first (ties: the later created first). */
  static final Resource CONVERSATIONS = conversations("-" + Resource.UPDATED_AT);
  /** The admin's list: the newest first. */
  static final Resource CONVERSATIONS_NEWEST = conversations("-" + Resource.CREATED_AT);

  private static Resource conversations(String order) {
    return Resource.in("messaging_conversations", Owner.PROJECT).withId()
        .field(
            Field.text("type").asRequired().asServerSet().withValues(DIRECT, GROUP),
            Field.text("name").asServerSet().withLength(1, MAX_NAME),
            Field.json("metadata").asRequired().asServerSet(),
            Field.text("pair").asServerSet().withLength(3, 257).offWire(),
            Field.bigint("last_seq").asRequired().asServerSet().offWire(),
            Field.timestamp("last_message_at").asServerSet().offWire())
        .timestamps()
        .creationOrder()
        .unique("pair")
        .orderBy(order, "-" + Resource.CREATION_SEQ)
        .notFound("conversation_not_found", "no conversation with this id in the project")
        .build();
  }

  /** In the order they joined. {@code last_read_seq}: the {@code seq} of the newest message read. */
  static final Resource PARTICIPANTS = Resource.in("messaging_participants", Owner.PROJECT).withId()
      .field(
          Field.uuid("conversation_id").asRequired().asServerSet(),
          Field.text("app_user_id").asRequired().asServerSet().withLength(1, 128),
          Field.timestamp("joined_at").asRequired().asServerSet(),
          Field.timestamp("last_read_at").asServerSet(),
          Field.bigint("last_read_seq").asRequired().asServerSet().offWire())
      .creationOrder()
      .unique("conversation_id", "app_user_id")
      .orderBy("joined_at")
      .build();

  /** A participant's read: newest first. */
  static final Resource MESSAGES = messages("-seq");
  /** The admin's read: oldest first. */
  static final Resource MESSAGES_OLDEST = messages("seq");

  private static Resource messages(String order) {
    return Resource.in("messaging_messages", Owner.PROJECT).withId()
        .field(
            Field.uuid("conversation_id").asRequired().asServerSet(),
            Field.text("sender_id").asRequired().asServerSet().withLength(1, 128),
            Field.text("body").asRequired().asServerSet().withLength(1, MAX_BODY),
            Field.text("message_type").asRequired().asServerSet().withValues("text", "image", "system"),
            Field.json("metadata").asRequired().asServerSet(),
            Field.timestamp(Resource.CREATED_AT).asRequired().asServerSet(),
            Field.bigint("seq").asRequired().asServerSet().offWire())
        .unique("conversation_id", "seq")
        .orderBy(order)
        .notFound("not_found", "no message with this id in the project")
        .build();
  }

  /** The pair's name, the same from either side (a user id never holds a space). */
  static String pair(String a, String b) {
    return a.compareTo(b) < 0 ? a + " " + b : b + " " + a;
  }
}
