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
   * @param rule the rule's event, action and target type
   * @return the rule as stored, with its id
   * @throws NullPointerException if {@code rule} is null
   * @throws dev.amba.AmbaConflictException ({@code rule_exists}) when a rule has the same event and action
   */
  FeedRule createRule(NewFeedRule rule);

  /**
   * Every rule, active or not, by event name.
   *
   * @return the project's rules; empty when none
   */
  List<FeedRule> rules();

  /**
   * Changes the settings {@code update} sets.
   *
   * @param ruleId the rule's id, a UUID such as {@code 123e4567-e89b-12d3-a456-426614174000}
   * @param update the settings to change
   * @return the rule as stored after the change
   * @throws NullPointerException if {@code update} is null
   * @throws IllegalArgumentException when {@code ruleId} is not a UUID or {@code update} sets
   *     nothing, before anything is sent
   * @throws dev.amba.AmbaConflictException ({@code rule_exists}) when another rule has the new event and action
   * @throws dev.amba.AmbaNotFoundException when the project has no rule with this id
   */
  FeedRule updateRule(String ruleId, FeedRuleUpdate update);

  /**
   * Deletes a rule; the items it wrote stay.
   *
   * @param ruleId the rule's id, a UUID such as {@code 123e4567-e89b-12d3-a456-426614174000}
   * @throws IllegalArgumentException if {@code ruleId} is not a UUID, before anything is sent
   * @throws dev.amba.AmbaNotFoundException when the project has no rule with this id
   */
  void deleteRule(String ruleId);

  /** The largest page the service serves. */
  int MAX_PAGE = 100;

  /**
   * One page of the items the query selects, newest first, each with its actor.
   *
   * @param query which items to list
   * @param offset how many items to skip, 0 or more
   * @param limit 1 to {@value #MAX_PAGE}
   * @return the page's items, each with its actor, and the total; empty past the last
   * @throws NullPointerException if {@code query} is null
   * @throws IllegalArgumentException if {@code offset} or {@code limit} is out of range, before
   *     anything is sent
   */
  OffsetPage<FeedItem> items(FeedItemQuery query, int offset, int limit);

  /**
   * Every item the query selects, newest first, fetched a page at a time as the stream is consumed.
   *
   * @param query which items to list
   * @return a lazy stream of the items, each with its actor
   * @throws NullPointerException if {@code query} is null
   */
  Stream<FeedItem> itemsAll(FeedItemQuery query);

  /**
   * Deletes an item for good.
   *
   * @param itemId the item's id, a UUID such as {@code 123e4567-e89b-12d3-a456-426614174000}
   * @throws IllegalArgumentException if {@code itemId} is not a UUID, before anything is sent
   * @throws dev.amba.AmbaNotFoundException when the project has no item with this id
   */
  void deleteItem(String itemId);
}
