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
   * An achievement of this key and name, unlocking by {@code criteria}.
   *
   * @param key lower snake_case, 1 to 64 characters, unique in the project
   * @param name what users see, not blank
   * @param criteria when it unlocks, built with a factory of {@link AchievementCriteria}
   * @return the achievement to define, visible, with no XP reward, at sort order 0
   * @throws NullPointerException if {@code criteria} is null
   * @throws IllegalArgumentException for a bad key, a blank name, or criteria this SDK cannot send
   */
  public static NewAchievement of(String key, String name, AchievementCriteria criteria) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("key", ModuleNames.key(key, "key"));
    f.put("name", AchievementFields.name(name));
    f.put("criteria", AchievementCriteria.wire(criteria, "criteria"));
    return new NewAchievement(java.util.Collections.unmodifiableMap(f));
  }

  /**
   * Free text shown with the achievement.
   *
   * @param description the text, not blank
   * @return a copy with the description set
   * @throws IllegalArgumentException if {@code description} is null, blank or holds an unpaired
   *     surrogate
   */
  public NewAchievement description(String description) {
    String checked = ModuleNames.text(description, "description");
    return new NewAchievement(AchievementFields.with(fields, f -> f.put("description", checked)));
  }

  /**
   * An image to show with the achievement.
   *
   * @param iconUrl the image's URL, not blank
   * @return a copy with the icon set
   * @throws IllegalArgumentException if {@code iconUrl} is null, blank or holds an unpaired surrogate
   */
  public NewAchievement iconUrl(String iconUrl) {
    String checked = ModuleNames.text(iconUrl, "iconUrl");
    return new NewAchievement(AchievementFields.with(fields, f -> f.put("icon_url", checked)));
  }

  /**
   * XP credited to each user who unlocks it; 0 (the default) for none.
   *
   * @param xp the XP per unlock, 0 or more
   * @return a copy with the reward set
   * @throws IllegalArgumentException if {@code xp} is negative
   */
  public NewAchievement xpReward(int xp) {
    int checked = AchievementFields.xpReward(xp);
    return new NewAchievement(AchievementFields.with(fields, f -> f.put("xp_reward", checked)));
  }

  /**
   * A hidden achievement is a surprise: users see it only once they have unlocked it.
   *
   * @param hidden true to hide it until unlocked
   * @return a copy with the flag set
   */
  public NewAchievement hidden(boolean hidden) {
    return new NewAchievement(AchievementFields.with(fields, f -> f.put("is_hidden", hidden)));
  }

  /**
   * Where it lists among the others; lower lists first, ties oldest first.
   *
   * @param sortOrder 0 or more
   * @return a copy with the order set
   * @throws IllegalArgumentException if {@code sortOrder} is negative
   */
  public NewAchievement sortOrder(int sortOrder) {
    int checked = AchievementFields.sortOrder(sortOrder);
    return new NewAchievement(AchievementFields.with(fields, f -> f.put("sort_order", checked)));
  }

  /**
   * The key the achievement is defined with.
   *
   * @return the key given to {@link #of}
   */
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
