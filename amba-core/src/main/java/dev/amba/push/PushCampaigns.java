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
   * Creates a campaign: a draft, or scheduled when the value has a schedule.
   *
   * @param campaign the campaign to create, not null
   * @return the created campaign with its id, status {@code draft} or {@code scheduled}
   * @throws NullPointerException if {@code campaign} is null
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
   * @return the page of campaigns with the total count; empty items past the end
   * @throws IllegalArgumentException for a negative {@code offset} or a {@code limit} outside 1 to 1000
   */
  OffsetPage<PushCampaign> list(int offset, int limit);

  /**
   * Every campaign, newest first, fetched a page at a time as the stream is consumed.
   *
   * @return a lazy stream of the campaigns, empty when there are none
   */
  Stream<PushCampaign> listAll();

  /**
   * Reads one campaign, with its current status and stats.
   *
   * @param campaignId the campaign's id, not blank
   * @return the campaign
   * @throws IllegalArgumentException if {@code campaignId} is null or blank, before anything is sent
   * @throws dev.amba.AmbaNotFoundException when there is no such campaign in the project
   */
  PushCampaign get(String campaignId);

  /**
   * Changes a draft or scheduled campaign; only the fields set on {@code update} change.
   *
   * @param campaignId the campaign's id, not blank
   * @param update the changes, with at least one field set
   * @return the campaign as it is after the change
   * @throws IllegalArgumentException if {@code campaignId} is null or blank, before anything is sent
   * @throws IllegalArgumentException if {@code update} sets no field
   * @throws NullPointerException if {@code update} is null
   * @throws dev.amba.AmbaNotFoundException when there is no such campaign in the project
   * @throws dev.amba.AmbaConflictException when the campaign is no longer a draft or scheduled
   */
  PushCampaign update(String campaignId, CampaignUpdate update);

  /**
   * Deletes a draft or scheduled campaign.
   *
   * @param campaignId the campaign's id, not blank
   * @throws IllegalArgumentException if {@code campaignId} is null or blank, before anything is sent
   * @throws dev.amba.AmbaNotFoundException when there is no such campaign in the project
   * @throws dev.amba.AmbaConflictException when the campaign is no longer a draft or scheduled
   */
  void delete(String campaignId);

  /**
   * Sends a draft now. The answer's status is {@code sending}; the stats fill as devices are reached.
   *
   * @param campaignId the campaign's id, not blank
   * @return the campaign, status {@code sending}
   * @throws IllegalArgumentException if {@code campaignId} is null or blank, before anything is sent
   * @throws dev.amba.AmbaNotFoundException when there is no such campaign in the project
   * @throws dev.amba.AmbaConflictException code {@code already_sent} when it was sent before,
   *     {@code already_scheduled} when it is scheduled (unschedule it first to send it now;
   *     {@link dev.amba.AmbaApiException#hasCode hasCode} ignores case)
   */
  PushCampaign send(String campaignId);
}
