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
   * @param config the project, keys, API URL and transport settings, from {@link AmbaConfig#builder()}
   *     or {@link AmbaConfig#fromEnvironment()}
   * @return a new client, ready to call
   */
  static AmbaClient configure(AmbaConfig config) {
    return ClientFactory.create(config);
  }

  /**
   * A client from {@code AMBA_PROJECT_ID}, {@code AMBA_CLIENT_KEY}, {@code AMBA_SERVER_KEY}, {@code AMBA_API_URL}.
   *
   * @return a new client configured by {@link AmbaConfig#fromEnvironment()}
   */
  static AmbaClient fromEnvironment() {
    return configure(AmbaConfig.fromEnvironment());
  }

  /**
   * A handle acting for one end user: its reads see only that user's data, its writes are stamped
   * with that user. Costs no request and no session; safe to create per request.
   *
   * @param uid the end user's id in the app
   * @return a handle for that user, sharing this client's connections
   * @throws IllegalArgumentException if {@code uid} is empty, over 128 characters, or has characters
   *     outside {@code [A-Za-z0-9_.:-]}
   * @throws IllegalStateException if no server key is configured, or the client is closed
   */
  AmbaUser asUser(String uid);

  /**
   * Admin: the project's end users. Needs the server key.
   *
   * @return the {@code users} namespace of this client
   */
  ProjectUsers users();

  /**
   * Admin: storage buckets. Needs the server key. Uploads are per user, through {@code asUser(uid).storage()}.
   *
   * @return the {@code storage} namespace of this client
   */
  ProjectStorage storage();

  /**
   * Admin: push campaigns and test pushes. Needs the server key. Tokens are per user, through {@code asUser(uid).push()}.
   *
   * @return the {@code push} namespace of this client
   */
  ProjectPush push();

  /**
   * Admin: collection schemas (define, describe, change, drop). Needs the server key. Rows are
   * read and written per user, through {@code asUser(uid).collection(name)}.
   *
   * @return the {@code collections} namespace of this client
   */
  ProjectCollections collections();

  /**
   * Client-key calls that create or sign in end users (for a server that provisions users), and
   * {@code verifySession} for a BFF that learns who holds an Amba session token.
   *
   * @return the {@code auth} namespace of this client
   */
  ProjectAuth auth();

  /**
   * Admin: analytics events of every user (bulk ingest, list, count). Needs the server key.
   *
   * @return the {@code events} namespace of this client
   */
  ProjectEvents events();

  /**
   * Admin: the AI proxy's prompts. Needs the server key.
   *
   * @return the {@code ai} namespace of this client
   */
  ProjectAi ai();

  /**
   * The project's remote config: {@code values()} as an anonymous app sees it (client key only,
   * ETag-cached), and the admin CRUD of its entries (server key). Not to be confused with
   * {@link #settings()}, this client's own settings.
   *
   * @return the {@code config} namespace of this client
   */
  ProjectConfig config();

  /**
   * Admin: grant or revoke users' entitlements. Needs the server key.
   *
   * @return the {@code entitlements} namespace of this client
   */
  ProjectEntitlements entitlements();

  /**
   * Admin: streak definitions, and shields for users. Needs the server key.
   *
   * @return the {@code streaks} namespace of this client
   */
  ProjectStreaks streaks();
  /**
   * Admin: XP rules and grants, and every user's XP. Needs the server key.
   *
   * @return the {@code xp} namespace of this client
   */
  ProjectXp xp();
  /**
   * Admin: currencies, grants of them to users (retry-safe), ledgers and event grant rules. Needs the server key.
   *
   * @return the {@code currencies} namespace of this client
   */
  ProjectCurrencies currencies();

  /**
   * Admin: achievement definitions. Needs the server key. A user's unlocks are read through {@code asUser(uid).achievements()}.
   *
   * @return the {@code achievements} namespace of this client
   */
  ProjectAchievements achievements();

  /**
   * Admin: challenge definitions and their participants. Needs the server key. Users join through {@code asUser(uid).challenges()}.
   *
   * @return the {@code challenges} namespace of this client
   */
  ProjectChallenges challenges();

  /**
   * Admin: the project's leaderboards; scores follow the users' events. Needs the server key.
   *
   * @return the {@code leaderboards} namespace of this client
   */
  ProjectLeaderboards leaderboards();

  /**
   * Admin: the project's weekly league tiers. Needs the server key.
   *
   * @return the {@code leagues} namespace of this client
   */
  ProjectLeagues leagues();

  /**
   * Admin: catalog items, their prices and bundle contents. Needs the server key.
   *
   * @return the {@code catalog} namespace of this client
   */
  ProjectCatalog catalog();

  /**
   * Admin: stores and their listings. Needs the server key.
   *
   * @return the {@code stores} namespace of this client
   */
  ProjectStores stores();

  /**
   * Admin: users' inventories and grants of items (retry-safe). Needs the server key. Users buy through {@code asUser(uid).inventory()}.
   *
   * @return the {@code inventory} namespace of this client
   */
  ProjectInventory inventory();
  /**
   * Admin: referral codes (promo codes, the template for users' codes) and their claims. Needs the server key.
   *
   * @return the {@code referrals} namespace of this client
   */
  ProjectReferrals referrals();
  /**
   * Admin: every pair of users (stats, lists, deletes); only the pair's users move it. Needs the server key.
   *
   * @return the {@code friends} namespace of this client
   */
  ProjectFriends friends();

  /**
   * Admin: segments, the rule-defined groups of users that scope the users list, event counts,
   * stores and push campaigns; the four system segments included. Needs the server key.
   *
   * @return the {@code segments} namespace of this client
   */
  ProjectSegments segments();

  /**
   * Admin: feature flags, the same for every user (section 34). Needs the server key.
   *
   * @return the {@code flags} namespace of this client
   */
  ProjectFlags flags();

  /**
   * Admin: every group, and members' roles (how ownership moves). Needs the server key.
   *
   * @return the {@code groups} namespace of this client
   */
  ProjectGroups groups();

  /**
   * Admin: feed rules and every feed item. Needs the server key.
   *
   * @return the {@code feeds} namespace of this client
   */
  ProjectFeeds feeds();

  /**
   * Admin: email templates, sends to any user or address, deliveries and suppressions. Needs the
   * developer PAT ({@code AmbaConfig.Builder.pat(...)} or {@code AMBA_PAT}), not the server key.
   *
   * @return the {@code email} namespace of this client
   */
  ProjectEmail email();

  /**
   * Admin: experiments and their results. Needs the developer PAT ({@code AmbaConfig.Builder.pat(...)}
   * or {@code AMBA_PAT}), not the server key.
   *
   * @return the {@code experiments} namespace of this client
   */
  ProjectExperiments experiments();

  /**
   * Admin: content libraries, their items (users' too) and the schedules that serve them. Needs the server key.
   *
   * @return the {@code content} namespace of this client
   */
  ProjectContent content();

  /**
   * Admin: every user's app sessions and their analytics (DAU, durations). Needs the server key.
   *
   * @return the {@code sessions} namespace of this client
   */
  ProjectSessions sessions();
  /**
   * Whether the configured client key reaches a project, and which one. Needs only the client key.
   *
   * @return the {@code diagnostics} namespace of this client
   */
  ProjectDiagnostics diagnostics();
  /**
   * Admin: the moderation queue (approve, reject, escalate), screening rules and users' trust levels. Needs the server key.
   *
   * @return the {@code moderation} namespace of this client
   */
  ProjectModeration moderation();

  /**
   * Admin: every review and reviewed item, approvals, stats and exports. Needs the server key.
   *
   * @return the {@code reviews} namespace of this client
   */
  ProjectReviews reviews();

  /**
   * Admin: every conversation, its messages (deletes) and stats; only participants write. Needs the server key.
   *
   * @return the {@code messaging} namespace of this client
   */
  ProjectMessaging messaging();
  /**
   * Admin: tracked links, their click stats, and the project's link settings. Needs the server key.
   *
   * @return the {@code deepLinks} namespace of this client
   */
  ProjectDeepLinks deepLinks();

  /**
   * Admin: onboarding flows (the oldest active one is users' primary flow) and their stats. Needs the server key.
   *
   * @return the {@code onboarding} namespace of this client
   */
  ProjectOnboarding onboarding();

  /**
   * Admin: roles, the permissions they grant, and who has them. Needs the server key.
   *
   * @return the {@code roles} namespace of this client
   */
  ProjectRoles roles();

  /**
   * {@code GET /health}: whether the API is ready. Throws only when no answer came at all.
   *
   * @return the HTTP status and the {@code status} the API reported; see {@link Health#isReady()}
   */
  Health health();

  /**
   * A view of this client whose calls use the given options; cheap, shares everything else.
   *
   * @param options the timeout, retry policy, idempotency key or request id to use
   * @return the view; this client is unchanged
   */
  AmbaClient withOptions(RequestOptions options);

  /**
   * Runs {@code call} on the client's executor: the asynchronous form of every admin namespace. See
   * {@link AmbaUser#async} for the threading.
   *
   * @param <R> what {@code call} returns
   * @param call the blocking calls to make with this client
   * @return a future completed with {@code call}'s result, or exceptionally with what it threw
   * @throws IllegalStateException at once if the client is closed
   */
  <R> java.util.concurrent.CompletableFuture<R> async(java.util.function.Function<? super AmbaClient, ? extends R> call);

  /**
   * The settings this client was built with (keys redacted in its {@code toString()}).
   *
   * @return the configuration given to {@link #configure}
   */
  AmbaConfig settings();

  /**
   * Releases what the client owns (its HTTP client, unless the caller passed one in). Further calls,
   * on this client and on its user handles, fail at once with {@link IllegalStateException}.
   */
  @Override
  void close();
}
