package dev.amba.messaging;

import java.time.Instant;

/**
 * One user's place in a conversation (25.3).
 *
 * @param id the participant row's id
 * @param conversationId the conversation the row belongs to
 * @param userId the participant
 * @param joinedAt when the participant was added, by the server's clock
 * @param lastReadAt when the participant last marked the conversation read, or null if never
 */
public record ConversationParticipant(String id, String conversationId, String userId, Instant joinedAt,
    Instant lastReadAt) {}
