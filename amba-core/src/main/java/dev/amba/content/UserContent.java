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
   * @return the item chosen at the latest tick of the {@code default} channel
   * @throws dev.amba.AmbaNotFoundException {@code content_not_scheduled} or {@code content_not_available},
   *     as {@link #getToday(String)}
   */
  TodayItem getToday();

  /**
   * The item a channel serves now: the one its schedule chose at the latest tick.
   *
   * @param channel a library's slug (or, failing that, its name), not blank
   * @return the item chosen at the latest tick, with the user's state of it
   * @throws IllegalArgumentException for a null or blank channel, before anything is sent
   * @throws dev.amba.AmbaNotFoundException {@code content_not_scheduled} when no schedule serves the
   *     user there, none has ticked yet or the library has no active item; {@code content_not_available}
   *     when the item chosen at the tick was deactivated or deleted since
   */
  TodayItem getToday(String channel);

  /**
   * The first page of a library's active items, by {@code sort_order}: {@link LibraryQuery#first()}.
   *
   * @param idOrSlug the library's id or slug, not blank
   * @return the first page, 50 items at most; empty when the library has no active item
   * @throws IllegalArgumentException for a null or blank {@code idOrSlug}, before anything is sent
   * @throws dev.amba.AmbaNotFoundException when the project has no such library
   */
  ContentItemPage getLibrary(String idOrSlug);

  /**
   * One page of a library's active items, by {@code sort_order}.
   *
   * @param idOrSlug the library's id or slug, not blank
   * @param query which page, how large, which category
   * @return the page, with the user's state of each item; empty past the end
   * @throws IllegalArgumentException for a null or blank {@code idOrSlug}, before anything is sent
   * @throws NullPointerException if {@code query} is null
   * @throws dev.amba.AmbaNotFoundException when the project has no such library
   */
  ContentItemPage getLibrary(String idOrSlug, LibraryQuery query);

  /**
   * Every active item of a library from the query's page on, fetched a page at a time as the stream is consumed.
   *
   * @param idOrSlug the library's id or slug, not blank
   * @param query where to start, the page size and the category
   * @return a lazy stream of the items, by {@code sort_order}; empty when none match
   * @throws IllegalArgumentException for a null or blank {@code idOrSlug}, before anything is sent
   * @throws NullPointerException if {@code query} is null
   */
  Stream<ContentItem> listAll(String idOrSlug, LibraryQuery query);

  /**
   * One active item, with the user's state of it.
   *
   * @param itemId the item's id, a UUID
   * @return the item
   * @throws IllegalArgumentException if {@code itemId} is not a UUID, before anything is sent
   * @throws dev.amba.AmbaNotFoundException when it is missing or inactive
   */
  ContentItem getItem(String itemId);

  /**
   * Writes an item into a library as the acting user's own, after the library's last item.
   *
   * @param idOrSlug the library's id or slug, not blank
   * @param item the item, without the admin's settings
   * @return the created item, owned by the acting user
   * @throws IllegalArgumentException for a null or blank {@code idOrSlug}, before anything is sent
   * @throws NullPointerException if {@code item} is null
   * @throws IllegalArgumentException when {@code item} sets an admin's setting (premium, content
   *     key, version, rollout), before sending
   * @throws dev.amba.AmbaNotFoundException when the project has no such library
   */
  ContentItem createItem(String idOrSlug, NewContentItem item);

  /**
   * Changes one of the acting user's own items.
   *
   * @param itemId the item's id, a UUID
   * @param update the fields to change, without the admin's settings
   * @return the item as it is after the change
   * @throws IllegalArgumentException if {@code itemId} is not a UUID, before anything is sent
   * @throws NullPointerException if {@code update} is null
   * @throws IllegalArgumentException when {@code update} sets nothing or an admin's setting, before sending
   * @throws dev.amba.AmbaNotFoundException unless the acting user wrote the item
   */
  ContentItem updateItem(String itemId, ContentItemUpdate update);

  /**
   * Deletes one of the acting user's own items for good.
   *
   * @param itemId the item's id, a UUID
   * @throws IllegalArgumentException if {@code itemId} is not a UUID, before anything is sent
   * @throws dev.amba.AmbaNotFoundException unless the acting user wrote the item
   */
  void deleteItem(String itemId);

  /**
   * Replaces the acting user's state of an active item, any user's or the admin's: progress, a
   * bookmark, whatever the app keeps. Other users never see it.
   *
   * @param itemId the item's id, a UUID
   * @param state the new state, a JSON object (string keys, JSON-compatible values); deep-copied
   * @return the item with {@code userState} = {@code state}
   * @throws IllegalArgumentException if {@code itemId} is not a UUID, before anything is sent
   * @throws NullPointerException if {@code state} is null
   * @throws IllegalArgumentException naming the first value of {@code state} JSON cannot carry
   * @throws dev.amba.AmbaNotFoundException when the item is missing or inactive
   */
  ContentItem updateState(String itemId, Map<String, ?> state);
}
