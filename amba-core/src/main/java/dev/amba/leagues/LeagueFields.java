package dev.amba.leagues;

import dev.amba.internal.util.ModuleArguments;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The settings a tier's create and update share, each checked as it is set. Immutable: each method
 * returns a new value of the concrete type.
 */
abstract class LeagueFields<S extends LeagueFields<S>> {

  /** The longest name. */
  public static final int MAX_NAME = 128;
  /** The highest tier order. */
  public static final int MAX_TIER_ORDER = 1000;
  /** The largest cohort; also the most users promoted or demoted from one. */
  public static final int MAX_COHORT_SIZE = 1000;

  private final Map<String, Object> fields;

  LeagueFields(Map<String, Object> fields) {
    this.fields = Collections.unmodifiableMap(fields);
  }

  /** A new value of the concrete type holding {@code changed}. */
  abstract S make(Map<String, Object> changed);

  /**
   * The name shown to users, 1 to {@value #MAX_NAME} characters.
   *
   * @param name the tier's name, such as {@code Diamond}; refused when blank, longer than {@value
   *     #MAX_NAME} characters or holding an unpaired surrogate
   * @return a copy with the name set
   * @throws IllegalArgumentException if {@code name} breaks that rule
   */
  public S name(String name) {
    return with("name", ModuleArguments.name(name, "name", MAX_NAME));
  }

  /**
   * How many of each cohort go up a tier at the week's end, 0 to {@value #MAX_COHORT_SIZE} (5 by default).
   *
   * @param promoteCount the number promoted, 0 for none (the top tier)
   * @return a copy with the count set
   * @throws IllegalArgumentException if {@code promoteCount} is out of range
   */
  public S promoteCount(int promoteCount) {
    return with("promote_count", ModuleArguments.range(promoteCount, 0, MAX_COHORT_SIZE, "promoteCount"));
  }

  /**
   * How many of each cohort go down a tier at the week's end, 0 to {@value #MAX_COHORT_SIZE} (5 by default).
   *
   * @param demoteCount the number demoted, 0 for none (the bottom tier)
   * @return a copy with the count set
   * @throws IllegalArgumentException if {@code demoteCount} is out of range
   */
  public S demoteCount(int demoteCount) {
    return with("demote_count", ModuleArguments.range(demoteCount, 0, MAX_COHORT_SIZE, "demoteCount"));
  }

  /**
   * The most users of one cohort, 1 to {@value #MAX_COHORT_SIZE} (30 by default).
   *
   * @param cohortSize the cohort's capacity
   * @return a copy with the size set
   * @throws IllegalArgumentException if {@code cohortSize} is out of range
   */
  public S cohortSize(int cohortSize) {
    return with("cohort_size", ModuleArguments.range(cohortSize, 1, MAX_COHORT_SIZE, "cohortSize"));
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
    return o != null && o.getClass() == getClass() && ((LeagueFields<?>) o).fields.equals(fields);
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
