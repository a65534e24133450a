package dev.amba.internal.collections;

import java.util.List;
import java.util.Set;

/**
 * The naming rules of amba-api.md section 5, checked before anything is sent so that a bad name
 * fails at the line that made it, with a message that says which rule it broke.
 */
public final class CollectionNames {

  public static final int MAX_COLLECTION_NAME = 50;
  /** Postgres truncates identifiers past 63 bytes; a longer column name would silently collide. */
  public static final int MAX_COLUMN_NAME = 63;

  /** Columns the server fills in; callers may read them and filter or order by them, never write them. */
  public static final Set<String> SERVER_MANAGED = Set.of("id", "user_id", "created_at", "updated_at", "deleted_at");

  private static final List<String> RESERVED_PREFIXES = List.of(
      "_amba_", "pg_", "coll_amba_", "events_", "media_", "streak_", "xp_", "achievement_", "challenge_",
      "currency_", "feed_", "friend_", "group_", "inventory_", "leaderboard_", "league_", "messaging_",
      "moderation_", "onboarding_", "referral_", "review_", "role_", "session_", "store_");

  private static final Set<String> RESERVED_NAMES = Set.of("app_users", "segments", "push_tokens", "push_campaigns");

  private CollectionNames() {}

  /** A collection name: {@code ^[a-z][a-z0-9_]*$}, at most 50 characters, not reserved. */
  public static String collection(String name, String argument) {
    if (name == null) {
      throw new IllegalArgumentException(argument + " must not be null");
    }
    if (name.isEmpty() || name.length() > MAX_COLLECTION_NAME) {
      throw new IllegalArgumentException(argument + " must be 1.." + MAX_COLLECTION_NAME + " characters, got "
          + name.length());
    }
    char first = name.charAt(0);
    if (first < 'a' || first > 'z') {
      throw new IllegalArgumentException(argument + " must start with a lowercase letter a-z, got "
          + describe(first) + " in " + quote(name));
    }
    for (int i = 1; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) {
        throw new IllegalArgumentException(argument + " may only use [a-z0-9_]; character " + i + " is "
            + describe(c) + " in " + quote(name));
      }
    }
    if (RESERVED_NAMES.contains(name)) {
      throw new IllegalArgumentException(argument + " " + quote(name) + " is reserved by Amba");
    }
    for (String prefix : RESERVED_PREFIXES) {
      if (name.startsWith(prefix)) {
        throw new IllegalArgumentException(argument + " " + quote(name) + " uses the reserved prefix " + quote(prefix));
      }
    }
    return name;
  }

  /** A column identifier: {@code ^[a-zA-Z_][a-zA-Z0-9_]*$}, at most 63 characters. */
  public static String column(String name, String argument) {
    if (name == null) {
      throw new IllegalArgumentException(argument + " must not be null");
    }
    if (name.isEmpty() || name.length() > MAX_COLUMN_NAME) {
      throw new IllegalArgumentException(argument + " must be 1.." + MAX_COLUMN_NAME + " characters, got "
          + name.length());
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (i > 0 && c >= '0' && c <= '9');
      if (!ok) {
        throw new IllegalArgumentException(argument + " " + quote(name) + " is not a column identifier "
            + "([a-zA-Z_][a-zA-Z0-9_]*): character " + i + " is " + describe(c));
      }
    }
    return name;
  }

  /** A column the caller defines or writes: an identifier that the server does not manage. */
  public static String userColumn(String name, String argument) {
    column(name, argument);
    if (SERVER_MANAGED.contains(name)) {
      throw new IllegalArgumentException(argument + " " + quote(name) + " is server-managed; "
          + SERVER_MANAGED.stream().sorted().toList() + " are set by Amba");
    }
    return name;
  }

  /** A row id: the server makes them, always a UUID; anything else cannot name a row. */
  public static String rowId(String id, String argument) {
    if (id == null) {
      throw new IllegalArgumentException(argument + " must not be null");
    }
    if (!isUuid(id)) {
      throw new IllegalArgumentException(argument + " must be a row id (a UUID such as "
          + "123e4567-e89b-12d3-a456-426614174000), got " + quote(id.length() > 60 ? id.substring(0, 60) + "…" : id));
    }
    return id;
  }

  static boolean isUuid(String s) {
    if (s.length() != 36) {
      return false;
    }
    for (int i = 0; i < 36; i++) {
      char c = s.charAt(i);
      if (i == 8 || i == 13 || i == 18 || i == 23) {
        if (c != '-') {
          return false;
        }
      } else if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
        return false;
      }
    }
    return true;
  }

  private static String quote(String s) {
    return "'" + s.replaceAll("\\p{Cntrl}", "?") + "'";
  }

  private static String describe(char c) {
    return c < 32 || c > 126 ? String.format("U+%04X", (int) c) : "'" + c + "'";
  }
}
