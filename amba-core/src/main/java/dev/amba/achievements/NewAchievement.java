package dev.amba.achievements;

import dev.amba.internal.WireForms;
import dev.amba.internal.util.ModuleNames;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An achievement to define. Visible, with no XP reward and sort order 0 unless set. Immutable:
 * each method returns a new value.
 *
 * <pre>{@code
 * NewAchievement.of("streak_week", "A week in a row", AchievementCriteria.streakLength("daily_login", 7))
 *     .description("Log in seven days running").xpReward(100).hidden(true);
 * }</pre>
 */
public final class NewAchievement {

  static {
    WireForms.register(NewAchievement.class, NewAchievement::fields);
  }

  private final Map<String, Object> fields;

  private NewAchievement(Map<String, Object> fields) {
    this.fields = fields;
  }

  /**
   * @param key lower snake_case, 1 to 64 characters, unique in the project
   * @param name what users see
   * @throws IllegalArgumentException for a bad key, a blank name, or criteria this SDK cannot send
   */
  public static NewAchievement of(String key, String name, AchievementCriteria criteria) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("key", ModuleNames.key(key, "key"));
    f.put("name", AchievementFields.name(name));
    f.put("criteria", AchievementCriteria.wire(criteria, "criteria"));
    return new NewAchievement(java.util.Collections.unmodifiableMap(f));
  }

  public NewAchievement description(String description) {
    String checked = ModuleNames.text(description, "description");
    return new NewAchievement(AchievementFields.with(fields, f -> f.put("description", checked)));
  }

  public NewAchievement iconUrl(String iconUrl) {
    String checked = ModuleNames.text(iconUrl, "iconUrl");
    return new NewAchievement(AchievementFields.with(fields, f -> f.put("icon_url", checked)));
  }

  /** XP credited to each user who unlocks it; 0 (the default) for none. */
  public NewAchievement xpReward(int xp) {
    int checked = AchievementFields.xpReward(xp);
    return new NewAchievement(AchievementFields.with(fields, f -> f.put("xp_reward", checked)));
  }

  /** A hidden achievement is a surprise: users see it only once they have unlocked it. */
  public NewAchievement hidden(boolean hidden) {
    return new NewAchievement(AchievementFields.with(fields, f -> f.put("is_hidden", hidden)));
  }

  /** 0 or more; lower lists first, ties oldest first. */
  public NewAchievement sortOrder(int sortOrder) {
    int checked = AchievementFields.sortOrder(sortOrder);
    return new NewAchievement(AchievementFields.with(fields, f -> f.put("sort_order", checked)));
  }

  public String key() {
    return (String) fields.get("key");
  }

  /** The wire body. */
  private Map<String, Object> fields() {
    return fields;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NewAchievement a && a.fields.equals(fields);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fields);
  }

  @Override
  public String toString() {
    return "NewAchievement" + fields;
  }
}
