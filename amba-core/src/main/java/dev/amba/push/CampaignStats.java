package dev.amba.push;

/**
 * Delivery counts of a campaign, filled as devices are reached after it is sent.
 *
 * @param sent how many devices the notification was handed to
 * @param delivered how many of those the platform reported as delivered
 * @param opened how many notifications were opened
 * @param failed how many could not be delivered
 */
public record CampaignStats(long sent, long delivered, long opened, long failed) {

  /** All counts zero: a campaign that has not been sent. */
  public static final CampaignStats NONE = new CampaignStats(0, 0, 0, 0);
}
