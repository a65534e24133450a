package dev.amba.internal.content;

import dev.amba.OffsetPage;
import dev.amba.content.BulkContentItem;
import dev.amba.content.ContentItem;
import dev.amba.content.ContentItemUpdate;
import dev.amba.content.ContentLibrary;
import dev.amba.content.ContentSchedule;
import dev.amba.content.ContentScheduleUpdate;
import dev.amba.content.NewContentItem;
import dev.amba.content.NewContentLibrary;
import dev.amba.content.NewContentSchedule;
import dev.amba.content.ProjectContent;
import dev.amba.internal.Json;
import dev.amba.internal.Paging;
import dev.amba.internal.ProjectCalls;
import dev.amba.internal.WireForms;
import dev.amba.internal.endpoint.ContentEndpoints;
import dev.amba.internal.util.ModuleNames;
import java.lang.reflect.Type;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/** The project's libraries, items and schedules (server key). */
public final class ContentAdmin implements ProjectContent {

  private static final Type LIBRARIES = Json.parameterized(List.class, ContentWire.Library.class);
  private static final Type ITEMS = Json.parameterized(List.class, ContentWire.Item.class);
  private static final Type SCHEDULES = Json.parameterized(List.class, ContentWire.Schedule.class);

  private final ProjectCalls calls;

  public ContentAdmin(ProjectCalls calls) {
    this.calls = calls;
  }

  @Override
  public ContentLibrary createLibrary(NewContentLibrary library) {
    return calls.call(ContentEndpoints.ADMIN_CREATE_LIBRARY).body(WireForms.of(Objects.requireNonNull(library,
        "library"))).<ContentWire.Library>data(ContentWire.Library.class).toLibrary();
  }

  @Override
  public List<ContentLibrary> listLibraries() {
    List<ContentWire.Library> rows = calls.call(ContentEndpoints.ADMIN_LIBRARIES).data(LIBRARIES);
    return rows.stream().map(ContentWire.Library::toLibrary).toList();
  }

  @Override
  public List<ContentItem> addItems(String libraryId, List<NewContentItem> items) {
    ModuleNames.uuid(libraryId, "libraryId");
    List<Map<String, Object>> body = ContentArguments.batch(items, "items").stream().map(WireForms::of).toList();
    List<ContentWire.Item> rows = calls.call(ContentEndpoints.ADMIN_ADD_ITEMS, libraryId)
        .body(Map.of("items", body)).data(ITEMS);
    return rows.stream().map(ContentWire.Item::toItem).toList();
  }

  @Override
  public OffsetPage<ContentItem> listItems(String libraryId, int offset, int limit) {
    ModuleNames.uuid(libraryId, "libraryId");
    return Paging.page(calls.call(ContentEndpoints.ADMIN_ITEMS, libraryId), offset, limit, MAX_PAGE,
        ContentWire.Item.class, ContentWire.Item::toItem);
  }

  @Override
  public Stream<ContentItem> listAllItems(String libraryId) {
    ModuleNames.uuid(libraryId, "libraryId");
    return Paging.walk(() -> calls.call(ContentEndpoints.ADMIN_ITEMS, libraryId), 0, MAX_PAGE,
        ContentWire.Item.class, ContentWire.Item::toItem);
  }

  @Override
  public ContentItem updateItem(String itemId, ContentItemUpdate update) {
    ModuleNames.uuid(itemId, "itemId");
    return calls.call(ContentEndpoints.ADMIN_UPDATE_ITEM, itemId).body(WireForms.ofUpdate(update))
        .<ContentWire.Item>data(ContentWire.Item.class).toItem();
  }

  @Override
  public void deleteItem(String itemId) {
    ModuleNames.uuid(itemId, "itemId");
    calls.call(ContentEndpoints.ADMIN_DELETE_ITEM, itemId).data(Map.class);
  }

  @Override
  public List<String> bulkUpsert(String libraryId, List<BulkContentItem> items) {
    ModuleNames.uuid(libraryId, "libraryId");
    List<BulkContentItem> batch = ContentArguments.batch(items, "items");
    Set<String> keys = new HashSet<>();
    for (BulkContentItem item : batch) {
      if (!keys.add(item.key())) {
        throw new IllegalArgumentException("items names the key \"" + item.key() + "\" twice");
      }
    }
    List<Map<String, Object>> body = batch.stream().map(WireForms::of).toList();
    ContentWire.Ids ids = calls.call(ContentEndpoints.ADMIN_BULK, libraryId).body(Map.of("items", body))
        .data(ContentWire.Ids.class);
    return ids.ids() == null ? List.of() : List.copyOf(ids.ids());
  }

  @Override
  public ContentSchedule createSchedule(NewContentSchedule schedule) {
    Objects.requireNonNull(schedule, "schedule");
    if (schedule.type().needsCron() && !schedule.hasCron()) {
      throw new IllegalArgumentException("schedule: a " + schedule.type() + " schedule needs a cron");
    }
    return calls.call(ContentEndpoints.ADMIN_CREATE_SCHEDULE).body(WireForms.of(schedule))
        .<ContentWire.Schedule>data(ContentWire.Schedule.class).toSchedule();
  }

  @Override
  public List<ContentSchedule> listSchedules() {
    List<ContentWire.Schedule> rows = calls.call(ContentEndpoints.ADMIN_SCHEDULES).data(SCHEDULES);
    return rows.stream().map(ContentWire.Schedule::toSchedule).toList();
  }

  @Override
  public ContentSchedule updateSchedule(String scheduleId, ContentScheduleUpdate update) {
    ModuleNames.uuid(scheduleId, "scheduleId");
    return calls.call(ContentEndpoints.ADMIN_UPDATE_SCHEDULE, scheduleId).body(WireForms.ofUpdate(update))
        .<ContentWire.Schedule>data(ContentWire.Schedule.class).toSchedule();
  }

  @Override
  public void deleteSchedule(String scheduleId) {
    ModuleNames.uuid(scheduleId, "scheduleId");
    calls.call(ContentEndpoints.ADMIN_DELETE_SCHEDULE, scheduleId).data(Map.class);
  }
}
