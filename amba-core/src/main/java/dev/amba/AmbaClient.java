package dev.amba;

import dev.amba.email.ProjectEmail;
import dev.amba.experiments.ProjectExperiments;
import dev.amba.achievements.ProjectAchievements;
import dev.amba.ai.ProjectAi;
import dev.amba.challenges.ProjectChallenges;
import dev.amba.auth.ProjectAuth;
import dev.amba.catalog.ProjectCatalog;
import dev.amba.collections.ProjectCollections;
import dev.amba.config.ProjectConfig;
import dev.amba.entitlements.ProjectEntitlements;
import dev.amba.events.ProjectEvents;
import dev.amba.leaderboards.ProjectLeaderboards;
import dev.amba.leagues.ProjectLeagues;
import dev.amba.internal.client.ClientFactory;
import dev.amba.internal.util.SdkVersion;
import dev.amba.push.ProjectPush;
import dev.amba.storage.ProjectStorage;
import dev.amba.currencies.ProjectCurrencies;
import dev.amba.inventory.ProjectInventory;
import dev.amba.streaks.ProjectStreaks;
import dev.amba.referrals.ProjectReferrals;
import dev.amba.flags.ProjectFlags;
import dev.amba.segments.ProjectSegments;
import dev.amba.stores.ProjectStores;
import dev.amba.content.ProjectContent;
import dev.amba.feeds.ProjectFeeds;
import dev.amba.sessions.ProjectSessions;
import dev.amba.friends.ProjectFriends;
import dev.amba.diagnostics.ProjectDiagnostics;
import dev.amba.moderation.ProjectModeration;
import dev.amba.reviews.ProjectReviews;
import dev.amba.deeplinks.ProjectDeepLinks;
import dev.amba.onboarding.ProjectOnboarding;
import dev.amba.roles.ProjectRoles;
import dev.amba.groups.ProjectGroups;
import dev.amba.messaging.ProjectMessaging;
import dev.amba.users.ProjectUsers;
import dev.amba.xp.ProjectXp;

/**
 * The server-trusted Amba client: one per service (or per tenant), configured once at boot,
 * thread-safe, sharing one pooled HTTP client across every call and every {@link #asUser} handle.
 *
 * <p>This type exposes only admin and project-wide operations. Everything done for an end user goes
 * through {@link #asUser(String)}, so a forgotten user scope is a compile error rather than a data
 * leak.
 *
 * <pre>{@code
 * AmbaClient amba = AmbaClient.fromEnvironment();
 * amba.asUser(uid).events().track("checkout_completed", Map.of("amount", 99));
 * }</pre>
 */
public interface AmbaClient extends AutoCloseable {

  /** This SDK's version, the Maven project version; sent as {@code X-SDK-Version: amba-java/<version>}. */
  String SDK_VERSION = SdkVersion.VERSION;

  /**
   * A client for the given settings. The caller owns it and closes it at shutdown.
   *
   * @param config the project, keys, URL and transport settings
   * @return a new client
   * @throws NullPointerException if {@code config} is null
   */
  static AmbaClient configure(AmbaConfig config) {
    return ClientFactory.create(config);
  }

  /**
   * A client from {@code AMBA_PROJECT_ID}, {@code AMBA_CLIENT_KEY}, {@code AMBA_SERVER_KEY}, {@code AMBA_API_URL}.
   *
   * @return a new client, as {@link #configure} with {@link AmbaConfig#fromEnvironment()}
   * @throws IllegalArgumentException when a required variable is missing or malformed
   */
  static AmbaClient fromEnvironment() {
    return configure(AmbaConfig.fromEnvironment());
  }

  /**
   * A handle acting for one end user: its reads see only that user's data, its writes are stamped
   * with that user. Costs no request and no session; safe to create per request.
   *
   * @param uid the end user's id in the app: 1 to 128 characters of {@code [A-Za-z0-9_.:-]}
   * @return the user's handle
   * @throws IllegalArgumentException if {@code uid} is empty, over 128 characters, or has characters
   *     outside {@code [A-Za-z0-9_.:-]}
   * @throws IllegalStateException if no server key is configured, or the client is closed
   */
  AmbaUser asUser(String uid);

  /**
   * Admin: the project's end users. Needs the server key.
   *
   * @return the {@link ProjectUsers} operations, sharing this client's connection, settings and options
   */
  ProjectUsers users();

  /**
   * Admin: storage buckets. Needs the server key. Uploads are per user, through {@code asUser(uid).storage()}.
   *
   * @return the {@link ProjectStorage} operations, sharing this client's connection, settings and options
   */
  ProjectStorage storage();

  /**
   * Admin: push campaigns and test pushes. Needs the server key. Tokens are per user, through {@code asUser(uid).push()}.
   *
   * @return the {@link ProjectPush} operations, sharing this client's connection, settings and options
   */
  ProjectPush push();

  /**
   * Admin: collection schemas (define, describe, change, drop). Needs the server key. Rows are
   * read and written per user, through {@code asUser(uid).collection(name)}.
   *
   * @return the {@link ProjectCollections} operations, sharing this client's connection, settings and options
   */
  ProjectCollections collections();

  /**
   * Client-key calls that create or sign in end users (for a server that provisions users), and
   * {@code verifySession} for a BFF that learns who holds an Amba session token.
   *
   * @return the {@link ProjectAuth} operations, sharing this client's connection, settings and options
   */
  ProjectAuth auth();

  /**
   * Admin: analytics events of every user (bulk ingest, list, count). Needs the server key.
   *
   * @return the {@link ProjectEvents} operations, sharing this client's connection, settings and options
   */
  ProjectEvents events();

  /**
   * Admin: the AI proxy's prompts. Needs the server key.
   *
   * @return the {@link ProjectAi} operations, sharing this client's connection, settings and options
   */
  ProjectAi ai();

  /**
   * The project's remote config: {@code values()} as an anonymous app sees it (client key only,
   * ETag-cached), and the admin CRUD of its entries (server key). Not to be confused with
   * {@link #settings()}, this client's own settings.
   *
   * @return the {@link ProjectConfig} operations, sharing this client's connection, settings and options
   */
  ProjectConfig config();

  /**
   * Admin: grant or revoke users' entitlements. Needs the server key.
   *
   * @return the {@link ProjectEntitlements} operations, sharing this client's connection, settings and options
   */
  ProjectEntitlements entitlements();

  /**
   * Admin: streak definitions, and shields for users. Needs the server key.
   *
   * @return the {@link ProjectStreaks} operations, sharing this client's connection, settings and options
   */
  ProjectStreaks streaks();
  /**
   * Admin: XP rules and grants, and every user's XP. Needs the server key.
   *
   * @return the {@link ProjectXp} operations, sharing this client's connection, settings and options
   */
  ProjectXp xp();
  /**
   * Admin: currencies, grants of them to users (retry-safe), ledgers and event grant rules. Needs the server key.
   *
   * @return the {@link ProjectCurrencies} operations, sharing this client's connection, settings and options
   */
  ProjectCurrencies currencies();

  /**
   * Admin: achievement definitions. Needs the server key. A user's unlocks are read through {@code asUser(uid).achievements()}.
   *
   * @return the {@link ProjectAchievements} operations, sharing this client's connection, settings and options
   */
  ProjectAchievements achievements();

  /**
   * Admin: challenge definitions and their participants. Needs the server key. Users join through {@code asUser(uid).challenges()}.
   *
   * @return the {@link ProjectChallenges} operations, sharing this client's connection, settings and options
   */
  ProjectChallenges challenges();

  /**
   * Admin: the project's leaderboards; scores follow the users' events. Needs the server key.
   *
   * @return the {@link ProjectLeaderboards} operations, sharing this client's connection, settings and options
   */
  ProjectLeaderboards leaderboards();

  /**
   * Admin: the project's weekly league tiers. Needs the server key.
   *
   * @return the {@link ProjectLeagues} operations, sharing this client's connection, settings and options
   */
  ProjectLeagues leagues();

  /**
   * Admin: catalog items, their prices and bundle contents. Needs the server key.
   *
   * @return the {@link ProjectCatalog} operations, sharing this client's connection, settings and options
   */
  ProjectCatalog catalog();

  /**
   * Admin: stores and their listings. Needs the server key.
   *
   * @return the {@link ProjectStores} operations, sharing this client's connection, settings and options
   */
  ProjectStores stores();

  /**
   * Admin: users' inventories and grants of items (retry-safe). Needs the server key. Users buy through {@code asUser(uid).inventory()}.
   *
   * @return the {@link ProjectInventory} operations, sharing this client's connection, settings and options
   */
  ProjectInventory inventory();
  /**
   * Admin: referral codes (promo codes, the template for users' codes) and their claims. Needs the server key.
   *
   * @return the {@link ProjectReferrals} operations, sharing this client's connection, settings and options
   */
  ProjectReferrals referrals();
  /**
   * Admin: every pair of users (stats, lists, deletes); only the pair's users move it. Needs the server key.
   *
   * @return the {@link ProjectFriends} operations, sharing this client's connection, settings and options
   */
  ProjectFriends friends();

  /**
   * Admin: segments, the rule-defined groups of users that scope the users list, event counts,
   * stores and push campaigns; the four system segments included. Needs the server key.
   *
   * @return the {@link ProjectSegments} operations, sharing this client's connection, settings and options
   */
  ProjectSegments segments();

  /**
   * Admin: feature flags, the same for every user (section 34). Needs the server key.
   *
   * @return the {@link ProjectFlags} operations, sharing this client's connection, settings and options
   */
  ProjectFlags flags();

  /**
   * Admin: every group, and members' roles (how ownership moves). Needs the server key.
   *
   * @return the {@link ProjectGroups} operations, sharing this client's connection, settings and options
   */
  ProjectGroups groups();

  /**
   * Admin: feed rules and every feed item. Needs the server key.
   *
   * @return the {@link ProjectFeeds} operations, sharing this client's connection, settings and options
   */
  ProjectFeeds feeds();

  /**
   * Admin: email templates, sends to any user or address, deliveries and suppressions. Needs the
   * developer PAT ({@code AmbaConfig.Builder.pat(...)} or {@code AMBA_PAT}), not the server key.
   *
   * @return the {@link ProjectEmail} operations, sharing this client's connection, settings and options
   */
  ProjectEmail email();

  /**
   * Admin: experiments and their results. Needs the developer PAT ({@code AmbaConfig.Builder.pat(...)}
   * or {@code AMBA_PAT}), not the server key.
   *
   * @return the {@link ProjectExperiments} operations, sharing this client's connection, settings and options
   */
  ProjectExperiments experiments();

  /**
   * Admin: content libraries, their items (users' too) and the schedules that serve them. Needs the server key.
   *
   * @return the {@link ProjectContent} operations, sharing this client's connection, settings and options
   */
  ProjectContent content();

  /**
   * Admin: every user's app sessions and their analytics (DAU, durations). Needs the server key.
   *
   * @return the {@link ProjectSessions} operations, sharing this client's connection, settings and options
   */
  ProjectSessions sessions();
  /**
   * Whether the configured client key reaches a project, and which one. Needs only the client key.
   *
   * @return the {@link ProjectDiagnostics} operations, sharing this client's connection, settings and options
   */
  ProjectDiagnostics diagnostics();
  /**
   * Admin: the moderation queue (approve, reject, escalate), screening rules and users' trust levels. Needs the server key.
   *
   * @return the {@link ProjectModeration} operations, sharing this client's connection, settings and options
   */
  ProjectModeration moderation();

  /**
   * Admin: every review and reviewed item, approvals, stats and exports. Needs the server key.
   *
   * @return the {@link ProjectReviews} operations, sharing this client's connection, settings and options
   */
  ProjectReviews reviews();

  /**
   * Admin: every conversation, its messages (deletes) and stats; only participants write. Needs the server key.
   *
   * @return the {@link ProjectMessaging} operations, sharing this client's connection, settings and options
   */
  ProjectMessaging messaging();
  /**
   * Admin: tracked links, their click stats, and the project's link settings. Needs the server key.
   *
   * @return the {@link ProjectDeepLinks} operations, sharing this client's connection, settings and options
   */
  ProjectDeepLinks deepLinks();

  /**
   * Admin: onboarding flows (the oldest active one is users' primary flow) and their stats. Needs the server key.
   *
   * @return the {@link ProjectOnboarding} operations, sharing this client's connection, settings and options
   */
  ProjectOnboarding onboarding();

  /**
   * Admin: roles, the permissions they grant, and who has them. Needs the server key.
   *
   * @return the {@link ProjectRoles} operations, sharing this client's connection, settings and options
   */
  ProjectRoles roles();

  /**
   * {@code GET /health}: whether the API is ready. Throws only when no answer came at all.
   *
   * @return the answer's HTTP status and reported status, whatever they are
   * @throws AmbaTransportException when no answer came
   */
  Health health();

  /**
   * A view of this client whose calls use the given options; cheap, shares everything else.
   *
   * @param options the timeout, idempotency key or request id for the view's calls
   * @return the view, sharing this client's connections and settings
   * @throws NullPointerException if {@code options} is null
   */
  AmbaClient withOptions(RequestOptions options);

  /**
   * Runs {@code call} on the client's executor: the asynchronous form of every admin namespace. See
   * {@link AmbaUser#async} for the threading.
   *
   * @param <R> the call's result type
   * @param call the blocking calls to make, given this client
   * @return a future completed with the call's result, or exceptionally with what it threw
   * @throws IllegalStateException at once if the client is closed
   */
  <R> java.util.concurrent.CompletableFuture<R> async(java.util.function.Function<? super AmbaClient, ? extends R> call);

  /**
   * The settings this client was built with (keys redacted in its {@code toString()}).
   *
   * @return the configuration
   */
  AmbaConfig settings();

  /**
   * Releases what the client owns (its HTTP client, unless the caller passed one in). Further calls,
   * on this client and on its user handles, fail at once with {@link IllegalStateException}.
   */
  @Override
  void close();
}
