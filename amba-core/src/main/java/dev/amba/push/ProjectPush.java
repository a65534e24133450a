package dev.amba.push;

/** Admin push operations (server key): campaigns, test pushes and one user's scheduled pushes. */
public interface ProjectPush {

  /**
   * The project's campaigns: create, list, change, delete and send.
   *
   * @return the campaign operations, bound to this client
   */
  PushCampaigns campaigns();

  /**
   * Sends a test notification right away, outside any campaign.
   *
   * @param push the notification, to one user's devices or to every active token
   * @return how many devices it went to, with the server's summary
   * @throws NullPointerException if {@code push} is null
   * @throws dev.amba.AmbaBadRequestException status 422 when there is no active token to send to
   */
  TestPushResult sendTest(TestPush push);

  /**
   * Schedules a notification for one user: a scheduled campaign that, when its time comes, reaches
   * only this user's active devices. It is listed, read, changed and deleted like any campaign.
   *
   * @param userId the app user it is for
   * @param push the notification and its instant
   * @return the scheduled campaign that carries it, status {@code scheduled}
   * @throws NullPointerException if {@code push} is null
   * @throws IllegalArgumentException for a malformed {@code userId}, before anything is sent
   * @throws dev.amba.AmbaNotFoundException code {@code user_not_found} when the project has no such user
   * @throws dev.amba.AmbaBadRequestException code {@code scheduled_at_in_past} when the instant is not
   *     in the future by the server's clock ({@link dev.amba.AmbaApiException#hasCode hasCode}
   *     ignores case)
   */
  PushCampaign scheduleForUser(String userId, ScheduledPush push);
}
