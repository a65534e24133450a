package dev.amba.internal;

/**
 * Every path and header name the SDK sends, in one table. Rows marked X in amba-api.md (decided by
 * this project, not documented by Amba) live only here, so a correction is a one-line change.
 */
public final class Routes {

  private Routes() {}

  // Headers
  public static final String API_KEY = "X-Api-Key";
  public static final String AUTHORIZATION = "Authorization";
  /** X: Amba documents an "internal on-behalf-of mechanism" but not its header name. */
  public static final String ON_BEHALF_OF = "X-Amba-On-Behalf-Of";
  public static final String SDK_VERSION = "X-SDK-Version";
  /** X: one id per logical call, repeated on its retries. */
  public static final String REQUEST_ID = "X-Request-Id";
  /** X for the header name. */
  public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  public static final String IF_NONE_MATCH = "If-None-Match";
  public static final String ETAG = "ETag";

  // Unversioned
  public static final String HEALTH = "/health";

  // Client plane
  public static final String AUTH_ANONYMOUS = "/v1/client/auth/anonymous";
  public static final String AUTH_EMAIL_SIGNUP = "/v1/client/auth/email/signup";
  public static final String AUTH_EMAIL_LOGIN = "/v1/client/auth/email/login";
  public static final String USERS_ME = "/v1/client/users/me";
  public static final String CLIENT_EVENTS = "/v1/client/events";
  /** X: Amba documents the presign and commit bodies, not their paths. */
  public static final String STORAGE_PRESIGN = "/v1/client/storage/presign";
  /** X, like {@link #STORAGE_PRESIGN}. */
  public static final String STORAGE_COMMIT = "/v1/client/storage/commit";
  public static final String MEDIA = "/v1/client/media";
  public static final String PUSH_TOKEN = "/v1/client/users/me/push-token";

  public static String media(String assetId) {
    return MEDIA + "/" + PathSegment.encode(assetId, "assetId");
  }
  public static final String CLIENT_CONFIG = "/v1/client/config";
  public static final String CLIENT_ENTITLEMENTS = "/v1/client/entitlements";
  /** X: Amba documents the body and answer of the AI proxy, not its paths. */
  public static final String AI_ANTHROPIC_MESSAGES = "/v1/client/ai/anthropic/messages";
  /** X, like {@link #AI_ANTHROPIC_MESSAGES}. */
  public static final String AI_OPENAI_CHAT_COMPLETIONS = "/v1/client/ai/openai/chat/completions";

  // Admin plane
  public static String admin(String projectId, String rest) {
    return "/v1/admin/projects/" + PathSegment.encode(projectId, "projectId") + rest;
  }

  /** X: the emulator's bucket route; Amba creates buckets in its console. */
  public static String adminStorageBuckets(String projectId) {
    return admin(projectId, "/storage/buckets");
  }

  public static String adminPushCampaigns(String projectId) {
    return admin(projectId, "/push/campaigns");
  }

  public static String adminPushCampaign(String projectId, String campaignId) {
    return adminPushCampaigns(projectId) + "/" + PathSegment.encode(campaignId, "campaignId");
  }

  public static String adminPushCampaignSend(String projectId, String campaignId) {
    return adminPushCampaign(projectId, campaignId) + "/send";
  }

  public static String adminPushTest(String projectId) {
    return admin(projectId, "/push/test");
  }

  public static String adminEvents(String projectId) {
    return admin(projectId, "/events");
  }

  public static String adminUsers(String projectId) {
    return admin(projectId, "/users");
  }

  // Collections (section 5): C for the client paths, D for the admin ones.
  public static String clientCollection(String name) {
    return "/v1/client/collections/" + PathSegment.encode(name, "collection name");
  }

  public static String clientCollectionRow(String name, String id) {
    return clientCollection(name) + "/" + PathSegment.encode(id, "id");
  }

  public static String clientCollectionCount(String name) {
    return clientCollection(name) + "/count";
  }

  public static String adminCollections(String projectId) {
    return admin(projectId, "/collections");
  }

  public static String adminCollection(String projectId, String name) {
    return adminCollections(projectId) + "/" + PathSegment.encode(name, "collection name");
  }

  public static String adminUser(String projectId, String userId) {
    return admin(projectId, "/users/" + PathSegment.encode(userId, "userId"));
  }

  public static String adminUserEntitlements(String projectId, String userId) {
    return adminUser(projectId, userId) + "/entitlements";
  }

  public static String adminEventsCount(String projectId) {
    return admin(projectId, "/events/count");
  }

  public static String adminAiPrompts(String projectId) {
    return admin(projectId, "/ai/prompts");
  }

  public static String adminConfig(String projectId) {
    return admin(projectId, "/config");
  }

  public static String adminConfigKey(String projectId, String key) {
    return admin(projectId, "/config/" + PathSegment.encode(key, "key"));
  }
}
