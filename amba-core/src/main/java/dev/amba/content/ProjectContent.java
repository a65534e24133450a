package dev.amba.content;

import dev.amba.OffsetPage;
import java.util.List;
import java.util.stream.Stream;

/**
 * Admin: the project's libraries, items and schedules, from {@code amba.content()} (server key).
 *
 * <pre>{@code
 * ContentLibrary tips = amba.content().createLibrary(NewContentLibrary.of("Tips"));
 * amba.content().addItems(tips.id(), List.of(NewContentItem.of("Drink water")));
 * amba.content().createSchedule(NewContentSchedule.of(tips.id(), "daily", ScheduleType.DAILY_ROTATION));
 * }</pre>
 */
public interface ProjectContent {

  /** The largest page the service serves. */
  int MAX_PAGE = 100;

  /**
   * Creates a library, its slug given or derived from its name.
   *
   * @param library the library to create
   * @return the created library, with its id and slug
   * @throws NullPointerException if {@code library} is null
   * @throws dev.amba.AmbaConflictException ({@code slug_taken}) when another library has the slug,
   *     given or derived from the name
   */
  ContentLibrary createLibrary(NewContentLibrary library);

  /**
   * Every library, each with its item count.
   *
   * @return the libraries; empty when the project has none
   */
  List<ContentLibrary> listLibraries();

  /**
   * Adds 1 to 100 items after the library's last, in the order given.
   *
   * @param libraryId the library's id, a UUID
   * @param items 1 to 100 items, none null
   * @return the created items, in the order given
   * @throws IllegalArgumentException if {@code libraryId} is not a UUID, before anything is sent
   * @throws IllegalArgumentException for an empty list or more than 100 items
   * @throws NullPointerException if {@code items} or one of them is null
   * @throws dev.amba.AmbaNotFoundException when the project has no such library
   */
  List<ContentItem> addItems(String libraryId, List<NewContentItem> items);

  /**
   * One page of a library's items, inactive ones included, by {@code sort_order}.
   *
   * @param libraryId the library's id, a UUID
   * @param offset how many items to skip, 0 or more
   * @param limit 1 to {@value #MAX_PAGE}
   * @return the page, with the library's item count; empty past the end
   * @throws IllegalArgumentException for a library id that is not a UUID, a negative offset or a
   *     limit outside 1 to {@value #MAX_PAGE}
   * @throws dev.amba.AmbaNotFoundException when the project has no such library
   */
  OffsetPage<ContentItem> listItems(String libraryId, int offset, int limit);

  /**
   * Every item of a library, inactive ones included, fetched a page at a time as the stream is consumed.
   *
   * @param libraryId the library's id, a UUID
   * @return a lazy stream of the items, by {@code sort_order}; empty for an empty library
   * @throws IllegalArgumentException if {@code libraryId} is not a UUID, before anything is sent
   * @throws dev.amba.AmbaNotFoundException when the project has no such library
   */
  Stream<ContentItem> listAllItems(String libraryId);

  /**
   * Changes any item, a user's too.
   *
   * @param itemId the item's id, a UUID
   * @param update the fields to change, at least one
   * @return the item as it is after the change
   * @throws IllegalArgumentException if {@code itemId} is not a UUID, before anything is sent
   * @throws NullPointerException if {@code update} is null
   * @throws IllegalArgumentException if {@code update} sets nothing
   * @throws dev.amba.AmbaNotFoundException when the project has no such item
   */
  ContentItem updateItem(String itemId, ContentItemUpdate update);

  /**
   * Deletes an item for good; a schedule whose tick chose it answers {@code content_not_available}.
   *
   * @param itemId the item's id, a UUID
   * @throws IllegalArgumentException if {@code itemId} is not a UUID, before anything is sent
   * @throws dev.amba.AmbaNotFoundException when the project has no such item
   */
  void deleteItem(String itemId);

  /**
   * Creates or updates, in one step, the library's items whose content keys the batch names.
   *
   * @param libraryId the library's id, a UUID
   * @param items 1 to 100, no key twice
   * @return the items' ids, in the batch's order
   * @throws IllegalArgumentException for a library id that is not a UUID, an empty list, more than
   *     100 items or a key named twice
   * @throws NullPointerException if {@code items} or one of them is null
   * @throws dev.amba.AmbaNotFoundException when the project has no such library
   */
  List<String> bulkUpsert(String libraryId, List<BulkContentItem> items);

  /**
   * Creates a schedule; it serves from its first tick on.
   *
   * @param schedule the schedule to create
   * @return the created schedule, with its next tick
   * @throws NullPointerException if {@code schedule} is null
   * @throws IllegalArgumentException for a random or sequential schedule without a cron, before sending
   * @throws dev.amba.AmbaNotFoundException ({@code library_not_found}, {@code segment_not_found})
   *     when the project has no such library or segment
   */
  ContentSchedule createSchedule(NewContentSchedule schedule);

  /**
   * Every schedule, each with its library's name and its latest and next tick.
   *
   * @return the schedules; empty when the project has none
   */
  List<ContentSchedule> listSchedules();

  /**
   * Changes a schedule; the settings the update does not set stay.
   *
   * @param scheduleId the schedule's id, a UUID
   * @param update the settings to change, at least one
   * @return the schedule as it is after the change, with its next tick
   * @throws IllegalArgumentException if {@code scheduleId} is not a UUID, before anything is sent
   * @throws NullPointerException if {@code update} is null
   * @throws IllegalArgumentException if {@code update} sets nothing
   * @throws dev.amba.AmbaNotFoundException when the project has no such schedule
   */
  ContentSchedule updateSchedule(String scheduleId, ContentScheduleUpdate update);

  /**
   * Deletes a schedule; its channel serves nothing from it any more.
   *
   * @param scheduleId the schedule's id, a UUID
   * @throws IllegalArgumentException if {@code scheduleId} is not a UUID, before anything is sent
   * @throws dev.amba.AmbaNotFoundException when the project has no such schedule
   */
  void deleteSchedule(String scheduleId);
}
