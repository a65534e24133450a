package dev.amba.internal.push;

import dev.amba.OffsetPage;
import dev.amba.internal.ProjectCalls;
import dev.amba.internal.Paging;
import dev.amba.internal.UserIds;
import dev.amba.internal.WireForms;
import dev.amba.internal.endpoint.PushEndpoints;
import dev.amba.push.CampaignUpdate;
import dev.amba.push.NewCampaign;
import dev.amba.push.ProjectPush;
import dev.amba.push.PushCampaign;
import dev.amba.push.PushCampaigns;
import dev.amba.push.ScheduledPush;
import dev.amba.push.TestPush;
import dev.amba.push.TestPushResult;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/** Campaigns, test pushes and one user's scheduled pushes (server key). */
public final class PushAdminClient implements ProjectPush, PushCampaigns {

  private static final int LIST_ALL_PAGE = 100;
  private static final int MAX_LIST_LIMIT = 1000;

  private final ProjectCalls calls;

  public PushAdminClient(ProjectCalls calls) {
    this.calls = calls;
  }

  @Override
  public PushCampaigns campaigns() {
    return this;
  }

  @Override
  public TestPushResult sendTest(TestPush push) {
    Objects.requireNonNull(push, "push");
    return calls.call(PushEndpoints.ADMIN_TEST)
        .body(WireForms.of(push)).data(TestPushResult.class);
  }

  @Override
  public PushCampaign scheduleForUser(String userId, ScheduledPush push) {
    UserIds.check(userId, "userId");
    Objects.requireNonNull(push, "push");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("title", push.title());
    body.put("body", push.body());
    if (!push.data().isEmpty()) {
      body.put("data", push.data());
    }
    body.put("scheduled_at", push.scheduledAt().toString());
    return calls.call(PushEndpoints.ADMIN_USER_SCHEDULE, userId)
        .body(body).<PushWire.Campaign>data(PushWire.Campaign.class).toPublic();
  }

  @Override
  public PushCampaign create(NewCampaign campaign) {
    Objects.requireNonNull(campaign, "campaign");
    return calls.call(PushEndpoints.ADMIN_CAMPAIGNS_CREATE)
        .body(WireForms.of(campaign)).<PushWire.Campaign>data(PushWire.Campaign.class).toPublic();
  }

  @Override
  public OffsetPage<PushCampaign> list(int offset, int limit) {
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative, got " + offset);
    }
    if (limit < 1 || limit > MAX_LIST_LIMIT) {
      throw new IllegalArgumentException("limit must be 1.." + MAX_LIST_LIMIT + ", got " + limit);
    }
    OffsetPage<PushWire.Campaign> page = calls.call(PushEndpoints.ADMIN_CAMPAIGNS_LIST)
        .query("limit", limit)
        .query("offset", offset)
        .offsetPage(PushWire.Campaign.class);
    return new OffsetPage<>(page.items().stream().map(PushWire.Campaign::toPublic).toList(), page.total(),
        page.offset(), page.limit());
  }

  @Override
  public Stream<PushCampaign> listAll() {
    return Paging.offsetStream(0, offset -> list(offset, LIST_ALL_PAGE));
  }

  @Override
  public PushCampaign get(String campaignId) {
    return calls.call(PushEndpoints.ADMIN_CAMPAIGNS_GET, checkId(campaignId))
        .<PushWire.Campaign>data(PushWire.Campaign.class).toPublic();
  }

  @Override
  public PushCampaign update(String campaignId, CampaignUpdate update) {
    checkId(campaignId);
    Objects.requireNonNull(update, "update");
    if (WireForms.of(update).isEmpty()) {
      throw new IllegalArgumentException("update: set at least one field");
    }
    return calls.call(PushEndpoints.ADMIN_CAMPAIGNS_UPDATE, campaignId)
        .body(WireForms.of(update)).<PushWire.Campaign>data(PushWire.Campaign.class).toPublic();
  }

  @Override
  public void delete(String campaignId) {
    calls.call(PushEndpoints.ADMIN_CAMPAIGNS_DELETE, checkId(campaignId))
        .noContent();
  }

  @Override
  public PushCampaign send(String campaignId) {
    // Not retried: a send that reached the server and lost its answer must not be repeated blindly;
    // the caller can read the campaign's status to find out.
    return calls.call(PushEndpoints.ADMIN_CAMPAIGNS_SEND, checkId(campaignId)).<PushWire.Campaign>data(PushWire.Campaign.class).toPublic();
  }

  private static String checkId(String campaignId) {
    if (campaignId == null || campaignId.isBlank()) {
      throw new IllegalArgumentException("campaignId must not be " + (campaignId == null ? "null" : "blank"));
    }
    return campaignId;
  }
}
