package dev.amba.feeds;

import dev.amba.internal.feeds.FeedArguments;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The settings a rule's create and update share, each checked as it is set. Immutable: each method
 * returns a new value of the concrete type.
 */
abstract class FeedRuleFields<S extends FeedRuleFields<S>> {

  private final Map<String, Object> fields;

  FeedRuleFields(Map<String, Object> fields) {
    this.fields = Collections.unmodifiableMap(fields);
  }

  /** A new value of the concrete type holding {@code changed}. */
  abstract S make(Map<String, Object> changed);

  /**
   * The event the rule answers to: snake_case words joined by {@code .}, at most 128 characters.
   *
   * @param eventName the event's name, tracked or derived, such as {@code achievement_unlocked}
   * @return a copy with the event set
   * @throws IllegalArgumentException if {@code eventName} breaks that rule
   */
  public S sourceEvent(String eventName) {
    return with("source_event", FeedArguments.sourceEvent(eventName));
  }

  /**
   * What the items say the user did: 1..64 characters of a-z, 0-9 and _, starting with a letter.
   *
   * @param action the action, such as {@code unlocked_achievement}
   * @return a copy with the action set
   * @throws IllegalArgumentException if {@code action} breaks that rule
   */
  public S action(String action) {
    return with("action", FeedArguments.action(action));
  }

  /**
   * What the items are about, such as {@code achievement}: 1..64 characters of a-z, 0-9 and _.
   *
   * @param targetType the kind of thing, starting with a letter
   * @return a copy with the target type set
   * @throws IllegalArgumentException if {@code targetType} breaks that rule
   */
  public S targetType(String targetType) {
    return with("target_type", FeedArguments.targetType(targetType));
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
    return o != null && o.getClass() == getClass() && ((FeedRuleFields<?>) o).fields.equals(fields);
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
