package dev.amba.achievements;

import dev.amba.internal.WireForms;
import java.util.Map;
import java.util.Objects;

/**
 * The changes to an achievement definition; only what is set is sent. The key never changes.
 * Immutable.
 *
 * <pre>{@code
 * amba.achievements().update(id, AchievementUpdate.create().active(false));
 * }</pre>
 */
public final class AchievementUpdate {

  static {
    WireForms.register(AchievementUpdate.class, AchievementUpdate::fields);
  }

  private final Map<String, Object> fields;

  private AchievementUpdate(Map<String, Object> fields) {
    this.fields = fields;
  }

  /**
   * An update that changes nothing yet; sending it as it is is refused.
   *
   * @return an empty update
   */
  public static AchievementUpdate create() {
    return new AchievementUpdate(Map.of());
  }

  /**
   * A new name users see.
   *
   * @param name the name, not blank
   * @return a copy with the name set
   * @throws IllegalArgumentException if {@code name} is null, blank or holds an unpaired surrogate
   */
  public AchievementUpdate name(String name) {
    String checked = AchievementFields.name(name);
    return with("name", checked);
  }

  /**
   * A new description; null clears it.
   *
   * @param description free text, not blank, or null to remove it
   * @return a copy with the description set or cleared
   * @throws IllegalArgumentException if {@code description} is blank or holds an unpaired surrogate
   */
  public AchievementUpdate description(String description) {
    return with("description", AchievementFields.optionalText(description, "description"));
  }

  /**
   * A new icon; null clears it.
   *
   * @param iconUrl the image's URL, not blank, or null to remove it
   * @return a copy with the icon set or cleared
   * @throws IllegalArgumentException if {@code iconUrl} is blank or holds an unpaired surrogate
   */
  public AchievementUpdate iconUrl(String iconUrl) {
    return with("icon_url", AchievementFields.optionalText(iconUrl, "iconUrl"));
  }

  /**
   * A new XP reward; applies to unlocks from now on; XP already credited stays.
   *
   * @param xp the XP credited per unlock, 0 or more
   * @return a copy with the reward set
   * @throws IllegalArgumentException if {@code xp} is negative
   */
  public AchievementUpdate xpReward(int xp) {
    return with("xp_reward", AchievementFields.xpReward(xp));
  }

  /**
   * New criteria apply to users who have not unlocked it yet; unlocks are permanent.
   *
   * @param criteria the new criteria, built with a factory of {@link AchievementCriteria}
   * @return a copy with the criteria set
   * @throws NullPointerException if {@code criteria} is null
   * @throws IllegalArgumentException if the criteria break a rule or are of a type this SDK cannot
   *     send
   */
  public AchievementUpdate criteria(AchievementCriteria criteria) {
    return with("criteria", AchievementCriteria.wire(criteria, "criteria"));
  }

  /**
   * Whether users see the achievement only once they have unlocked it.
   *
   * @param hidden true to hide it until unlocked
   * @return a copy with the flag set
   */
  public AchievementUpdate hidden(boolean hidden) {
    return with("is_hidden", hidden);
  }

  /**
   * A new place in the lists; lower lists first.
   *
   * @param sortOrder 0 or more
   * @return a copy with the order set
   * @throws IllegalArgumentException if {@code sortOrder} is negative
   */
  public AchievementUpdate sortOrder(int sortOrder) {
    return with("sort_order", AchievementFields.sortOrder(sortOrder));
  }

  /**
   * An inactive achievement is neither shown nor evaluated; re-activating it evaluates it again.
   *
   * @param active whether the achievement is shown and evaluated
   * @return a copy with the flag set
   */
  public AchievementUpdate active(boolean active) {
    return with("is_active", active);
  }

  /** The wire fields, in the order they were set; a null value clears the field. */
  private Map<String, Object> fields() {
    return fields;
  }

  private AchievementUpdate with(String name, Object value) {
    return new AchievementUpdate(AchievementFields.with(fields, f -> f.put(name, value)));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AchievementUpdate u && u.fields.equals(fields);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fields);
  }

  @Override
  public String toString() {
    return "AchievementUpdate" + fields.keySet();
  }
}
