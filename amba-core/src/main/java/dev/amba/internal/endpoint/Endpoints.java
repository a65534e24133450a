package dev.amba.internal.endpoint;

import static dev.amba.internal.endpoint.Credential.ACTING_USER;
import static dev.amba.internal.endpoint.Credential.CLIENT_KEY;
import static dev.amba.internal.endpoint.Credential.CLIENT_KEY_OPTIONAL_USER;
import static dev.amba.internal.endpoint.Credential.NONE;
import static dev.amba.internal.endpoint.Credential.SERVER_KEY;
import static dev.amba.internal.endpoint.Retry.BODY_IDS;
import static dev.amba.internal.endpoint.Retry.IDEMPOTENCY_ID;
import static dev.amba.internal.endpoint.Retry.METHOD;
import static dev.amba.internal.endpoint.Retry.NEVER;

import java.util.ArrayList;
import java.util.List;

/**
 * Every endpoint the SDK speaks and the emulator serves. Rows marked X in amba-api.md (decided by
 * this project, not documented by Amba) are commented so; a correction is a one-line change here.
 */
public final class Endpoints {

  private Endpoints() {}

  private static final List<Endpoint> ALL = new ArrayList<>();

  private static final String CLIENT = "/v1/client";
  private static final String ADMIN = "/v1/admin/projects/{projectId}";

  private static Endpoint declare(String name, String method, String template, Credential credential, Retry retry,
      Shape shape) {
    return add(new Endpoint(name, method, template, credential, retry, shape, false));
  }

  private static Endpoint emulatorOnly(String name, String method, String template, Credential credential,
      Retry retry, Shape shape) {
    return add(new Endpoint(name, method, template, credential, retry, shape, true));
  }

  private static Endpoint add(Endpoint endpoint) {
    for (Endpoint e : ALL) {
      if (e.name().equals(endpoint.name())
          || e.method().equals(endpoint.method()) && e.template().equals(endpoint.template())) {
        throw new IllegalStateException("declared twice: " + endpoint);
      }
    }
    ALL.add(endpoint);
    return endpoint;
  }

  // Unversioned
  public static final Endpoint HEALTH = declare("health", "GET", "/health", NONE, METHOD, Shape.RAW);

  // Client plane: authentication
  public static final Endpoint AUTH_ANONYMOUS =
      declare("auth.anonymous", "POST", CLIENT + "/auth/anonymous", CLIENT_KEY, NEVER, Shape.ITEM);
  public static final Endpoint AUTH_EMAIL_SIGNUP =
      declare("auth.email.signup", "POST", CLIENT + "/auth/email/signup", CLIENT_KEY, NEVER, Shape.ITEM);
  public static final Endpoint AUTH_EMAIL_LOGIN =
      declare("auth.email.login", "POST", CLIENT + "/auth/email/login", CLIENT_KEY, NEVER, Shape.ITEM);

  // Client plane: the acting user
  public static final Endpoint USERS_ME =
      declare("users.me", "GET", CLIENT + "/users/me", ACTING_USER, METHOD, Shape.ITEM);
  public static final Endpoint USERS_ME_UPDATE =
      declare("users.me.update", "PATCH", CLIENT + "/users/me", ACTING_USER, NEVER, Shape.ITEM);
  public static final Endpoint EVENTS_TRACK =
      declare("events.track", "POST", CLIENT + "/events", ACTING_USER, BODY_IDS, Shape.ITEM);
  /** X: Amba documents the presign and commit bodies, not their paths. */
  public static final Endpoint STORAGE_PRESIGN =
      declare("storage.presign", "POST", CLIENT + "/storage/presign", ACTING_USER, NEVER, Shape.ITEM);
  /** X, like {@link #STORAGE_PRESIGN}. */
  public static final Endpoint STORAGE_COMMIT =
      declare("storage.commit", "POST", CLIENT + "/storage/commit", ACTING_USER, NEVER, Shape.ITEM);
  public static final Endpoint MEDIA_LIST =
      declare("storage.media.list", "GET", CLIENT + "/media", ACTING_USER, METHOD, Shape.OFFSET_LIST);
  public static final Endpoint MEDIA_GET =
      declare("storage.media.get", "GET", CLIENT + "/media/{assetId}", ACTING_USER, METHOD, Shape.ITEM);
  public static final Endpoint MEDIA_DELETE =
      declare("storage.media.delete", "DELETE", CLIENT + "/media/{assetId}", ACTING_USER, METHOD, Shape.NONE);
  public static final Endpoint PUSH_TOKEN_REGISTER =
      declare("push.token.register", "POST", CLIENT + "/users/me/push-token", ACTING_USER, BODY_IDS, Shape.ITEM);
  public static final Endpoint PUSH_TOKEN_UNREGISTER =
      declare("push.token.unregister", "DELETE", CLIENT + "/users/me/push-token", ACTING_USER, METHOD, Shape.NONE);
  public static final Endpoint CONFIG_VALUES =
      declare("config.values", "GET", CLIENT + "/config", CLIENT_KEY_OPTIONAL_USER, METHOD, Shape.ITEM);
  public static final Endpoint ENTITLEMENTS_LIST =
      declare("entitlements.list", "GET", CLIENT + "/entitlements", ACTING_USER, METHOD, Shape.LIST);
  /** X: Amba documents the body and answer of the AI proxy, not its paths. */
  public static final Endpoint AI_ANTHROPIC_MESSAGES = declare("ai.anthropic.messages", "POST",
      CLIENT + "/ai/anthropic/messages", ACTING_USER, NEVER, Shape.RAW);
  /** X, like {@link #AI_ANTHROPIC_MESSAGES}. */
  public static final Endpoint AI_OPENAI_CHAT_COMPLETIONS = declare("ai.openai.chat.completions", "POST",
      CLIENT + "/ai/openai/chat/completions", ACTING_USER, NEVER, Shape.RAW);

  // Client plane: collections (section 5, C rows)
  private static final String COLLECTION = CLIENT + "/collections/{name}";
  public static final Endpoint COLLECTIONS_INSERT =
      declare("collections.insert", "POST", COLLECTION, ACTING_USER, IDEMPOTENCY_ID, Shape.ITEM);
  public static final Endpoint COLLECTIONS_FIND =
      declare("collections.find", "GET", COLLECTION, ACTING_USER, METHOD, Shape.CURSOR_LIST);
  public static final Endpoint COLLECTIONS_COUNT =
      declare("collections.count", "GET", COLLECTION + "/count", ACTING_USER, METHOD, Shape.ITEM);
  public static final Endpoint COLLECTIONS_GET =
      declare("collections.get", "GET", COLLECTION + "/{id}", ACTING_USER, METHOD, Shape.ITEM);
  public static final Endpoint COLLECTIONS_UPDATE =
      declare("collections.update", "PATCH", COLLECTION + "/{id}", ACTING_USER, NEVER, Shape.ITEM);
  public static final Endpoint COLLECTIONS_DELETE =
      declare("collections.delete", "DELETE", COLLECTION + "/{id}", ACTING_USER, METHOD, Shape.ITEM);

  // Admin plane
  public static final Endpoint ADMIN_USERS_LIST =
      declare("admin.users.list", "GET", ADMIN + "/users", SERVER_KEY, METHOD, Shape.OFFSET_LIST);
  public static final Endpoint ADMIN_USERS_GET =
      declare("admin.users.get", "GET", ADMIN + "/users/{userId}", SERVER_KEY, METHOD, Shape.ITEM);
  public static final Endpoint ADMIN_ENTITLEMENTS_GRANT = declare("admin.entitlements.grant", "POST",
      ADMIN + "/users/{userId}/entitlements", SERVER_KEY, BODY_IDS, Shape.ITEM);
  public static final Endpoint ADMIN_EVENTS_INGEST =
      declare("admin.events.ingest", "POST", ADMIN + "/events", SERVER_KEY, BODY_IDS, Shape.ITEM);
  public static final Endpoint ADMIN_EVENTS_LIST =
      declare("admin.events.list", "GET", ADMIN + "/events", SERVER_KEY, METHOD, Shape.CURSOR_LIST);
  public static final Endpoint ADMIN_EVENTS_COUNT =
      declare("admin.events.count", "GET", ADMIN + "/events/count", SERVER_KEY, METHOD, Shape.ITEM);
  public static final Endpoint ADMIN_AI_PROMPTS_UPSERT =
      declare("admin.ai.prompts.upsert", "POST", ADMIN + "/ai/prompts", SERVER_KEY, NEVER, Shape.ITEM);
  public static final Endpoint ADMIN_CONFIG_LIST =
      declare("admin.config.list", "GET", ADMIN + "/config", SERVER_KEY, METHOD, Shape.LIST);
  public static final Endpoint ADMIN_CONFIG_CREATE =
      declare("admin.config.create", "POST", ADMIN + "/config", SERVER_KEY, NEVER, Shape.ITEM);
  public static final Endpoint ADMIN_CONFIG_GET =
      declare("admin.config.get", "GET", ADMIN + "/config/{key}", SERVER_KEY, METHOD, Shape.ITEM);
  public static final Endpoint ADMIN_CONFIG_UPDATE =
      declare("admin.config.update", "PATCH", ADMIN + "/config/{key}", SERVER_KEY, NEVER, Shape.ITEM);
  public static final Endpoint ADMIN_CONFIG_DELETE =
      declare("admin.config.delete", "DELETE", ADMIN + "/config/{key}", SERVER_KEY, METHOD, Shape.NONE);

  private static final String CAMPAIGNS = ADMIN + "/push/campaigns";
  public static final Endpoint ADMIN_PUSH_CAMPAIGNS_CREATE =
      declare("admin.push.campaigns.create", "POST", CAMPAIGNS, SERVER_KEY, NEVER, Shape.ITEM);
  public static final Endpoint ADMIN_PUSH_CAMPAIGNS_LIST =
      declare("admin.push.campaigns.list", "GET", CAMPAIGNS, SERVER_KEY, METHOD, Shape.OFFSET_LIST);
  public static final Endpoint ADMIN_PUSH_CAMPAIGNS_GET =
      declare("admin.push.campaigns.get", "GET", CAMPAIGNS + "/{campaignId}", SERVER_KEY, METHOD, Shape.ITEM);
  public static final Endpoint ADMIN_PUSH_CAMPAIGNS_UPDATE =
      declare("admin.push.campaigns.update", "PATCH", CAMPAIGNS + "/{campaignId}", SERVER_KEY, NEVER, Shape.ITEM);
  public static final Endpoint ADMIN_PUSH_CAMPAIGNS_DELETE =
      declare("admin.push.campaigns.delete", "DELETE", CAMPAIGNS + "/{campaignId}", SERVER_KEY, METHOD, Shape.NONE);
  public static final Endpoint ADMIN_PUSH_CAMPAIGNS_SEND = declare("admin.push.campaigns.send", "POST",
      CAMPAIGNS + "/{campaignId}/send", SERVER_KEY, NEVER, Shape.ITEM);
  /** Revision 2: under {@code campaigns}, as Amba's newer admin push reference has it (not {@code /push/test}). */
  public static final Endpoint ADMIN_PUSH_TEST =
      declare("admin.push.test", "POST", CAMPAIGNS + "/test", SERVER_KEY, NEVER, Shape.ITEM);
  /** Not retried, like a campaign create: a lost answer must not schedule the push twice. */
  public static final Endpoint ADMIN_USER_PUSH_SCHEDULE = declare("admin.users.push_schedule", "POST",
      ADMIN + "/users/{userId}/push-schedule", SERVER_KEY, NEVER, Shape.ITEM);

  // Admin plane: collections (section 5, D rows)
  public static final Endpoint ADMIN_COLLECTIONS_CREATE =
      declare("admin.collections.create", "POST", ADMIN + "/collections", SERVER_KEY, NEVER, Shape.ITEM);
  public static final Endpoint ADMIN_COLLECTIONS_LIST =
      declare("admin.collections.list", "GET", ADMIN + "/collections", SERVER_KEY, METHOD, Shape.OFFSET_LIST);
  public static final Endpoint ADMIN_COLLECTIONS_GET =
      declare("admin.collections.get", "GET", ADMIN + "/collections/{name}", SERVER_KEY, METHOD, Shape.ITEM);
  public static final Endpoint ADMIN_COLLECTIONS_UPDATE =
      declare("admin.collections.update", "PATCH", ADMIN + "/collections/{name}", SERVER_KEY, NEVER, Shape.ITEM);
  public static final Endpoint ADMIN_COLLECTIONS_DELETE =
      declare("admin.collections.delete", "DELETE", ADMIN + "/collections/{name}", SERVER_KEY, METHOD, Shape.ITEM);

  // Emulator only: Amba has no such route, so the OpenAPI description leaves these out.
  /** X: Amba creates buckets in its console; the SDK's admin call exists for the emulator. */
  public static final Endpoint ADMIN_STORAGE_BUCKETS_CREATE = emulatorOnly("admin.storage.buckets.create", "POST",
      ADMIN + "/storage/buckets", SERVER_KEY, NEVER, Shape.ITEM);
  /** The path segment that marks the fault switch, which faults never apply to. */
  public static final String FAULTS_MARKER = "/_emulator/faults";
  public static final Endpoint EMULATOR_FAULTS_ADD =
      emulatorOnly("emulator.faults.add", "POST", ADMIN + FAULTS_MARKER, SERVER_KEY, NEVER, Shape.ITEM);
  public static final Endpoint EMULATOR_FAULTS_STATE =
      emulatorOnly("emulator.faults.state", "GET", ADMIN + FAULTS_MARKER, SERVER_KEY, METHOD, Shape.ITEM);
  public static final Endpoint EMULATOR_FAULTS_RESET =
      emulatorOnly("emulator.faults.reset", "DELETE", ADMIN + FAULTS_MARKER, SERVER_KEY, METHOD, Shape.NONE);
  /** The emulator's storage host: the signed URL is the only credential. */
  public static final Endpoint EMULATOR_UPLOAD =
      emulatorOnly("emulator.storage.upload", "PUT", "/_emulator/uploads/{uploadId}", NONE, METHOD, Shape.NONE);
  /** Like {@link #EMULATOR_UPLOAD}: a private file's URL carries its own signature. */
  public static final Endpoint EMULATOR_DOWNLOAD = emulatorOnly("emulator.storage.download", "GET",
      "/_emulator/media/{assetId}/{filename}", NONE, METHOD, Shape.RAW);

  private static final List<Endpoint> FROZEN = List.copyOf(ALL);

  /** Every endpoint, in declaration order. */
  public static List<Endpoint> all() {
    return FROZEN;
  }
}
