package dev.amba.challenges;

import dev.amba.internal.util.ModuleNames;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/** The checks and wire spellings shared by {@link NewChallenge} and {@link ChallengeUpdate}. */
final class ChallengeFields {

  private ChallengeFields() {}

  static Map<String, Object> with(Map<String, Object> fields, Consumer<Map<String, Object>> change) {
    Map<String, Object> next = new LinkedHashMap<>(fields);
    change.accept(next);
    return Collections.unmodifiableMap(next);
  }

  static String instant(Instant at, String argument) {
    return Objects.requireNonNull(at, argument).toString();
  }

  /** The window rule of 15.2 ({@code invalid_window}), checked when both ends are known here. */
  static void window(Map<String, Object> fields) {
    Object start = fields.get("start_at");
    Object end = fields.get("end_at");
    if (start != null && end != null && !Instant.parse((String) end).isAfter(Instant.parse((String) start))) {
      throw new IllegalArgumentException("endAt (" + end + ") must be after startAt (" + start + ")");
    }
  }

  static int rewardXp(int xp) {
    if (xp < 0) {
      throw new IllegalArgumentException("rewardXp must not be negative, got " + xp);
    }
    return xp;
  }

  static String rewardAchievement(String achievementId) {
    return achievementId == null ? null : ModuleNames.uuid(achievementId, "achievementId");
  }
}
