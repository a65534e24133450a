package dev.amba.xp;

import java.time.Instant;

/**
 * A rule that awards XP for an event, as admins see it. Every active rule whose
 * {@code eventName} equals a stored event's name awards {@code xpAmount} to that event's user,
 * unless its cooldown or daily cap says no.
 *
 * @param id the rule's id; the path value of {@link ProjectXp#updateRule} and {@link ProjectXp#deleteRule}
 * @param name what admins call it; also the {@code reason} of the entries it writes
 * @param eventName the event that earns the XP, such as {@code lesson_completed}
 * @param xpAmount XP per award, at least 1
 * @param maxPerDay the most awards per user per UTC day, or null for no cap
 * @param cooldownSeconds the least time between two awards to the same user; 0 for none
 * @param isActive whether the rule still awards; an inactive rule keeps the XP it gave
 * @param createdAt when the rule was added
 * @param updatedAt when it last changed
 */
public record XpRule(
    String id,
    String name,
    String eventName,
    int xpAmount,
    Integer maxPerDay,
    int cooldownSeconds,
    boolean isActive,
    Instant createdAt,
    Instant updatedAt) {}
