/**
 * Reviews: one rating (1 to 5) with an optional title and text per user per item, the item's
 * average over its approved reviews, and the admin side's approvals, stats and exports
 * (amba-api-modules.md 26). A review is screened by the project's moderation rules when written or
 * edited; a match holds it back until a moderator approves it ({@link dev.amba.moderation}).
 *
 * <pre>{@code
 * amba.asUser(uid).reviews().submit(NewReview.of("recipe-42", 4).itemType("recipe").body("Tasty"));
 * amba.asUser(uid).reviews().getForItem("recipe", "recipe-42", 0, 20).avgRating();   // 4.0
 * }</pre>
 */
package dev.amba.reviews;
