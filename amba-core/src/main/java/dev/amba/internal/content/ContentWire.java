package dev.amba.internal.content;

import dev.amba.content.ContentItem;
import dev.amba.content.ContentItemPage;
import dev.amba.content.ContentLibrary;
import dev.amba.content.ContentSchedule;
import dev.amba.content.ScheduleConfig;
import dev.amba.content.ScheduleType;
import dev.amba.content.TodayItem;
import dev.amba.internal.util.JsonValues;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Content answers as they arrive (28.3), turned into the public records. */
public final class ContentWire {

  private ContentWire() {}

  public record Library(String id, String name, String slug, String description, JsonObject contentSchema,
      Long itemCount, Instant createdAt, Instant updatedAt) {

    ContentLibrary toLibrary() {
      return new ContentLibrary(id, name, slug, description, contentSchema == null ? null
          : JsonValues.toMap(contentSchema), itemCount, createdAt, updatedAt);
    }
  }

  public record Item(String id, String libraryId, String ownerAppUserId, String title, String body, String mediaUrl,
      String category, List<String> tags, JsonObject metadata, Integer sortOrder, Boolean isPremium,
      Boolean isActive, String contentKey, Integer version, Integer rolloutPercent, JsonObject userState,
      Instant createdAt, Instant updatedAt) {

    ContentItem toItem() {
      return new ContentItem(id, libraryId, ownerAppUserId, title, body, mediaUrl, category, tags, map(metadata),
          sortOrder == null ? 0 : sortOrder, Boolean.TRUE.equals(isPremium), !Boolean.FALSE.equals(isActive),
          contentKey, version == null ? 1 : version, rolloutPercent == null ? 100 : rolloutPercent, map(userState),
          createdAt, updatedAt);
    }
  }

  /** A library page: the offset list with {@code next_cursor} beside it. */
  public record ItemPage(List<Item> data, Long total, Integer offset, Integer limit, String nextCursor) {

    ContentItemPage toPage() {
      List<Item> rows = data == null ? List.of() : data;
      return new ContentItemPage(rows.stream().map(Item::toItem).toList(), total == null ? rows.size() : total,
          offset == null ? 0 : offset, limit == null ? rows.size() : limit, nextCursor);
    }
  }

  public record Today(String id, String channel, String title, String body, JsonObject data, Instant publishedAt,
      JsonObject userState, Boolean isPremium) {

    TodayItem toToday() {
      return new TodayItem(id, channel, title, body, map(data), publishedAt, map(userState),
          Boolean.TRUE.equals(isPremium));
    }
  }

  public record Config(String timezone, String cron) {}

  public record Schedule(String id, String libraryId, String libraryName, String name, String scheduleType,
      Config config, Boolean isActive, Instant lastDeliveredAt, Instant nextDeliveryAt, String segmentId,
      Instant createdAt, Instant updatedAt) {

    ContentSchedule toSchedule() {
      return new ContentSchedule(id, libraryId, libraryName, name, new ScheduleType(scheduleType),
          config == null ? null : new ScheduleConfig(config.timezone(), config.cron()), !Boolean.FALSE.equals(isActive),
          lastDeliveredAt, nextDeliveryAt, segmentId, createdAt, updatedAt);
    }
  }

  public record Ids(List<String> ids) {}

  private static Map<String, Object> map(JsonObject o) {
    return o == null ? Map.of() : JsonValues.toMap(o);
  }
}
