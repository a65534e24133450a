package dev.amba.push;

/** Admin push operations (server key): campaigns and test pushes. */
public interface AdminPush {

  PushCampaigns campaigns();

  /**
   * Sends a test notification right away, outside any campaign.
   *
   * @throws dev.amba.AmbaBadRequestException status 422 when there is no active token to send to
   */
  TestPushResult sendTest(TestPush push);
}
