package dev.amba.internal.feeds;

import dev.amba.feeds.FeedItem;
import dev.amba.feeds.FeedRule;
import dev.amba.feeds.UserFeeds;
import dev.amba.internal.util.JsonValues;
import dev.amba.users.UserSummary;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.Map;

/**
 * Feed answers as they arrive (24.3). The 4.x core decodes an item with {@code verb} for
 * {@code action} and {@code data} for {@code metadata}: those names are read when the protocol's are
 * absent, and never sent.
 */
public final class FeedWire {

  private FeedWire() {}

  /** The largest page the service serves (M2): the bound of a page asked for, and what the streams walk with. */
  static final int PAGE = UserFeeds.MAX_PAGE;

  public record Rule(
      String id,
      String sourceEvent,
      String action,
      String targetType,
      Boolean isActive,
      Instant createdAt,
      Instant updatedAt) {

    FeedRule toPublic() {
      // A rule is active from its creation on (24.2).
      return new FeedRule(id, sourceEvent, action, targetType, isActive == null || isActive, createdAt,
          updatedAt != null ? updatedAt : createdAt);
    }
  }

  public record Item(
      String id,
      String actorId,
      String action,
      String verb,
      String targetType,
      String targetId,
      JsonObject metadata,
      JsonObject data,
      Instant createdAt,
      Actor actor) {

    FeedItem toPublic() {
      JsonObject properties = metadata != null ? metadata : data;
      return new FeedItem(id, actorId, action != null ? action : verb, targetType, targetId,
          properties == null ? Map.of() : JsonValues.toMap(properties), createdAt,
          actor == null ? new UserSummary(actorId, null, null)
              : new UserSummary(actorId, actor.displayName(), actor.avatarUrl()));
    }
  }

  /** {@code {display_name, avatar_url}} of an item's actor. */
  public record Actor(String displayName, String avatarUrl) {}
}
