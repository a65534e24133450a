package dev.amba.streaks;

import dev.amba.internal.WireForms;
import dev.amba.internal.streaks.StreakRules;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A streak to define. Unset settings take the service's defaults: daily, no grace period, shields
 * off (at most 1 when enabled), none earned automatically. Immutable: each method returns a new
 * value.
 *
 * <pre>{@code
 * amba.streaks().create(NewStreak.of("daily_workout", "Daily workout", "workout.completed")
 *     .gracePeriodHours(3).freezeEnabled(true).maxFreezes(2).freezesPerNEvents(7));
 * }</pre>
 */
public final class NewStreak extends StreakFields<NewStreak> {

  static {
    WireForms.register(NewStreak.class, NewStreak::fields);
  }

  private NewStreak(Map<String, Object> fields) {
    super(fields);
  }

  /**
   * A streak of this key and name, qualified by {@code qualifyingEvent}.
   *
   * @param key unique in the project and never changed: {@code ^[a-z][a-z0-9_]*$}, 1..64 characters
   * @param name the name shown to users, 1..128 characters
   * @param qualifyingEvent the event that qualifies it (M1 event name, such as {@code session.completed})
   * @return the streak to define, with the service's defaults for every other setting
   * @throws IllegalArgumentException if an argument breaks its rule
   */
  public static NewStreak of(String key, String name, String qualifyingEvent) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("key", StreakRules.key(key));
    f.put("name", StreakRules.name(name));
    f.put("qualifying_event", StreakRules.qualifyingEvent(qualifyingEvent));
    return new NewStreak(f);
  }

  /**
   * The key the streak is created with, which paths can name instead of its id.
   *
   * @return the key given to {@link #of}
   */
  public String key() {
    return (String) fields().get("key");
  }

  @Override
  NewStreak make(Map<String, Object> changed) {
    return new NewStreak(changed);
  }
}
