package dev.amba.feeds;

import dev.amba.OffsetPage;
import java.util.List;
import java.util.stream.Stream;

/**
 * Admin: the project's feed rules and every feed item, from {@code amba.feeds()} (server key).
 *
 * <pre>{@code
 * amba.feeds().createRule(NewFeedRule.of("level.completed", "completed_level").targetType("level"));
 * amba.asUser(uid).events().track("level.completed", Map.of("target_id", "level-3"));
 * amba.feeds().itemsAll(FeedItemQuery.all().userId(uid));   // one item: completed_level, level, level-3
 * }</pre>
 */
public interface ProjectFeeds {

  /**
   * Adds an active rule.
   *
   * @throws dev.amba.AmbaConflictException ({@code rule_exists}) when a rule has the same event and action
   */
  FeedRule createRule(NewFeedRule rule);

  /** Every rule, active or not, by event name. */
  List<FeedRule> rules();

  /**
   * Changes the settings {@code update} sets.
   *
   * @throws IllegalArgumentException when {@code update} sets nothing, before anything is sent
   * @throws dev.amba.AmbaConflictException ({@code rule_exists}) when another rule has the new event and action
   * @throws dev.amba.AmbaNotFoundException when the project has no rule with this id
   */
  FeedRule updateRule(String ruleId, FeedRuleUpdate update);

  /**
   * Deletes a rule; the items it wrote stay.
   *
   * @throws dev.amba.AmbaNotFoundException when the project has no rule with this id
   */
  void deleteRule(String ruleId);

  /** The largest page the service serves. */
  int MAX_PAGE = 100;

  /**
   * One page of the items the query selects, newest first, each with its actor.
   *
   * @param limit 1 to {@value #MAX_PAGE}
   */
  OffsetPage<FeedItem> items(FeedItemQuery query, int offset, int limit);

  /** Every item the query selects, newest first, fetched a page at a time as the stream is consumed. */
  Stream<FeedItem> itemsAll(FeedItemQuery query);

  /**
   * Deletes an item for good.
   *
   * @throws dev.amba.AmbaNotFoundException when the project has no item with this id
   */
  void deleteItem(String itemId);
}
