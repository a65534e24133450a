package dev.amba.content;

import java.time.Instant;
import java.util.Map;

/**
 * The item a channel serves now: the one its schedule chose at the latest tick.
 *
 * @param id the content item's id
 * @param channel the channel asked for
 * @param title the item's title, when it has one
 * @param body the item's text
 * @param data the item's metadata
 * @param publishedAt the tick that chose it
 * @param userState the acting user's own state of the item; empty when none
 * @param isPremium the item's premium flag, for the app to gate on
 */
public record TodayItem(
    String id,
    String channel,
    String title,
    String body,
    Map<String, Object> data,
    Instant publishedAt,
    Map<String, Object> userState,
    boolean isPremium) {

  /**
   * Copies the maps, unmodifiable; a null one reads as empty.
   *
   * @param id {@link #id()}
   * @param channel {@link #channel()}
   * @param title {@link #title()}
   * @param body {@link #body()}
   * @param data {@link #data()}
   * @param publishedAt {@link #publishedAt()}
   * @param userState {@link #userState()}
   * @param isPremium {@link #isPremium()}
   */
  public TodayItem {
    data = ContentItem.unmodifiable(data);
    userState = ContentItem.unmodifiable(userState);
  }
}
