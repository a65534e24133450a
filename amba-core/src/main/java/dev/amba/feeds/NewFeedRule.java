package dev.amba.feeds;

import dev.amba.internal.WireForms;
import dev.amba.internal.feeds.FeedArguments;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A feed rule to create, active from the start. A project has one rule per event name and action.
 * Immutable: each method returns a new value.
 *
 * <pre>{@code
 * amba.feeds().createRule(NewFeedRule.of("achievement_unlocked", "unlocked_achievement").targetType("achievement"));
 * }</pre>
 */
public final class NewFeedRule extends FeedRuleFields<NewFeedRule> {

  static {
    WireForms.register(NewFeedRule.class, NewFeedRule::fields);
  }

  private NewFeedRule(Map<String, Object> fields) {
    super(fields);
  }

  /**
   * A rule writing an item with {@code action} for every {@code sourceEvent}.
   *
   * @param sourceEvent the event the rule answers to, tracked or derived (M5): snake_case words
   *     joined by {@code .}, at most 128 characters
   * @param action what the items say the user did: 1..64 characters of a-z, 0-9 and _, starting
   *     with a letter
   * @return the rule to create, without a target type
   * @throws IllegalArgumentException if an argument breaks its rule
   */
  public static NewFeedRule of(String sourceEvent, String action) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("source_event", FeedArguments.sourceEvent(sourceEvent));
    f.put("action", FeedArguments.action(action));
    return new NewFeedRule(f);
  }

  @Override
  NewFeedRule make(Map<String, Object> changed) {
    return new NewFeedRule(changed);
  }
}
