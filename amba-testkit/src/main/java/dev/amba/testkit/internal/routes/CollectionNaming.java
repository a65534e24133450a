package dev.amba.testkit.internal.routes;

import dev.amba.testkit.internal.FieldErrors;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The server's own copy of the naming rules of amba-api.md section 5. The emulator checks them
 * independently of any SDK, since a caller may not use one.
 */
public final class CollectionNaming {
  static final int MAX_COLLECTION = 50;
  static final int MAX_COLUMN = 63;

  private static final Pattern COLLECTION = Pattern.compile("[a-z][a-z0-9_]*");
  private static final Pattern COLUMN = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");
  private static final List<String> RESERVED_PREFIXES = List.of(
      "_amba_", "pg_", "coll_amba_", "events_", "media_", "streak_", "xp_", "achievement_", "challenge_",
      "currency_", "feed_", "friend_", "group_", "inventory_", "leaderboard_", "league_", "messaging_",
      "moderation_", "onboarding_", "referral_", "review_", "role_", "session_", "store_");
  private static final Set<String> RESERVED = Set.of("app_users", "segments", "push_tokens", "push_campaigns");

  private CollectionNaming() {}

  /** The problem with a collection name, or null when it is a valid one. */
  public static String collectionProblem(String name) {
    if (name.isEmpty() || name.length() > MAX_COLLECTION) {
      return "must have 1 to " + MAX_COLLECTION + " characters";
    }
    if (!COLLECTION.matcher(name).matches()) {
      return "must match ^[a-z][a-z0-9_]*$";
    }
    if (RESERVED.contains(name)) {
      return "is reserved by Amba";
    }
    for (String prefix : RESERVED_PREFIXES) {
      if (name.startsWith(prefix)) {
        return "uses the reserved prefix " + prefix;
      }
    }
    return null;
  }

  /** The problem with a column identifier, or null. */
  static String columnProblem(String name) {
    if (name.isEmpty() || name.length() > MAX_COLUMN) {
      return "must have 1 to " + MAX_COLUMN + " characters";
    }
    return COLUMN.matcher(name).matches() ? null : "must match ^[a-zA-Z_][a-zA-Z0-9_]*$";
  }

  /** The collection name of a path, checked; malformed names are a 400, never looked up. */
  static String pathName(String name) {
    String problem = collectionProblem(name);
    if (problem != null) {
      throw FieldErrors.single("name", "collection name " + problem);
    }
    return name;
  }
}
