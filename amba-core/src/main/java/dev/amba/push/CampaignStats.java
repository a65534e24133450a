package dev.amba.push;

/**
 * Delivery counts of a campaign.
 *
 * @param sent notifications handed to the platforms (APNs, FCM, Web Push)
 * @param delivered notifications the platforms confirmed as delivered to a device
 * @param opened notifications a user opened
 * @param failed notifications the platforms refused or could not deliver
 */
public record CampaignStats(long sent, long delivered, long opened, long failed) {

  /** All counts zero: a campaign not sent yet, or one the API returned without stats. */
  public static final CampaignStats NONE = new CampaignStats(0, 0, 0, 0);
}
