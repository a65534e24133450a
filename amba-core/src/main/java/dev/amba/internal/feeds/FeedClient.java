package dev.amba.internal.feeds;

import dev.amba.OffsetPage;
import dev.amba.feeds.FeedItem;
import dev.amba.feeds.UserFeeds;
import dev.amba.internal.Paging;
import dev.amba.internal.UserCalls;
import dev.amba.internal.endpoint.FeedEndpoints;
import java.util.stream.Stream;

public final class FeedClient implements UserFeeds {

  private final UserCalls calls;

  public FeedClient(UserCalls calls) {
    this.calls = calls;
  }

  @Override
  public OffsetPage<FeedItem> get(int offset, int limit) {
    return Paging.page(calls.call(FeedEndpoints.FEED), offset, limit, FeedWire.PAGE, FeedWire.Item.class,
        FeedWire.Item::toPublic);
  }

  @Override
  public Stream<FeedItem> get() {
    return Paging.walk(() -> calls.call(FeedEndpoints.FEED), 0, FeedWire.PAGE, FeedWire.Item.class,
        FeedWire.Item::toPublic);
  }

  @Override
  public OffsetPage<FeedItem> getMine(int offset, int limit) {
    return Paging.page(calls.call(FeedEndpoints.MINE), offset, limit, FeedWire.PAGE, FeedWire.Item.class,
        FeedWire.Item::toPublic);
  }

  @Override
  public Stream<FeedItem> getMine() {
    return Paging.walk(() -> calls.call(FeedEndpoints.MINE), 0, FeedWire.PAGE, FeedWire.Item.class,
        FeedWire.Item::toPublic);
  }

  @Override
  public OffsetPage<FeedItem> getGroup(String groupId, int offset, int limit) {
    FeedArguments.id(groupId, "groupId");
    return Paging.page(calls.call(FeedEndpoints.GROUP, groupId), offset, limit, FeedWire.PAGE, FeedWire.Item.class,
        FeedWire.Item::toPublic);
  }

  @Override
  public Stream<FeedItem> getGroup(String groupId) {
    FeedArguments.id(groupId, "groupId");
    return Paging.walk(() -> calls.call(FeedEndpoints.GROUP, groupId), 0, FeedWire.PAGE, FeedWire.Item.class,
        FeedWire.Item::toPublic);
  }
}
