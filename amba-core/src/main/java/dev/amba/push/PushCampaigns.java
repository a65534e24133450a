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
   */
  OffsetPage<PushCampaign> list(int offset, int limit);

  /** Every campaign, newest first, fetched a page at a time as the stream is consumed. */
  Stream<PushCampaign> listAll();

  /** @throws dev.amba.AmbaNotFoundException when there is no such campaign in the project */
  PushCampaign get(String campaignId);

  /**
   * @throws dev.amba.AmbaConflictException when the campaign is no longer a draft or scheduled
   */
  PushCampaign update(String campaignId, CampaignUpdate update);

  /**
   * @throws dev.amba.AmbaConflictException when the campaign is no longer a draft or scheduled
   */
  void delete(String campaignId);

  /**
   * Sends a draft now. The answer's status is {@code sending}; the stats fill as devices are reached.
   *
   * @throws dev.amba.AmbaConflictException code {@code already_sent} when it was sent before,
   *     {@code already_scheduled} when it is scheduled (unschedule it first to send it now;
   *     {@link dev.amba.AmbaApiException#hasCode hasCode} ignores case)
   */
  PushCampaign send(String campaignId);
}
