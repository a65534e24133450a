package dev.amba.push;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;

/**
 * A push campaign as the API returns it.
 *
 * @param name an internal name, or null
 * @param data the custom payload delivered with the notification
 * @param segmentId the audience; null means every active token of the project
 * @param scheduledAt when an {@link DeliveryMode#ABSOLUTE} campaign goes out, or null
 * @param localDate with {@code localTime}, when a {@link DeliveryMode#LOCAL_TIME} campaign goes out in
 *     each user's time zone; null otherwise
 * @param sentAt when it was sent, or null
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

  public PushCampaign {
    data = data == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(data));
    stats = stats == null ? CampaignStats.NONE : stats;
  }
}
