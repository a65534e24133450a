package dev.amba.internal.leaderboards;

import dev.amba.OffsetPage;
import dev.amba.internal.Api;
import dev.amba.internal.Json;
import dev.amba.internal.Paging;
import dev.amba.internal.util.ModuleArguments;
import dev.amba.leaderboards.LeaderboardDefinition;
import dev.amba.leaderboards.LeaderboardEntry;
import dev.amba.leaderboards.LeaderboardMetric;
import dev.amba.leaderboards.LeaderboardPeriod;
import dev.amba.leaderboards.UserLeaderboards;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Leaderboard answers as they arrive, with the older shapes the protocol lists as decode aliases
 * (16.3 Alternatives): 4.x core entries carry {@code user_id}, {@code display_name} and
 * {@code avatar_url} at the top instead of {@code app_user_id} and the nested {@code app_users};
 * its definitions leave out {@code metric}, {@code max_entries} and {@code is_active}. The admin
 * docs' metric {@code streak_length} reads as {@code streak}. None of these is ever sent.
 */
public final class LeaderboardWire {

  private LeaderboardWire() {}

  static final Type DEFINITIONS = Json.parameterized(List.class, Definition.class);
  /** The page {@code entries(idOrKey)} walks with: the largest the service serves, fewest requests. */
  static final int WALK_PAGE = UserLeaderboards.MAX_PAGE;
  /** A board created without {@code max_entries} ranks this many (16.2), so an answer without one did. */
  private static final int DEFAULT_MAX_ENTRIES = 100;
  private static final String STREAK_ALIAS = "streak_length";

  public record Definition(
      String id,
      String key,
      String name,
      String metric,
      String period,
      Integer maxEntries,
      String customEvent,
      Boolean isActive,
      Instant createdAt,
      Instant updatedAt) {

    LeaderboardDefinition toPublic() {
      return new LeaderboardDefinition(id, key, name, LeaderboardWire.metric(metric),
          period == null ? null : new LeaderboardPeriod(period),
          maxEntries == null ? DEFAULT_MAX_ENTRIES : maxEntries, customEvent,
          // Only active boards reach clients, and a shape without the flag is one a client read.
          isActive == null || isActive, createdAt, updatedAt);
    }
  }

  public record Profile(String displayName, String avatarUrl) {}

  public record Entry(
      String leaderboardId,
      String appUserId,
      String userId,
      Integer rank,
      Double score,
      Instant periodStart,
      Instant updatedAt,
      Profile appUsers,
      String displayName,
      String avatarUrl) {

    LeaderboardEntry toPublic() {
      return new LeaderboardEntry(leaderboardId, appUserId != null ? appUserId : userId, rank,
          score == null ? 0 : score, periodStart, updatedAt,
          appUsers != null ? appUsers.displayName() : displayName,
          appUsers != null ? appUsers.avatarUrl() : avatarUrl);
    }
  }

  static LeaderboardMetric metric(String value) {
    if (value == null) {
      return null;
    }
    return value.equals(STREAK_ALIAS) ? LeaderboardMetric.STREAK : new LeaderboardMetric(value);
  }

  static List<LeaderboardDefinition> definitions(List<Definition> wire) {
    List<LeaderboardDefinition> out = new ArrayList<>(wire.size());
    wire.forEach(d -> out.add(d.toPublic()));
    return List.copyOf(out);
  }

  /**
   * One page of a board's ranked entries through {@code route} (the client's or the admin's), the
   * path value and the window checked as the service bounds them (M2) before anything is sent.
   */
  static OffsetPage<LeaderboardEntry> page(String idOrKey, int offset, int limit, Function<String, Api.Call> route) {
    ModuleArguments.idOrKey(idOrKey, "idOrKey");
    ModuleArguments.range(offset, 0, Integer.MAX_VALUE, "offset");
    ModuleArguments.range(limit, 1, UserLeaderboards.MAX_PAGE, "limit");
    OffsetPage<Entry> page = route.apply(idOrKey).query("limit", limit).query("offset", offset)
        .offsetPage(Entry.class);
    List<LeaderboardEntry> items = new ArrayList<>(page.items().size());
    page.items().forEach(e -> items.add(e.toPublic()));
    return new OffsetPage<>(items, page.total(), page.offset(), page.limit());
  }

  /** Every ranked entry through {@code route}, a page at a time as the stream is consumed. */
  static Stream<LeaderboardEntry> walk(String idOrKey, Function<String, Api.Call> route) {
    ModuleArguments.idOrKey(idOrKey, "idOrKey");
    return Paging.offsetStream(0, offset -> page(idOrKey, offset, WALK_PAGE, route));
  }
}
