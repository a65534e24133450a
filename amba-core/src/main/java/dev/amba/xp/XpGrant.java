package dev.amba.xp;

import java.time.Instant;

/**
 * A one-off XP grant that each user may claim once, by key, while it is open.
 *
 * @param id the grant's id
 * @param key what a user claims it by, see {@link UserXp#claim}
 * @param xpAmount XP a claim credits
 * @param startsAt when claims open, or null for at once
 * @param endsAt when claims close, or null for never
 * @param createdAt when the grant was added
 */
public record XpGrant(String id, String key, int xpAmount, Instant startsAt, Instant endsAt, Instant createdAt) {}
