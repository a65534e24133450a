package dev.amba.feeds;

import dev.amba.internal.WireForms;
import java.util.Map;

/**
 * The settings of a rule to change; only those set are sent. Items the rule wrote before keep what
 * they say. Immutable: each method returns a new value.
 *
 * <pre>{@code
 * amba.feeds().updateRule(ruleId, FeedRuleUpdate.create().active(false));   // kept, writes nothing
 * }</pre>
 */
public final class FeedRuleUpdate extends FeedRuleFields<FeedRuleUpdate> {

  static {
    WireForms.register(FeedRuleUpdate.class, FeedRuleUpdate::fields);
  }

  private FeedRuleUpdate(Map<String, Object> fields) {
    super(fields);
  }

  /**
   * An update that changes nothing yet; sending it empty is refused.
   *
   * @return an empty update
   */
  public static FeedRuleUpdate create() {
    return new FeedRuleUpdate(Map.of());
  }

  /**
   * False keeps the rule but stops it writing items; true starts it again.
   *
   * @param active whether the rule writes items
   * @return a copy with the flag set
   */
  public FeedRuleUpdate active(boolean active) {
    return with("is_active", active);
  }

  /**
   * Removes the target type: new items carry none.
   *
   * @return a copy that sets the target type to null
   */
  public FeedRuleUpdate clearTargetType() {
    return with("target_type", null);
  }

  @Override
  FeedRuleUpdate make(Map<String, Object> changed) {
    return new FeedRuleUpdate(changed);
  }
}
