package dev.amba.content;

import java.util.Map;
import java.util.stream.Stream;

/**
 * Content for the acting user, from {@code amba.asUser(uid).content()}: the item each channel
 * serves today, library pages, the user's own items and the user's state of any item. A user
 * changes and deletes only the items it wrote; another's answers 404 like a missing one.
 *
 * <pre>{@code
 * TodayItem tip = user.content().getToday("tips");
 * user.content().updateState(tip.id(), Map.of("read", true));
 * ContentItem note = user.content().createItem("notes", NewContentItem.of("My own note").title("Mine"));
 * }</pre>
 */
public interface UserContent {

  /**
   * The item the {@code default} channel serves now.
   *
   * @return the item its schedule chose at the latest tick
   * @throws dev.amba.AmbaNotFoundException {@code content_not_scheduled} or
   *     {@code content_not_available}, as for {@link #getToday(String)}
   */
  TodayItem getToday();

  /**
   * The item a channel serves now: the one its schedule chose at the latest tick.
   *
   * @param channel a library's slug (or, failing that, its name)
   * @return the item, with the tick that chose it and the user's state of it
   * @throws dev.amba.AmbaNotFoundException {@code content_not_scheduled} when no schedule serves the
   *     user there, none has ticked yet or the library has no active item; {@code content_not_available}
   *     when the item chosen at the tick was deactivated or deleted since
   */
  TodayItem getToday(String channel);

  /**
   * The first page of a library's active items, by {@code sort_order}.
   *
   * @param idOrSlug the library's id or slug
   * @return the first page, with the cursor of the next
   * @throws dev.amba.AmbaNotFoundException when the project has no such library
   */
  ContentItemPage getLibrary(String idOrSlug);

  /**
   * One page of a library's active items, by {@code sort_order}.
   *
   * @param idOrSlug the library's id or slug
   * @param query the page's size and start, and optional filters
   * @return the page, with the cursor of the next; empty past the last item
   * @throws dev.amba.AmbaNotFoundException when the project has no such library
   */
  ContentItemPage getLibrary(String idOrSlug, LibraryQuery query);

  /**
   * Every active item of a library from the query's page on, fetched a page at a time as the stream is consumed.
   *
   * @param idOrSlug the library's id or slug
   * @param query the filters, page size and start
   * @return a lazy stream of the items, by {@code sort_order}
   */
  Stream<ContentItem> listAll(String idOrSlug, LibraryQuery query);

  /**
   * One active item, with the user's state of it.
   *
   * @param itemId the item's id, a UUID; another form is refused before sending
   * @return the item, its {@code userState} the acting user's
   * @throws dev.amba.AmbaNotFoundException when it is missing or inactive
   */
  ContentItem getItem(String itemId);

  /**
   * Writes an item into a library as the acting user's own, after the library's last item.
   *
   * @param idOrSlug the library's id or slug
   * @param item the item's body and optional fields, without an admin's setting
   * @return the item as stored, owned by the acting user
   * @throws IllegalArgumentException when {@code item} sets an admin's setting (premium, content
   *     key, version, rollout), before sending
   * @throws dev.amba.AmbaNotFoundException when the project has no such library
   */
  ContentItem createItem(String idOrSlug, NewContentItem item);

  /**
   * Changes one of the acting user's own items.
   *
   * @param itemId the item's id, a UUID; another form is refused before sending
   * @param update the fields to change, without an admin's setting
   * @return the item as changed
   * @throws IllegalArgumentException when {@code update} sets nothing or an admin's setting, before sending
   * @throws dev.amba.AmbaNotFoundException unless the acting user wrote the item
   */
  ContentItem updateItem(String itemId, ContentItemUpdate update);

  /**
   * Deletes one of the acting user's own items for good.
   *
   * @param itemId the item's id, a UUID; another form is refused before sending
   * @throws dev.amba.AmbaNotFoundException unless the acting user wrote the item
   */
  void deleteItem(String itemId);

  /**
   * Replaces the acting user's state of an active item, any user's or the admin's: progress, a
   * bookmark, whatever the app keeps. Other users never see it.
   *
   * @param itemId the item's id, a UUID; another form is refused before sending
   * @param state the new state, as JSON values; it replaces the old one whole
   * @return the item with {@code userState} = {@code state}
   * @throws dev.amba.AmbaNotFoundException when the item is missing or inactive
   */
  ContentItem updateState(String itemId, Map<String, ?> state);
}
