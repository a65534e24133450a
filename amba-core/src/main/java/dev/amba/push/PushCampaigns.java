package dev.amba.push;

import dev.amba.OffsetPage;
import java.util.stream.Stream;

/**
 * The project's push campaigns (server key). A campaign is a draft until scheduled or sent; only
 * drafts and scheduled campaigns can be changed or deleted.
 *
 * <pre>{@code
 * PushCampaign c = amba.push().campaigns().create(NewCampaign.of("Hello", "Welcome back"));
 * amba.push().campaigns().send(c.id());
 * }</pre>
 */
public interface PushCampaigns {

  /**
   * Creates a campaign: a draft, or scheduled when {@code campaign} has a schedule.
   *
   * @param campaign the notification, audience and optional schedule
   * @return the created campaign, with its id and status
   * @throws dev.amba.AmbaBadRequestException code {@code invalid_scheduled_at} for an unreadable
   *     schedule, {@code scheduled_at_in_past} for one already past
   *     ({@link dev.amba.AmbaApiException#hasCode hasCode} ignores case)
   */
  PushCampaign create(NewCampaign campaign);

  /**
   * One page of campaigns, newest first.
   *
   * @param offset how many campaigns to skip
   * @param limit the page size, 1 to 1000
   * @return the page, with the total count; empty past the last campaign
   */
  OffsetPage<PushCampaign> list(int offset, int limit);

  /**
   * Every campaign, newest first, fetched a page at a time as the stream is consumed.
   *
   * @return a lazy stream of all the project's campaigns
   */
  Stream<PushCampaign> listAll();

  /**
   * Reads one campaign, with its current status and stats.
   *
   * @param campaignId the campaign's id
   * @return the campaign
   * @throws dev.amba.AmbaNotFoundException when there is no such campaign in the project
   */
  PushCampaign get(String campaignId);

  /**
   * Changes a draft or scheduled campaign; only the fields set in {@code update} change.
   *
   * @param campaignId the campaign's id
   * @param update the changes
   * @return the campaign as changed
   * @throws dev.amba.AmbaNotFoundException when there is no such campaign in the project
   * @throws dev.amba.AmbaConflictException when the campaign is no longer a draft or scheduled
   */
  PushCampaign update(String campaignId, CampaignUpdate update);

  /**
   * Deletes a draft or scheduled campaign.
   *
   * @param campaignId the campaign's id
   * @throws dev.amba.AmbaNotFoundException when there is no such campaign in the project
   * @throws dev.amba.AmbaConflictException when the campaign is no longer a draft or scheduled
   */
  void delete(String campaignId);

  /**
   * Sends a draft now. The answer's status is {@code sending}; the stats fill as devices are reached.
   *
   * @param campaignId the draft's id
   * @return the campaign, now sending
   * @throws dev.amba.AmbaNotFoundException when there is no such campaign in the project
   * @throws dev.amba.AmbaConflictException code {@code already_sent} when it was sent before,
   *     {@code already_scheduled} when it is scheduled (unschedule it first to send it now;
   *     {@link dev.amba.AmbaApiException#hasCode hasCode} ignores case)
   */
  PushCampaign send(String campaignId);
}
