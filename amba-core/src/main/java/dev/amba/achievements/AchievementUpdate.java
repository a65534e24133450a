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

  /** An update that changes nothing yet; sending it as it is is refused. */
  public static AchievementUpdate create() {
    return new AchievementUpdate(Map.of());
  }

  public AchievementUpdate name(String name) {
    String checked = AchievementFields.name(name);
    return with("name", checked);
  }

  /** Null clears it. */
  public AchievementUpdate description(String description) {
    return with("description", AchievementFields.optionalText(description, "description"));
  }

  /** Null clears it. */
  public AchievementUpdate iconUrl(String iconUrl) {
    return with("icon_url", AchievementFields.optionalText(iconUrl, "iconUrl"));
  }

  /** Applies to unlocks from now on; XP already credited stays. */
  public AchievementUpdate xpReward(int xp) {
    return with("xp_reward", AchievementFields.xpReward(xp));
  }

  /** New criteria apply to users who have not unlocked it yet; unlocks are permanent. */
  public AchievementUpdate criteria(AchievementCriteria criteria) {
    return with("criteria", AchievementCriteria.wire(criteria, "criteria"));
  }

  public AchievementUpdate hidden(boolean hidden) {
    return with("is_hidden", hidden);
  }

  /** 0 or more; lower lists first. */
  public AchievementUpdate sortOrder(int sortOrder) {
    return with("sort_order", AchievementFields.sortOrder(sortOrder));
  }

  /** An inactive achievement is neither shown nor evaluated; re-activating it evaluates it again. */
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
