package dev.amba.messaging;

import java.time.Instant;

/**
 * One user's place in a conversation (25.3).
 *
 * @param userId the participant
 * @param lastReadAt when the participant last marked the conversation read, or null if never
 */
public record ConversationParticipant(String id, String conversationId, String userId, Instant joinedAt,
    Instant lastReadAt) {}
