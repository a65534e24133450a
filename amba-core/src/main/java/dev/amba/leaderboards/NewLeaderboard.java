package dev.amba.leaderboards;

import dev.amba.internal.WireForms;
import dev.amba.internal.util.ModuleArguments;
import dev.amba.internal.util.ModuleNames;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A leaderboard to create. Without {@link #period} it is all-time; without {@link #maxEntries}
 * the first 100 users get a rank. Immutable; checked as it is built, so nothing bad is sent.
 *
 * <pre>{@code
 * amba.leaderboards().create(NewLeaderboard.xp("Weekly XP").key("weekly_xp")
 *     .period(LeaderboardPeriod.WEEKLY).maxEntries(50));
 * }</pre>
 */
public final class NewLeaderboard extends LeaderboardFields<NewLeaderboard> {

  static {
    WireForms.register(NewLeaderboard.class, NewLeaderboard::fields);
  }

  private NewLeaderboard(Map<String, Object> fields) {
    super(fields);
  }

  /**
   * Scores the sum of each user's {@code xp_awarded} amounts.
   *
   * @param name the name shown to users, 1 to {@value #MAX_NAME} characters
   * @return the leaderboard to create
   * @throws IllegalArgumentException when {@code name} is null, blank or too long
   */
  public static NewLeaderboard xp(String name) {
    return of(name, LeaderboardMetric.XP);
  }

  /**
   * Scores the highest {@code current_count} each user reached on any streak.
   *
   * @param name the name shown to users, 1 to {@value #MAX_NAME} characters
   * @return the leaderboard to create
   * @throws IllegalArgumentException when {@code name} is null, blank or too long
   */
  public static NewLeaderboard streak(String name) {
    return of(name, LeaderboardMetric.STREAK);
  }

  /**
   * Scores how many events named {@code customEvent} each user has, such as {@code quiz.passed}.
   *
   * @param name the name shown to users, 1 to {@value #MAX_NAME} characters
   * @param customEvent an event name: snake_case words, optionally joined by {@code .}, at most 128
   *     characters
   * @return the leaderboard to create
   * @throws IllegalArgumentException when {@code name} or {@code customEvent} breaks its rule
   */
  public static NewLeaderboard custom(String name, String customEvent) {
    ModuleNames.eventName(customEvent, "customEvent");
    return new NewLeaderboard(base(name, LeaderboardMetric.CUSTOM)).with("custom_event", customEvent);
  }

  /**
   * A leaderboard of a metric given by value, for a metric this SDK has no factory for.
   *
   * @param name the name shown to users, 1 to {@value #MAX_NAME} characters
   * @param metric what it scores
   * @return the leaderboard to create
   * @throws NullPointerException when {@code metric} is null
   * @throws IllegalArgumentException for {@link LeaderboardMetric#CUSTOM}, which needs its event:
   *     use {@link #custom(String, String)}
   */
  public static NewLeaderboard of(String name, LeaderboardMetric metric) {
    Objects.requireNonNull(metric, "metric");
    if (metric.equals(LeaderboardMetric.CUSTOM)) {
      throw new IllegalArgumentException("metric custom needs its event: use NewLeaderboard.custom(name, customEvent)");
    }
    return new NewLeaderboard(base(name, metric));
  }

  private static Map<String, Object> base(String name, LeaderboardMetric metric) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("name", ModuleArguments.name(name, "name", MAX_NAME));
    f.put("metric", ModuleNames.key(metric.value(), "metric"));
    return f;
  }

  /**
   * Sets the project's key for it, so paths may name it instead of its id; never changed.
   *
   * @param key lower_snake_case, 1 to 64 characters, unique in the project
   * @return a copy with the key set
   * @throws IllegalArgumentException when {@code key} breaks the key rule
   */
  public NewLeaderboard key(String key) {
    return with("key", ModuleNames.key(key, "key"));
  }

  @Override
  NewLeaderboard make(Map<String, Object> changed) {
    return new NewLeaderboard(changed);
  }
}
