package dev.amba.internal.content;

import dev.amba.content.ContentItem;
import dev.amba.content.ContentItemPage;
import dev.amba.content.ContentItemUpdate;
import dev.amba.content.LibraryQuery;
import dev.amba.content.NewContentItem;
import dev.amba.content.TodayItem;
import dev.amba.content.UserContent;
import dev.amba.internal.Paging;
import dev.amba.internal.UserCalls;
import dev.amba.internal.WireForms;
import dev.amba.internal.endpoint.ContentEndpoints;
import dev.amba.internal.util.ModuleArguments;
import dev.amba.internal.util.ModuleNames;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

public final class ContentClient implements UserContent {

  /** What only an admin may set on an item (28.1, 28.3): a user's write naming one is refused before sending. */
  static final Set<String> ADMIN_ONLY = Set.of("is_premium", "content_key", "version", "rollout_percent",
      "sort_order");

  private final UserCalls calls;

  public ContentClient(UserCalls calls) {
    this.calls = calls;
  }

  @Override
  public TodayItem getToday() {
    return calls.call(ContentEndpoints.TODAY).<ContentWire.Today>data(ContentWire.Today.class).toToday();
  }

  @Override
  public TodayItem getToday(String channel) {
    ModuleArguments.idOrKey(channel, "channel");
    return calls.call(ContentEndpoints.TODAY_CHANNEL, channel).<ContentWire.Today>data(ContentWire.Today.class)
        .toToday();
  }

  @Override
  public ContentItemPage getLibrary(String idOrSlug) {
    return getLibrary(idOrSlug, LibraryQuery.first());
  }

  @Override
  public ContentItemPage getLibrary(String idOrSlug, LibraryQuery query) {
    ModuleArguments.idOrKey(idOrSlug, "idOrSlug");
    Objects.requireNonNull(query, "query");
    return calls.call(ContentEndpoints.LIBRARY_ITEMS, idOrSlug).query("limit", query.limitValue())
        .query(query.cursorValue().isPresent() ? "cursor" : "offset",
            query.cursorValue().isPresent() ? query.cursorValue().get() : query.offsetValue())
        .query("category", query.categoryValue().orElse(null))
        .<ContentWire.ItemPage>unwrapped(ContentWire.ItemPage.class).toPage();
  }

  @Override
  public Stream<ContentItem> listAll(String idOrSlug, LibraryQuery query) {
    ModuleArguments.idOrKey(idOrSlug, "idOrSlug");
    Objects.requireNonNull(query, "query");
    return Paging.cursorStream(query.cursorValue().orElse(null), cursor -> {
      ContentItemPage page = getLibrary(idOrSlug, cursor == null ? query : withCursor(query, cursor));
      return new dev.amba.Page<>(page.items(), page.nextCursor(), page.hasMore());
    });
  }

  private static LibraryQuery withCursor(LibraryQuery query, String cursor) {
    LibraryQuery next = LibraryQuery.after(cursor).limit(query.limitValue());
    return query.categoryValue().map(next::category).orElse(next);
  }

  @Override
  public ContentItem getItem(String itemId) {
    ModuleNames.uuid(itemId, "itemId");
    return calls.call(ContentEndpoints.GET_ITEM, itemId).<ContentWire.Item>data(ContentWire.Item.class).toItem();
  }

  @Override
  public ContentItem createItem(String idOrSlug, NewContentItem item) {
    ModuleArguments.idOrKey(idOrSlug, "idOrSlug");
    Map<String, Object> body = userFields(WireForms.of(Objects.requireNonNull(item, "item")), "item");
    return calls.call(ContentEndpoints.CREATE_ITEM, idOrSlug).body(body)
        .<ContentWire.Item>data(ContentWire.Item.class).toItem();
  }

  @Override
  public ContentItem updateItem(String itemId, ContentItemUpdate update) {
    ModuleNames.uuid(itemId, "itemId");
    Map<String, Object> body = userFields(WireForms.ofUpdate(update), "update");
    return calls.call(ContentEndpoints.UPDATE_ITEM, itemId).body(body)
        .<ContentWire.Item>data(ContentWire.Item.class).toItem();
  }

  @Override
  public void deleteItem(String itemId) {
    ModuleNames.uuid(itemId, "itemId");
    calls.call(ContentEndpoints.DELETE_ITEM, itemId).data(Map.class);
  }

  @Override
  public ContentItem updateState(String itemId, Map<String, ?> state) {
    ModuleNames.uuid(itemId, "itemId");
    return calls.call(ContentEndpoints.PUT_STATE, itemId).body(ContentArguments.object(state, "state"))
        .<ContentWire.Item>data(ContentWire.Item.class).toItem();
  }

  private static Map<String, Object> userFields(Map<String, Object> body, String argument) {
    Set<String> named = new TreeSet<>(body.keySet());
    named.retainAll(ADMIN_ONLY);
    if (!named.isEmpty()) {
      throw new IllegalArgumentException(argument + " sets " + named + ", which only an admin may set"
          + " (amba.content())");
    }
    return body;
  }
}
