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
   * @throws dev.amba.AmbaConflictException ({@code slug_taken}) when another library has the slug,
   *     given or derived from the name
   */
  ContentLibrary createLibrary(NewContentLibrary library);

  /** Every library, each with its item count. */
  List<ContentLibrary> listLibraries();

  /**
   * Adds 1 to 100 items after the library's last, in the order given.
   *
   * @throws dev.amba.AmbaNotFoundException when the project has no such library
   */
  List<ContentItem> addItems(String libraryId, List<NewContentItem> items);

  /**
   * One page of a library's items, inactive ones included, by {@code sort_order}.
   *
   * @param limit 1 to {@value #MAX_PAGE}
   */
  OffsetPage<ContentItem> listItems(String libraryId, int offset, int limit);

  /** Every item of a library, fetched a page at a time as the stream is consumed. */
  Stream<ContentItem> listAllItems(String libraryId);

  /** Changes any item, a user's too. */
  ContentItem updateItem(String itemId, ContentItemUpdate update);

  /** Deletes an item for good; a schedule whose tick chose it answers {@code content_not_available}. */
  void deleteItem(String itemId);

  /**
   * Creates or updates, in one step, the library's items whose content keys the batch names.
   *
   * @param items 1 to 100, no key twice
   * @return the items' ids, in the batch's order
   */
  List<String> bulkUpsert(String libraryId, List<BulkContentItem> items);

  /**
   * @throws IllegalArgumentException for a random or sequential schedule without a cron, before sending
   * @throws dev.amba.AmbaNotFoundException ({@code library_not_found}, {@code segment_not_found})
   *     when the project has no such library or segment
   */
  ContentSchedule createSchedule(NewContentSchedule schedule);

  /** Every schedule, each with its library's name and its latest and next tick. */
  List<ContentSchedule> listSchedules();

  ContentSchedule updateSchedule(String scheduleId, ContentScheduleUpdate update);

  void deleteSchedule(String scheduleId);
}
