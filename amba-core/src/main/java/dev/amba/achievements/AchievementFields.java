package dev.amba.achievements;

import dev.amba.internal.util.ModuleNames;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/** The checks and wire spellings shared by {@link NewAchievement} and {@link AchievementUpdate}. */
final class AchievementFields {

  private AchievementFields() {}

  static Map<String, Object> with(Map<String, Object> fields, Consumer<Map<String, Object>> change) {
    Map<String, Object> next = new LinkedHashMap<>(fields);
    change.accept(next);
    return Collections.unmodifiableMap(next);
  }

  static String name(String name) {
    return ModuleNames.text(name, "name");
  }

  /** Null clears the field. */
  static String optionalText(String value, String argument) {
    return value == null ? null : ModuleNames.text(value, argument);
  }

  /** Not negative: the SDK reads every integer of an answer as a count or a position. */
  static int sortOrder(int sortOrder) {
    if (sortOrder < 0) {
      throw new IllegalArgumentException("sortOrder must not be negative, got " + sortOrder);
    }
    return sortOrder;
  }

  static int xpReward(int xp) {
    if (xp < 0) {
      throw new IllegalArgumentException("xpReward must not be negative, got " + xp);
    }
    return xp;
  }
}
