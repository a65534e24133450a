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

  /** A client for the given settings. The caller owns it and closes it at shutdown. */
  static AmbaClient configure(AmbaConfig config) {
    return ClientFactory.create(config);
  }

  /** A client from {@code AMBA_PROJECT_ID}, {@code AMBA_CLIENT_KEY}, {@code AMBA_SERVER_KEY}, {@code AMBA_API_URL}. */
  static AmbaClient fromEnvironment() {
    return configure(AmbaConfig.fromEnvironment());
  }

  /**
   * A handle acting for one end user: its reads see only that user's data, its writes are stamped
   * with that user. Costs no request and no session; safe to create per request.
   *
   * @throws IllegalArgumentException if {@code uid} is empty, over 128 characters, or has characters
   *     outside {@code [A-Za-z0-9_.:-]}
   * @throws IllegalStateException if no server key is configured, or the client is closed
   */
  AmbaUser asUser(String uid);

  /** Admin: the project's end users. Needs the server key. */
  ProjectUsers users();

  /** Admin: storage buckets. Needs the server key. Uploads are per user, through {@code asUser(uid).storage()}. */
  ProjectStorage storage();

  /** Admin: push campaigns and test pushes. Needs the server key. Tokens are per user, through {@code asUser(uid).push()}. */
  ProjectPush push();

  /**
   * Admin: collection schemas (define, describe, change, drop). Needs the server key. Rows are
   * read and written per user, through {@code asUser(uid).collection(name)}.
   */
  ProjectCollections collections();

  /**
   * Client-key calls that create or sign in end users (for a server that provisions users), and
   * {@code verifySession} for a BFF that learns who holds an Amba session token.
   */
  ProjectAuth auth();

  /** Admin: analytics events of every user (bulk ingest, list, count). Needs the server key. */
  ProjectEvents events();

  /** Admin: the AI proxy's prompts. Needs the server key. */
  ProjectAi ai();

  /**
   * The project's remote config: {@code values()} as an anonymous app sees it (client key only,
   * ETag-cached), and the admin CRUD of its entries (server key). Not to be confused with
   * {@link #settings()}, this client's own settings.
   */
  ProjectConfig config();

  /** Admin: grant or revoke users' entitlements. Needs the server key. */
  ProjectEntitlements entitlements();

  /** Admin: streak definitions, and shields for users. Needs the server key. */
  ProjectStreaks streaks();
  /** Admin: XP rules and grants, and every user's XP. Needs the server key. */
  ProjectXp xp();
  /** Admin: currencies, grants of them to users (retry-safe), ledgers and event grant rules. Needs the server key. */
  ProjectCurrencies currencies();

  /** Admin: achievement definitions. Needs the server key. A user's unlocks are read through {@code asUser(uid).achievements()}. */
  ProjectAchievements achievements();

  /** Admin: challenge definitions and their participants. Needs the server key. Users join through {@code asUser(uid).challenges()}. */
  ProjectChallenges challenges();

  /** Admin: the project's leaderboards; scores follow the users' events. Needs the server key. */
  ProjectLeaderboards leaderboards();

  /** Admin: the project's weekly league tiers. Needs the server key. */
  ProjectLeagues leagues();

  /** Admin: catalog items, their prices and bundle contents. Needs the server key. */
  ProjectCatalog catalog();

  /** Admin: stores and their listings. Needs the server key. */
  ProjectStores stores();

  /** Admin: users' inventories and grants of items (retry-safe). Needs the server key. Users buy through {@code asUser(uid).inventory()}. */
  ProjectInventory inventory();
  /** Admin: referral codes (promo codes, the template for users' codes) and their claims. Needs the server key. */
  ProjectReferrals referrals();
  /** Admin: every pair of users (stats, lists, deletes); only the pair's users move it. Needs the server key. */
  ProjectFriends friends();

  /**
   * Admin: segments, the rule-defined groups of users that scope the users list, event counts,
   * stores and push campaigns; the four system segments included. Needs the server key.
   */
  ProjectSegments segments();

  /** Admin: feature flags, the same for every user (section 34). Needs the server key. */
  ProjectFlags flags();

  /** Admin: every group, and members' roles (how ownership moves). Needs the server key. */
  ProjectGroups groups();

  /** Admin: feed rules and every feed item. Needs the server key. */
  ProjectFeeds feeds();

  /**
   * Admin: email templates, sends to any user or address, deliveries and suppressions. Needs the
   * developer PAT ({@code AmbaConfig.Builder.pat(...)} or {@code AMBA_PAT}), not the server key.
   */
  ProjectEmail email();

  /**
   * Admin: experiments and their results. Needs the developer PAT ({@code AmbaConfig.Builder.pat(...)}
   * or {@code AMBA_PAT}), not the server key.
   */
  ProjectExperiments experiments();

  /** Admin: content libraries, their items (users' too) and the schedules that serve them. Needs the server key. */
  ProjectContent content();

  /** Admin: every user's app sessions and their analytics (DAU, durations). Needs the server key. */
  ProjectSessions sessions();
  /** Whether the configured client key reaches a project, and which one. Needs only the client key. */
  ProjectDiagnostics diagnostics();
  /** Admin: the moderation queue (approve, reject, escalate), screening rules and users' trust levels. Needs the server key. */
  ProjectModeration moderation();

  /** Admin: every review and reviewed item, approvals, stats and exports. Needs the server key. */
  ProjectReviews reviews();

  /** Admin: every conversation, its messages (deletes) and stats; only participants write. Needs the server key. */
  ProjectMessaging messaging();
  /** Admin: tracked links, their click stats, and the project's link settings. Needs the server key. */
  ProjectDeepLinks deepLinks();

  /** Admin: onboarding flows (the oldest active one is users' primary flow) and their stats. Needs the server key. */
  ProjectOnboarding onboarding();

  /** Admin: roles, the permissions they grant, and who has them. Needs the server key. */
  ProjectRoles roles();

  /** {@code GET /health}: whether the API is ready. Throws only when no answer came at all. */
  Health health();

  /** A view of this client whose calls use the given options; cheap, shares everything else. */
  AmbaClient withOptions(RequestOptions options);

  /**
   * Runs {@code call} on the client's executor: the asynchronous form of every admin namespace. See
   * {@link AmbaUser#async} for the threading.
   *
   * @throws IllegalStateException at once if the client is closed
   */
  <R> java.util.concurrent.CompletableFuture<R> async(java.util.function.Function<? super AmbaClient, ? extends R> call);

  /** The settings this client was built with (keys redacted in its {@code toString()}). */
  AmbaConfig settings();

  /**
   * Releases what the client owns (its HTTP client, unless the caller passed one in). Further calls,
   * on this client and on its user handles, fail at once with {@link IllegalStateException}.
   */
  @Override
  void close();
}
