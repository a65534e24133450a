package dev.amba.reviews;

import dev.amba.users.UserSummary;
import java.time.Instant;

/**
 * One user's review of one item (26.3).
 *
 * @param id the review's id
 * @param reviewableItemId the reviewed item's row, shared by every review of it
 * @param appUserId the author (older answers: {@code author_id})
 * @param rating 1 to 5
 * @param title the title, or null
 * @param body the text, or null
 * @param isApproved whether it counts and shows on the item: false while a moderation rule's match
 *     or a moderator holds it back
 * @param createdAt when it was submitted, by the server's clock
 * @param updatedAt when it was last changed, by the server's clock
 * @param item what was reviewed, where the answer says it ({@code getMine} and the admin list), else null
 * @param author who wrote it, where the answer says it ({@code getForItem} and the admin list), else null
 */
public record Review(
    String id,
    String reviewableItemId,
    String appUserId,
    int rating,
    String title,
    String body,
    boolean isApproved,
    Instant createdAt,
    Instant updatedAt,
    ReviewTarget item,
    UserSummary author) {}
