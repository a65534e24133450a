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
   * Creates a library.
   *
   * @param library its name and, optionally, slug, description and content schema
   * @return the library, with its id and slug
   * @throws dev.amba.AmbaConflictException ({@code slug_taken}) when another library has the slug,
   *     given or derived from the name
   */
  ContentLibrary createLibrary(NewContentLibrary library);

  /**
   * Every library, each with its item count.
   *
   * @return the project's libraries; empty when it has none
   */
  List<ContentLibrary> listLibraries();

  /**
   * Adds 1 to 100 items after the library's last, in the order given.
   *
   * @param libraryId the library's id
   * @param items 1 to 100 items, none null
   * @return the items as stored, with their ids and places, in the order given
   * @throws IllegalArgumentException for an empty or over-long list, or a null item, before sending
   * @throws dev.amba.AmbaNotFoundException when the project has no such library
   */
  List<ContentItem> addItems(String libraryId, List<NewContentItem> items);

  /**
   * One page of a library's items, inactive ones included, by {@code sort_order}.
   *
   * @param libraryId the library's id
   * @param offset how many items to skip, from 0
   * @param limit 1 to {@value #MAX_PAGE}
   * @return the page, with the library's item count; empty past the last item
   * @throws dev.amba.AmbaNotFoundException when the project has no such library
   */
  OffsetPage<ContentItem> listItems(String libraryId, int offset, int limit);

  /**
   * Every item of a library, fetched a page at a time as the stream is consumed.
   *
   * @param libraryId the library's id
   * @return a lazy stream of the items, inactive ones included, by {@code sort_order}
   */
  Stream<ContentItem> listAllItems(String libraryId);

  /**
   * Changes any item, a user's too.
   *
   * @param itemId the item's id
   * @param update the fields to change; only those set are sent
   * @return the item as changed
   * @throws dev.amba.AmbaNotFoundException when the project has no such item
   */
  ContentItem updateItem(String itemId, ContentItemUpdate update);

  /**
   * Deletes an item for good; a schedule whose tick chose it answers {@code content_not_available}.
   *
   * @param itemId the item's id
   * @throws dev.amba.AmbaNotFoundException when the project has no such item
   */
  void deleteItem(String itemId);

  /**
   * Creates or updates, in one step, the library's items whose content keys the batch names.
   *
   * @param libraryId the library's id
   * @param items 1 to 100, no key twice
   * @return the items' ids, in the batch's order
   * @throws dev.amba.AmbaNotFoundException when the project has no such library
   */
  List<String> bulkUpsert(String libraryId, List<BulkContentItem> items);

  /**
   * Creates a schedule serving one item of its library a tick.
   *
   * @param schedule the library, name, type and optional cron, time zone and segment
   * @return the schedule, with its id and next tick
   * @throws IllegalArgumentException for a random or sequential schedule without a cron, before sending
   * @throws dev.amba.AmbaNotFoundException ({@code library_not_found}, {@code segment_not_found})
   *     when the project has no such library or segment
   */
  ContentSchedule createSchedule(NewContentSchedule schedule);

  /**
   * Every schedule, each with its library's name and its latest and next tick.
   *
   * @return the project's schedules; empty when it has none
   */
  List<ContentSchedule> listSchedules();

  /**
   * Changes a schedule; only the fields set in {@code update} change.
   *
   * @param scheduleId the schedule's id
   * @param update the fields to change
   * @return the schedule as changed, with its next tick
   * @throws dev.amba.AmbaNotFoundException when the project has no such schedule
   */
  ContentSchedule updateSchedule(String scheduleId, ContentScheduleUpdate update);

  /**
   * Deletes a schedule for good.
   *
   * @param scheduleId the schedule's id
   * @throws dev.amba.AmbaNotFoundException when the project has no such schedule
   */
  void deleteSchedule(String scheduleId);
}
