package dev.amba.challenges;

import dev.amba.internal.WireForms;
import dev.amba.internal.util.ModuleNames;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A challenge to define: a window, a goal, and what completing it earns. Immutable: each method
 * returns a new value.
 *
 * <pre>{@code
 * NewChallenge.of("Spring sprint", start, start.plus(Duration.ofDays(7)), ChallengeGoal.eventCount("run.completed", 5))
 *     .key("spring_sprint").rewardXp(200).rewardAchievement(badgeId);
 * }</pre>
 */
public final class NewChallenge {

  static {
    WireForms.register(NewChallenge.class, NewChallenge::fields);
  }

  private final Map<String, Object> fields;

  private NewChallenge(Map<String, Object> fields) {
    this.fields = fields;
  }

  /**
   * A challenge with a name, a window and a goal, without key, description or rewards.
   *
   * @param name the name shown to users, not blank
   * @param startAt when the window opens; activity before it does not count
   * @param endAt when the window closes, after {@code startAt}
   * @param goal what joined users must reach
   * @return the challenge, ready for {@link ProjectChallenges#create}
   * @throws NullPointerException when {@code startAt}, {@code endAt} or {@code goal} is null
   * @throws IllegalArgumentException for a blank name, or {@code endAt} not after {@code startAt}
   */
  public static NewChallenge of(String name, Instant startAt, Instant endAt, ChallengeGoal goal) {
    Objects.requireNonNull(goal, "goal");
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("name", ModuleNames.text(name, "name"));
    f.put("start_at", ChallengeFields.instant(startAt, "startAt"));
    f.put("end_at", ChallengeFields.instant(endAt, "endAt"));
    ChallengeFields.window(f);
    f.putAll(goal.fields());
    return new NewChallenge(java.util.Collections.unmodifiableMap(f));
  }

  /**
   * A key, so clients can name the challenge by it.
   *
   * @param key lower snake_case, 1 to 64 characters, unique in the project
   * @return a copy with the key set
   * @throws IllegalArgumentException when {@code key} breaks the key rule
   */
  public NewChallenge key(String key) {
    String checked = ModuleNames.key(key, "key");
    return new NewChallenge(ChallengeFields.with(fields, f -> f.put("key", checked)));
  }

  /**
   * Sets a description.
   *
   * @param description free text, not blank
   * @return a copy with the description set
   * @throws IllegalArgumentException when {@code description} is null or blank
   */
  public NewChallenge description(String description) {
    String checked = ModuleNames.text(description, "description");
    return new NewChallenge(ChallengeFields.with(fields, f -> f.put("description", checked)));
  }

  /**
   * XP credited to each user who completes it.
   *
   * @param xp at least 0; 0 (the default) for none
   * @return a copy with the reward set
   * @throws IllegalArgumentException when {@code xp} is negative
   */
  public NewChallenge rewardXp(int xp) {
    int checked = ChallengeFields.rewardXp(xp);
    return new NewChallenge(ChallengeFields.with(fields, f -> f.put("reward_xp", checked)));
  }

  /**
   * An achievement unlocked for each user who completes it, whatever its own criteria.
   *
   * @param achievementId the achievement's id, a UUID
   * @return a copy with the reward set
   * @throws IllegalArgumentException when {@code achievementId} is not a UUID
   */
  public NewChallenge rewardAchievement(String achievementId) {
    String checked = ModuleNames.uuid(achievementId, "achievementId");
    return new NewChallenge(ChallengeFields.with(fields, f -> f.put("reward_achievement_id", checked)));
  }

  /** The wire body. */
  private Map<String, Object> fields() {
    return fields;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NewChallenge c && c.fields.equals(fields);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fields);
  }

  @Override
  public String toString() {
    return "NewChallenge" + fields;
  }
}
