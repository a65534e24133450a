package dev.amba.achievements;

import dev.amba.internal.util.ModuleNames;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * When an achievement unlocks: once the value its {@link #type()} measures reaches
 * {@link #targetValue()}. Build one with the factory of its type; the canonical constructor is what
 * the SDK decodes answers into, so it takes whatever the server sent (a type this SDK does not
 * know included) and is checked only when sent.
 *
 * <pre>{@code
 * AchievementCriteria.eventCount("lesson.completed", 10);
 * AchievementCriteria.streakLength("daily_login", 7);    // a streak's key or id
 * AchievementCriteria.xpThreshold(1000);
 * AchievementCriteria.propertyValue("friends_invited", 5);
 * }</pre>
 *
 * @param type what the criteria measure
 * @param eventName for {@link CriteriaType#EVENT_COUNT}, the event counted; null otherwise
 * @param streakDefinitionId for {@link CriteriaType#STREAK_LENGTH}, the streak definition; null
 *     otherwise. A key sent here comes back as the definition's id
 * @param propertyKey for {@link CriteriaType#PROPERTY_VALUE}, the key of the user's properties; null
 *     otherwise
 * @param targetValue the value that unlocks, at least 1
 */
public record AchievementCriteria(
    CriteriaType type, String eventName, String streakDefinitionId, String propertyKey, int targetValue) {

  private static final int MAX_PROPERTY_KEY = 256;

  /**
   * Criteria as the server sent them, or as the caller builds them unchecked; checked only when sent.
   *
   * @param type what they measure, not null
   * @param eventName the event counted, or null
   * @param streakDefinitionId the streak definition, or null
   * @param propertyKey the property's key, or null
   * @param targetValue the value that unlocks
   * @throws NullPointerException if {@code type} is null
   */
  public AchievementCriteria {
    Objects.requireNonNull(type, "type");
  }

  /**
   * Unlocks at {@code target} stored events named {@code eventName} (derived events count too).
   *
   * @param eventName the event counted: snake_case words joined by {@code .}, at most 128 characters
   * @param target the value that unlocks, at least 1
   * @return {@link CriteriaType#EVENT_COUNT} criteria
   * @throws IllegalArgumentException if an argument breaks its rule
   */
  public static AchievementCriteria eventCount(String eventName, int target) {
    return new AchievementCriteria(CriteriaType.EVENT_COUNT, ModuleNames.eventName(eventName, "eventName"), null,
        null, target(target));
  }

  /**
   * Unlocks when the user's longest run on a streak reaches {@code target}.
   *
   * @param streakIdOrKey the streak definition's id (a UUID) or key (1 to 64 characters of
   *     {@code [a-z0-9_]}, starting with a letter); the server stores its id
   * @param target the value that unlocks, at least 1
   * @return {@link CriteriaType#STREAK_LENGTH} criteria
   * @throws IllegalArgumentException if an argument breaks its rule
   */
  public static AchievementCriteria streakLength(String streakIdOrKey, int target) {
    return new AchievementCriteria(CriteriaType.STREAK_LENGTH, null, streakRef(streakIdOrKey), null, target(target));
  }

  /**
   * Unlocks when the user's total XP reaches {@code target}.
   *
   * @param target the value that unlocks, at least 1
   * @return {@link CriteriaType#XP_THRESHOLD} criteria
   * @throws IllegalArgumentException if {@code target} is below 1
   */
  public static AchievementCriteria xpThreshold(int target) {
    return new AchievementCriteria(CriteriaType.XP_THRESHOLD, null, null, null, target(target));
  }

  /**
   * Unlocks when the number at {@code propertyKey} of the user's profile properties reaches
   * {@code target}; a missing or non-numeric property counts as 0. Re-checked whenever the user's
   * properties change.
   *
   * @param propertyKey the property's key, not blank, at most 256 characters
   * @param target the value that unlocks, at least 1
   * @return {@link CriteriaType#PROPERTY_VALUE} criteria
   * @throws IllegalArgumentException if an argument breaks its rule
   */
  public static AchievementCriteria propertyValue(String propertyKey, int target) {
    return new AchievementCriteria(CriteriaType.PROPERTY_VALUE, null, null, propertyKey(propertyKey), target(target));
  }

  /**
   * The wire form, after the checks a factory makes: criteria built through the canonical
   * constructor (or decoded from an answer) are checked here, before they are sent back.
   */
  static Map<String, Object> wire(AchievementCriteria c, String argument) {
    Objects.requireNonNull(c, argument);
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("type", c.type.value());
    if (c.type.equals(CriteriaType.EVENT_COUNT)) {
      f.put("event_name", ModuleNames.eventName(c.eventName, argument + ".eventName"));
    } else if (c.type.equals(CriteriaType.STREAK_LENGTH)) {
      f.put("streak_definition_id", streakRef(c.streakDefinitionId));
    } else if (c.type.equals(CriteriaType.PROPERTY_VALUE)) {
      f.put("property_key", propertyKey(c.propertyKey));
    } else if (!c.type.equals(CriteriaType.XP_THRESHOLD)) {
      throw new IllegalArgumentException(argument + ": this SDK cannot send criteria of type \"" + c.type
          + "\"; use a factory of AchievementCriteria");
    }
    f.put("target_value", target(c.targetValue));
    return f;
  }

  private static int target(int target) {
    if (target < 1) {
      throw new IllegalArgumentException("target must be at least 1, got " + target);
    }
    return target;
  }

  private static String streakRef(String streakIdOrKey) {
    if (ModuleNames.isUuid(streakIdOrKey)) {
      return streakIdOrKey;
    }
    return ModuleNames.key(streakIdOrKey, "streakIdOrKey");
  }

  private static String propertyKey(String key) {
    ModuleNames.text(key, "propertyKey");
    if (key.length() > MAX_PROPERTY_KEY) {
      throw new IllegalArgumentException("propertyKey must be at most " + MAX_PROPERTY_KEY + " characters, got "
          + key.length());
    }
    return key;
  }
}
