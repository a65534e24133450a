package dev.amba.internal.feeds;

import dev.amba.OffsetPage;
import dev.amba.feeds.FeedItem;
import dev.amba.feeds.FeedItemQuery;
import dev.amba.feeds.FeedRule;
import dev.amba.feeds.FeedRuleUpdate;
import dev.amba.feeds.NewFeedRule;
import dev.amba.feeds.ProjectFeeds;
import dev.amba.internal.Api;
import dev.amba.internal.Json;
import dev.amba.internal.Paging;
import dev.amba.internal.ProjectCalls;
import dev.amba.internal.WireForms;
import dev.amba.internal.endpoint.FeedEndpoints;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/** Feed rules and every feed item (server key). */
public final class FeedAdmin implements ProjectFeeds {

  private static final java.lang.reflect.Type RULES = Json.parameterized(List.class, FeedWire.Rule.class);

  private final ProjectCalls calls;

  public FeedAdmin(ProjectCalls calls) {
    this.calls = calls;
  }

  @Override
  public FeedRule createRule(NewFeedRule rule) {
    Objects.requireNonNull(rule, "rule");
    return calls.call(FeedEndpoints.ADMIN_RULE_CREATE).body(WireForms.of(rule))
        .<FeedWire.Rule>data(FeedWire.Rule.class).toPublic();
  }

  @Override
  public List<FeedRule> rules() {
    List<FeedWire.Rule> rules = calls.call(FeedEndpoints.ADMIN_RULE_LIST).data(RULES);
    return rules.stream().map(FeedWire.Rule::toPublic).toList();
  }

  @Override
  public FeedRule updateRule(String ruleId, FeedRuleUpdate update) {
    FeedArguments.id(ruleId, "ruleId");
    return calls.call(FeedEndpoints.ADMIN_RULE_UPDATE, ruleId).body(WireForms.ofUpdate(update))
        .<FeedWire.Rule>data(FeedWire.Rule.class).toPublic();
  }

  @Override
  public void deleteRule(String ruleId) {
    FeedArguments.id(ruleId, "ruleId");
    calls.call(FeedEndpoints.ADMIN_RULE_DELETE, ruleId).data(Map.class);
  }

  @Override
  public OffsetPage<FeedItem> items(FeedItemQuery query, int offset, int limit) {
    Objects.requireNonNull(query, "query");
    return Paging.page(itemsOf(query), offset, limit, MAX_PAGE, FeedWire.Item.class, FeedWire.Item::toPublic);
  }

  @Override
  public Stream<FeedItem> itemsAll(FeedItemQuery query) {
    Objects.requireNonNull(query, "query");
    return Paging.walk(() -> itemsOf(query), 0, MAX_PAGE, FeedWire.Item.class, FeedWire.Item::toPublic);
  }

  private Api.Call itemsOf(FeedItemQuery query) {
    return calls.call(FeedEndpoints.ADMIN_ITEMS).query("user_id", query.userFilter().orElse(null))
        .query("since", query.sinceFilter().map(Object::toString).orElse(null));
  }

  @Override
  public void deleteItem(String itemId) {
    FeedArguments.id(itemId, "itemId");
    calls.call(FeedEndpoints.ADMIN_ITEM_DELETE, itemId).data(Map.class);
  }
}
