package dev.amba.messaging;

/**
 * How much the project's users talk (25.2).
 *
 * @param totalConversations every conversation of the project
 * @param totalMessages every message of the project that is not deleted
 * @param activeConversations24h the conversations with a message sent in the last 24 hours
 */
public record MessagingStats(long totalConversations, long totalMessages, long activeConversations24h) {}
