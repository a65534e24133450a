package dev.amba.leaderboards;

import java.time.Instant;

/**
 * A leaderboard as the project defines it.
 *
 * @param id the server's id; paths take it or the key
 * @param key the project's key for it, or null when it was created without one
 * @param name the name shown to users
 * @param metric what it scores; null only in answers of older services that leave it out
 * @param period its window
 * @param maxEntries how many users get a rank; the others keep a score without one (100 when an
 *     older answer leaves it out, the service's default)
 * @param customEvent for {@link LeaderboardMetric#CUSTOM}, the event name it counts; else null
 * @param isActive whether clients see it; an inactive one keeps scoring
 * @param createdAt when it was created, by the server's clock
 * @param updatedAt when its settings last changed, by the server's clock
 */
public record LeaderboardDefinition(
    String id,
    String key,
    String name,
    LeaderboardMetric metric,
    LeaderboardPeriod period,
    int maxEntries,
    String customEvent,
    boolean isActive,
    Instant createdAt,
    Instant updatedAt) {}
