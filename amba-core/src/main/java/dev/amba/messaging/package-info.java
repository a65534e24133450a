/**
 * Messaging: direct and group conversations between a project's users, written and read only by
 * their participants, with read markers and unread counts (amba-api-modules.md 25).
 *
 * <p>A user's app acts through {@link dev.amba.AmbaUser#messaging()}; admins read conversations and
 * delete messages through {@link dev.amba.AmbaClient#messaging()}. A pair of users has one direct
 * conversation; a blocked pair ({@code dev.amba.friends}) can neither open nor write to it. New
 * messages pass the project's moderation rules: a match files a queue item, and the message is
 * still delivered until a moderator rejects it.
 *
 * <pre>{@code
 * ConversationView dm = amba.asUser(ada).messaging().createConversation(NewConversation.direct(bob));
 * amba.asUser(ada).messaging().sendMessage(dm.id(), "Rematch tonight?");
 * amba.asUser(bob).messaging().listMessages(dm.id()).findFirst();   // Ada's message
 * }</pre>
 */
package dev.amba.messaging;
