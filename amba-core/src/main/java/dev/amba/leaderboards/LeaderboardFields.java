package dev.amba.leaderboards;

import dev.amba.internal.util.ModuleArguments;
import dev.amba.internal.util.ModuleNames;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The settings a leaderboard's create and update share, each checked as it is set. Immutable: each
 * method returns a new value of the concrete type.
 */
abstract class LeaderboardFields<S extends LeaderboardFields<S>> {

  /** The longest name. */
  public static final int MAX_NAME = 128;
  /** The most users a leaderboard ranks. */
  public static final int MAX_ENTRIES = 10_000;

  private final Map<String, Object> fields;

  LeaderboardFields(Map<String, Object> fields) {
    this.fields = Collections.unmodifiableMap(fields);
  }

  /** A new value of the concrete type holding {@code changed}. */
  abstract S make(Map<String, Object> changed);

  /**
   * Sets the name shown to users.
   *
   * @param name 1 to {@value #MAX_NAME} characters, not blank
   * @return a copy with the name set
   * @throws IllegalArgumentException when {@code name} is null, blank or too long
   */
  public S name(String name) {
    return with("name", ModuleArguments.name(name, "name", MAX_NAME));
  }

  /**
   * Sets the window it scores in (all-time for a new board without one); scores follow the window
   * of now.
   *
   * @param period the window, such as {@link LeaderboardPeriod#WEEKLY}
   * @return a copy with the period set
   * @throws NullPointerException when {@code period} is null
   */
  public S period(LeaderboardPeriod period) {
    Objects.requireNonNull(period, "period");
    return with("period", ModuleNames.key(period.value(), "period"));
  }

  /**
   * Sets how many users get a rank (100 for a new board without one).
   *
   * @param maxEntries 1 to {@value #MAX_ENTRIES}
   * @return a copy with the cap set
   * @throws IllegalArgumentException when {@code maxEntries} is out of range
   */
  public S maxEntries(int maxEntries) {
    return with("max_entries", ModuleArguments.range(maxEntries, 1, MAX_ENTRIES, "maxEntries"));
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
    return o != null && o.getClass() == getClass() && ((LeaderboardFields<?>) o).fields.equals(fields);
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
