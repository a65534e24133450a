package dev.amba.streaks;

import dev.amba.internal.streaks.StreakRules;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The settings a definition's create and update share, each checked as it is set. Immutable: each
 * method returns a new value of the concrete type.
 */
abstract class StreakFields<S extends StreakFields<S>> {

  private final Map<String, Object> fields;

  StreakFields(Map<String, Object> fields) {
    this.fields = Collections.unmodifiableMap(fields);
  }

  /** A new value of the concrete type holding {@code changed}. */
  abstract S make(Map<String, Object> changed);

  /**
   * The name shown to users, 1..128 characters.
   *
   * @param name the streak's name, not blank
   * @return a copy with the setting set
   * @throws IllegalArgumentException if {@code name} is null, blank or longer than 128 characters
   */
  public S name(String name) {
    return with("name", StreakRules.name(name));
  }

  /**
   * A note for admins, at most 1024 characters.
   *
   * @param description the note, not null
   * @return a copy with the setting set
   * @throws IllegalArgumentException if {@code description} is null or longer than 1024 characters
   */
  public S description(String description) {
    return with("description", StreakRules.description(description));
  }

  /**
   * The event that qualifies the streak: snake_case words joined by {@code .}, at most 128 characters.
   *
   * @param eventName the event's name, such as {@code workout.completed}
   * @return a copy with the setting set
   * @throws IllegalArgumentException if {@code eventName} breaks that rule
   */
  public S qualifyingEvent(String eventName) {
    return with("qualifying_event", StreakRules.qualifyingEvent(eventName));
  }

  /**
   * Daily (the default of a new streak) or weekly, in the user's time zone.
   *
   * @param period {@link StreakPeriod#DAILY} or {@link StreakPeriod#WEEKLY}
   * @return a copy with the period set
   * @throws NullPointerException if {@code period} is null
   */
  public S period(StreakPeriod period) {
    return with("period", Objects.requireNonNull(period, "period").value());
  }

  /**
   * How long after a period ends a qualification still counts for it: 0 (the default) to 167 hours,
   * and at most 23 for a daily streak, so one qualification never stands for two missed days.
   *
   * @param hours the grace period in hours, 0 to 167
   * @return a copy with the grace period set
   * @throws IllegalArgumentException if {@code hours} is out of range (the daily limit is checked
   *     when the definition is sent)
   */
  public S gracePeriodHours(int hours) {
    return with("grace_period_hours", StreakRules.gracePeriodHours(hours));
  }

  /**
   * Whether shields save missed periods (off by default).
   *
   * @param enabled true to let shields save missed periods
   * @return a copy with the setting set
   */
  public S freezeEnabled(boolean enabled) {
    return with("freeze_enabled", enabled);
  }

  /**
   * The most shields a user can hold, 0..100 (1 by default).
   *
   * @param max the most shields, 0 to 100
   * @return a copy with the setting set
   * @throws IllegalArgumentException if {@code max} is out of range
   */
  public S maxFreezes(int max) {
    return with("max_freezes", StreakRules.maxFreezes(max));
  }

  /**
   * Earns the user one shield each time the count reaches a multiple of {@code n} (1..1000), up to
   * {@link #maxFreezes}; without it, only admins grant shields.
   *
   * @param n the count interval that earns a shield, 1 to 1000
   * @return a copy with the setting set
   * @throws IllegalArgumentException if {@code n} is out of range
   */
  public S freezesPerNEvents(int n) {
    return with("freezes_per_n_events", StreakRules.freezesPerNEvents(n));
  }

  final S with(String name, Object value) {
    Map<String, Object> changed = new LinkedHashMap<>(fields);
    changed.put(name, value);
    return make(changed);
  }

  /** The wire body, in the order the fields were set. */
  final Map<String, Object> fields() {
    return fields;
  }

  @Override
  public boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && ((StreakFields<?>) o).fields.equals(fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + fields;
  }
}
