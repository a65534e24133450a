package dev.amba.push;

/** Delivery counts of a campaign. */
public record CampaignStats(long sent, long delivered, long opened, long failed) {

  public static final CampaignStats NONE = new CampaignStats(0, 0, 0, 0);
}
