package dev.amba.testkit;

import java.time.Instant;

/**
 * One push notification the emulator recorded instead of sending, from
 * {@link AmbaEmulator#pushDeliveries()}.
 *
 * @param campaignId the campaign it belongs to, or null for a test push
 * @param dataJson the notification's custom payload, as JSON text
 */
public record PushDelivery(
    String projectId,
    String campaignId,
    String userId,
    String token,
    String platform,
    String title,
    String body,
    String dataJson,
    Instant deliveredAt) {

  /**
   * Whether this came from a test push rather than a campaign.
   *
   * @return true when {@link #campaignId()} is null
   */
  public boolean isTestPush() {
    return campaignId == null;
  }

  /** A device token can reach a device: the text form shows only its start. */
  @Override
  public String toString() {
    String shown = token.length() <= 8 ? "****" : token.substring(0, 6) + "…";
    return "PushDelivery[campaignId=" + campaignId + ", userId=" + userId + ", platform=" + platform
        + ", token=" + shown + ", title=" + title + ", deliveredAt=" + deliveredAt + "]";
  }
}
