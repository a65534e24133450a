package dev.amba.push;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;

/**
 * A push campaign as the API returns it.
 *
 * @param id the campaign's id
 * @param name an internal name, or null
 * @param title the notification title
 * @param body the notification body
 * @param data the custom payload delivered with the notification
 * @param segmentId the audience; null means every active token of the project
 * @param status where it is in its life: draft, scheduled, sending, sent, ...
 * @param deliveryMode how its schedule is read
 * @param scheduledAt when an {@link DeliveryMode#ABSOLUTE} campaign goes out, or null
 * @param localDate with {@code localTime}, when a {@link DeliveryMode#LOCAL_TIME} campaign goes out in
 *     each user's time zone; null otherwise
 * @param localTime the wall-clock minute that goes with {@code localDate}, or null
 * @param sentAt when it was sent, or null
 * @param stats its delivery counts; {@link CampaignStats#NONE} before it is sent
 * @param createdAt when it was created
 * @param updatedAt when it was last changed
 */
public record PushCampaign(
    String id,
    String name,
    String title,
    String body,
    Map<String, Object> data,
    String segmentId,
    CampaignStatus status,
    DeliveryMode deliveryMode,
    Instant scheduledAt,
    LocalDate localDate,
    LocalTime localTime,
    Instant sentAt,
    CampaignStats stats,
    Instant createdAt,
    Instant updatedAt) {

  /**
   * Copies {@code data}, so the record does not change when the caller's map does; a null
   * {@code data} reads as empty, null {@code stats} as {@link CampaignStats#NONE}.
   *
   * @param id {@link #id()}
   * @param name {@link #name()}
   * @param title {@link #title()}
   * @param body {@link #body()}
   * @param data {@link #data()}
   * @param segmentId {@link #segmentId()}
   * @param status {@link #status()}
   * @param deliveryMode {@link #deliveryMode()}
   * @param scheduledAt {@link #scheduledAt()}
   * @param localDate {@link #localDate()}
   * @param localTime {@link #localTime()}
   * @param sentAt {@link #sentAt()}
   * @param stats {@link #stats()}
   * @param createdAt {@link #createdAt()}
   * @param updatedAt {@link #updatedAt()}
   */
  public PushCampaign {
    data = data == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(data));
    stats = stats == null ? CampaignStats.NONE : stats;
  }
}
