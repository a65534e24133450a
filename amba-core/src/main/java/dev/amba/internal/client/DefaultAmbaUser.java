package dev.amba.internal.client;

import dev.amba.email.UserEmail;
import dev.amba.experiments.UserExperiments;
import dev.amba.internal.email.EmailClient;
import dev.amba.internal.experiments.ExperimentClient;
import dev.amba.AmbaUser;
import dev.amba.RequestOptions;
import dev.amba.achievements.UserAchievements;
import dev.amba.ai.UserAi;
import dev.amba.catalog.UserCatalog;
import dev.amba.challenges.UserChallenges;
import dev.amba.collections.UserCollection;
import dev.amba.config.UserConfig;
import dev.amba.currencies.UserCurrencies;
import dev.amba.entitlements.UserEntitlements;
import dev.amba.events.UserEvents;
import dev.amba.internal.ClientRuntime;
import dev.amba.internal.UserCalls;

import dev.amba.internal.achievements.AchievementClient;
import dev.amba.internal.ai.AiProxy;
import dev.amba.internal.catalog.CatalogClient;
import dev.amba.internal.challenges.ChallengeClient;
import dev.amba.internal.collections.CollectionHandle;
import dev.amba.internal.collections.CollectionRows;
import dev.amba.internal.config.ConfigReader;
import dev.amba.internal.entitlements.EntitlementClient;
import dev.amba.internal.events.ClientEvents;
import dev.amba.internal.leaderboards.LeaderboardClient;
import dev.amba.internal.leagues.LeagueClient;
import dev.amba.internal.http.Scope;
import dev.amba.internal.push.PushClient;
import dev.amba.internal.storage.StorageClient;
import dev.amba.internal.referrals.ReferralClient;
import dev.amba.internal.stores.StoreClient;
import dev.amba.internal.content.ContentClient;
import dev.amba.internal.feeds.FeedClient;
import dev.amba.internal.sessions.SessionClient;
import dev.amba.internal.flags.FlagClient;
import dev.amba.internal.friends.FriendClient;
import dev.amba.internal.collections.SyncClient;
import dev.amba.internal.moderation.ModerationClient;
import dev.amba.internal.reviews.ReviewClient;
import dev.amba.internal.groups.GroupClient;
import dev.amba.internal.messaging.MessagingClient;
import dev.amba.internal.currencies.CurrencyClient;
import dev.amba.internal.inventory.InventoryClient;
import dev.amba.inventory.UserInventory;
import dev.amba.internal.streaks.StreakClient;
import dev.amba.internal.users.UserProfile;
import dev.amba.internal.xp.XpClient;
import dev.amba.leaderboards.UserLeaderboards;
import dev.amba.leagues.UserLeagues;
import dev.amba.push.UserPush;
import dev.amba.storage.UserStorage;
import dev.amba.referrals.UserReferrals;
import dev.amba.stores.UserStores;
import dev.amba.content.UserContent;
import dev.amba.feeds.UserFeeds;
import dev.amba.sessions.UserSessions;
import dev.amba.flags.UserFlags;
import dev.amba.friends.UserFriends;
import dev.amba.sync.UserSync;
import dev.amba.moderation.UserModeration;
import dev.amba.reviews.UserReviews;
import dev.amba.deeplinks.UserDeepLinks;
import dev.amba.internal.deeplinks.DeepLinkClient;
import dev.amba.internal.onboarding.OnboardingClient;
import dev.amba.onboarding.UserOnboarding;
import dev.amba.internal.roles.RoleClient;
import dev.amba.roles.UserRoles;
import dev.amba.groups.UserGroups;
import dev.amba.messaging.UserMessaging;
import dev.amba.streaks.UserStreaks;
import dev.amba.users.UserUsers;
import dev.amba.xp.UserXp;
import java.util.Map;
import java.util.Objects;

/** The acting-user view: three references, built per request at no cost. */
final class DefaultAmbaUser implements AmbaUser {

  private final ClientRuntime runtime;
  private final Scope scope;
  private final RequestOptions options;
  private final UserCalls calls;

  DefaultAmbaUser(ClientRuntime runtime, String uid, RequestOptions options) {
    this.runtime = runtime;
    this.scope = Scope.onBehalfOf(uid);
    this.options = options;
    this.calls = new UserCalls(runtime, scope, options);
  }

  @Override
  public String uid() {
    return ((Scope.OnBehalfOf) scope).uid();
  }

  @Override
  public UserUsers users() {
    return Namespaces.handle(new UserProfile(calls));
  }

  @Override
  public UserEvents events() {
    return Namespaces.handle(new ClientEvents(calls));
  }

  @Override
  public UserStorage storage() {
    return Namespaces.handle(new StorageClient(calls));
  }

  @Override
  public UserPush push() {
    return Namespaces.handle(new PushClient(calls));
  }

  @Override
  public UserAi ai() {
    return Namespaces.handle(new AiProxy(calls));
  }

  @Override
  public UserConfig config() {
    return Namespaces.handle(new ConfigReader(calls));
  }

  @Override
  public UserEntitlements entitlements() {
    return Namespaces.handle(new EntitlementClient(calls));
  }

  @Override
  public UserStreaks streaks() {
    return Namespaces.handle(new StreakClient(calls));
  }

  @Override
  public UserXp xp() {
    return Namespaces.handle(new XpClient(calls));
  }

  @Override
  public UserAchievements achievements() {
    return Namespaces.handle(new AchievementClient(calls));
  }

  @Override
  public UserChallenges challenges() {
    return Namespaces.handle(new ChallengeClient(calls));
  }

  @Override
  public UserLeaderboards leaderboards() {
    return Namespaces.handle(new LeaderboardClient(calls));
  }

  @Override
  public UserLeagues leagues() {
    return Namespaces.handle(new LeagueClient(calls));
  }

  @Override
  public UserCatalog catalog() {
    return Namespaces.handle(new CatalogClient(calls));
  }

  @Override
  public UserStores stores() {
    return Namespaces.handle(new StoreClient(calls));
  }

  @Override
  public UserReferrals referrals() {
    return Namespaces.handle(new ReferralClient(calls));
  }

  @Override
  public UserEmail email() {
    return Namespaces.handle(new EmailClient(calls));
  }

  @Override
  public UserExperiments experiments() {
    return Namespaces.handle(new ExperimentClient(calls));
  }

  @Override
  public UserFriends friends() {
    return Namespaces.handle(new FriendClient(calls));
  }

  @Override
  public UserFlags flags() {
    return Namespaces.handle(new FlagClient(calls));
  }

  @Override
  public UserGroups groups() {
    return Namespaces.handle(new GroupClient(calls));
  }

  @Override
  public UserSessions sessions() {
    return Namespaces.handle(new SessionClient(calls));
  }

  @Override
  public UserContent content() {
    return Namespaces.handle(new ContentClient(calls));
  }

  @Override
  public UserFeeds feeds() {
    return Namespaces.handle(new FeedClient(calls));
  }

  @Override
  public UserSync sync() {
    return Namespaces.handle(new SyncClient(calls));
  }

  @Override
  public UserModeration moderation() {
    return Namespaces.handle(new ModerationClient(calls));
  }

  @Override
  public UserReviews reviews() {
    return Namespaces.handle(new ReviewClient(calls));
  }

  @Override
  public UserMessaging messaging() {
    return Namespaces.handle(new MessagingClient(calls));
  }

  @Override
  public UserDeepLinks deepLinks() {
    return Namespaces.handle(new DeepLinkClient(calls));
  }

  @Override
  public UserOnboarding onboarding() {
    return Namespaces.handle(new OnboardingClient(calls));
  }

  @Override
  public UserRoles roles() {
    return Namespaces.handle(new RoleClient(calls));
  }

  @Override
  public UserCurrencies currencies() {
    return Namespaces.handle(new CurrencyClient(calls));
  }

  @Override
  public UserInventory inventory() {
    return Namespaces.handle(new InventoryClient(calls));
  }

  @Override
  public UserCollection<Map<String, Object>> collection(String name) {
    return new CollectionHandle<>(runtime, scope, options, name, CollectionRows.untyped());
  }

  @Override
  public <T> UserCollection<T> collection(String name, Class<T> type) {
    Objects.requireNonNull(type, "type");
    return new CollectionHandle<>(runtime, scope, options, name, CollectionRows.typed(type));
  }

  @Override
  public <R> java.util.concurrent.CompletableFuture<R> async(java.util.function.Function<? super AmbaUser, ? extends R> call) {
    return runtime.async(this, call);
  }

  @Override
  public AmbaUser withOptions(RequestOptions more) {
    return new DefaultAmbaUser(runtime, uid(), options.merge(Objects.requireNonNull(more, "options")));
  }

  @Override
  public String toString() {
    return "AmbaUser{uid=" + uid() + ", projectId=" + runtime.config.projectId() + '}';
  }
}
