package dev.amba.internal.client;

import dev.amba.email.ProjectEmail;
import dev.amba.experiments.ProjectExperiments;
import dev.amba.internal.email.EmailAdmin;
import dev.amba.internal.experiments.ExperimentAdmin;
import dev.amba.AmbaClient;
import dev.amba.AmbaConfig;
import dev.amba.AmbaUser;
import dev.amba.Health;
import dev.amba.RequestOptions;
import dev.amba.achievements.ProjectAchievements;
import dev.amba.ai.ProjectAi;
import dev.amba.challenges.ProjectChallenges;
import dev.amba.auth.ProjectAuth;
import dev.amba.catalog.ProjectCatalog;
import dev.amba.collections.ProjectCollections;
import dev.amba.config.ProjectConfig;
import dev.amba.currencies.ProjectCurrencies;
import dev.amba.entitlements.ProjectEntitlements;
import dev.amba.events.ProjectEvents;
import dev.amba.internal.ClientRuntime;
import dev.amba.internal.ProjectCalls;
import dev.amba.internal.Json;
import dev.amba.internal.UserIds;
import dev.amba.internal.achievements.AchievementAdmin;
import dev.amba.internal.ai.AiAdmin;
import dev.amba.internal.challenges.ChallengeAdmin;
import dev.amba.internal.auth.ClientAuth;
import dev.amba.internal.catalog.CatalogAdmin;
import dev.amba.internal.collections.CollectionSchemas;
import dev.amba.internal.config.ConfigAdmin;
import dev.amba.internal.endpoint.HealthEndpoints;
import dev.amba.internal.entitlements.EntitlementAdmin;
import dev.amba.internal.events.EventAdmin;
import dev.amba.internal.leaderboards.LeaderboardAdmin;
import dev.amba.internal.leagues.LeagueAdmin;
import dev.amba.internal.http.HttpResult;
import dev.amba.internal.push.PushAdminClient;
import dev.amba.internal.storage.StorageAdminClient;
import dev.amba.internal.referrals.ReferralAdmin;
import dev.amba.internal.flags.FlagAdmin;
import dev.amba.internal.segments.SegmentAdmin;
import dev.amba.internal.stores.StoreAdmin;
import dev.amba.internal.content.ContentAdmin;
import dev.amba.internal.feeds.FeedAdmin;
import dev.amba.internal.sessions.SessionAdmin;
import dev.amba.internal.friends.FriendAdmin;
import dev.amba.internal.diagnostics.DiagnosticsClient;
import dev.amba.internal.moderation.ModerationAdmin;
import dev.amba.internal.reviews.ReviewAdmin;
import dev.amba.internal.groups.GroupAdmin;
import dev.amba.internal.messaging.MessagingAdmin;
import dev.amba.internal.currencies.CurrencyAdmin;
import dev.amba.internal.inventory.InventoryAdmin;
import dev.amba.inventory.ProjectInventory;
import dev.amba.internal.streaks.StreakAdmin;
import dev.amba.internal.users.AdminUsers;
import dev.amba.internal.util.Secrets;
import dev.amba.internal.xp.XpAdmin;
import dev.amba.leaderboards.ProjectLeaderboards;
import dev.amba.leagues.ProjectLeagues;
import dev.amba.push.ProjectPush;
import dev.amba.storage.ProjectStorage;
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
import dev.amba.internal.deeplinks.DeepLinkAdmin;
import dev.amba.internal.onboarding.OnboardingAdmin;
import dev.amba.onboarding.ProjectOnboarding;
import dev.amba.internal.roles.RoleAdmin;
import dev.amba.roles.ProjectRoles;
import dev.amba.groups.ProjectGroups;
import dev.amba.messaging.ProjectMessaging;
import dev.amba.streaks.ProjectStreaks;
import dev.amba.users.ProjectUsers;
import dev.amba.xp.ProjectXp;
import java.util.Map;
import java.util.Objects;

/** A view of a {@link ClientRuntime} with a set of request options; views are cheap. */
final class DefaultAmbaClient implements AmbaClient {

  private final ClientRuntime runtime;
  private final RequestOptions options;
  private final ProjectCalls calls;

  DefaultAmbaClient(ClientRuntime runtime, RequestOptions options) {
    this.runtime = runtime;
    this.options = options;
    this.calls = new ProjectCalls(runtime, options);
  }

  @Override
  public AmbaUser asUser(String uid) {
    UserIds.check(uid, "uid");
    runtime.ensureOpen();
    runtime.requireServerKey("asUser");
    return new DefaultAmbaUser(runtime, uid, options);
  }

  @Override
  public ProjectUsers users() {
    runtime.requireServerKey("users()");
    return Namespaces.handle(new AdminUsers(calls));
  }

  @Override
  public ProjectStorage storage() {
    runtime.requireServerKey("storage()");
    return Namespaces.handle(new StorageAdminClient(calls));
  }

  @Override
  public ProjectPush push() {
    runtime.requireServerKey("push()");
    return Namespaces.handle(new PushAdminClient(calls));
  }

  @Override
  public ProjectCollections collections() {
    runtime.requireServerKey("collections()");
    return Namespaces.handle(new CollectionSchemas(calls));
  }

  @Override
  public ProjectEvents events() {
    runtime.requireServerKey("events()");
    return Namespaces.handle(new EventAdmin(calls));
  }

  @Override
  public ProjectAi ai() {
    runtime.requireServerKey("ai()");
    return Namespaces.handle(new AiAdmin(calls));
  }

  @Override
  public ProjectConfig config() {
    // No server key check here: values() needs only the client key; the admin methods check.
    return Namespaces.handle(new ConfigAdmin(calls));
  }

  @Override
  public ProjectEntitlements entitlements() {
    runtime.requireServerKey("entitlements()");
    return Namespaces.handle(new EntitlementAdmin(calls));
  }

  @Override
  public ProjectStreaks streaks() {
    runtime.requireServerKey("streaks()");
    return Namespaces.handle(new StreakAdmin(calls));
  }

  @Override
  public ProjectXp xp() {
    runtime.requireServerKey("xp()");
    return Namespaces.handle(new XpAdmin(calls));
  }

  @Override
  public ProjectAchievements achievements() {
    runtime.requireServerKey("achievements()");
    return Namespaces.handle(new AchievementAdmin(calls));
  }

  @Override
  public ProjectChallenges challenges() {
    runtime.requireServerKey("challenges()");
    return Namespaces.handle(new ChallengeAdmin(calls));
  }

  @Override
  public ProjectLeaderboards leaderboards() {
    runtime.requireServerKey("leaderboards()");
    return Namespaces.handle(new LeaderboardAdmin(calls));
  }

  @Override
  public ProjectLeagues leagues() {
    runtime.requireServerKey("leagues()");
    return Namespaces.handle(new LeagueAdmin(calls));
  }

  @Override
  public ProjectCatalog catalog() {
    runtime.requireServerKey("catalog()");
    return Namespaces.handle(new CatalogAdmin(calls));
  }

  @Override
  public ProjectStores stores() {
    runtime.requireServerKey("stores()");
    return Namespaces.handle(new StoreAdmin(calls));
  }

  @Override
  public ProjectReferrals referrals() {
    runtime.requireServerKey("referrals()");
    return Namespaces.handle(new ReferralAdmin(calls));
  }

  // No server-key check here: these admin routes take the developer PAT, which each call checks.
  @Override
  public ProjectEmail email() {
    return Namespaces.handle(new EmailAdmin(calls));
  }

  @Override
  public ProjectExperiments experiments() {
    return Namespaces.handle(new ExperimentAdmin(calls));
  }

  @Override
  public ProjectFriends friends() {
    runtime.requireServerKey("friends()");
    return Namespaces.handle(new FriendAdmin(calls));
  }

  @Override
  public ProjectSegments segments() {
    runtime.requireServerKey("segments()");
    return Namespaces.handle(new SegmentAdmin(calls));
  }

  @Override
  public ProjectFlags flags() {
    runtime.requireServerKey("flags()");
    return Namespaces.handle(new FlagAdmin(calls));
  }

  @Override
  public ProjectGroups groups() {
    runtime.requireServerKey("groups()");
    return Namespaces.handle(new GroupAdmin(calls));
  }

  @Override
  public ProjectSessions sessions() {
    runtime.requireServerKey("sessions()");
    return Namespaces.handle(new SessionAdmin(calls));
  }

  @Override
  public ProjectContent content() {
    runtime.requireServerKey("content()");
    return Namespaces.handle(new ContentAdmin(calls));
  }

  @Override
  public ProjectFeeds feeds() {
    runtime.requireServerKey("feeds()");
    return Namespaces.handle(new FeedAdmin(calls));
  }

  @Override
  public ProjectModeration moderation() {
    runtime.requireServerKey("moderation()");
    return Namespaces.handle(new ModerationAdmin(calls));
  }

  @Override
  public ProjectReviews reviews() {
    runtime.requireServerKey("reviews()");
    return Namespaces.handle(new ReviewAdmin(calls));
  }

  @Override
  public ProjectMessaging messaging() {
    runtime.requireServerKey("messaging()");
    return Namespaces.handle(new MessagingAdmin(calls));
  }

  @Override
  public ProjectDeepLinks deepLinks() {
    runtime.requireServerKey("deepLinks()");
    return Namespaces.handle(new DeepLinkAdmin(calls));
  }

  @Override
  public ProjectOnboarding onboarding() {
    runtime.requireServerKey("onboarding()");
    return Namespaces.handle(new OnboardingAdmin(calls));
  }

  @Override
  public ProjectRoles roles() {
    runtime.requireServerKey("roles()");
    return Namespaces.handle(new RoleAdmin(calls));
  }

  @Override
  public ProjectCurrencies currencies() {
    runtime.requireServerKey("currencies()");
    return Namespaces.handle(new CurrencyAdmin(calls));
  }

  @Override
  public ProjectInventory inventory() {
    runtime.requireServerKey("inventory()");
    return Namespaces.handle(new InventoryAdmin(calls));
  }

  @Override
  public ProjectDiagnostics diagnostics() {
    return Namespaces.handle(new DiagnosticsClient(runtime, options));
  }

  @Override
  public ProjectAuth auth() {
    return Namespaces.handle(new ClientAuth(runtime, options));
  }

  @Override
  public Health health() {
    HttpResult result;
    try {
      result = runtime.api.call(HealthEndpoints.CHECK, options).send();
    } catch (dev.amba.AmbaApiException e) {
      return new Health(e.status(), "");
    }
    Object status = "";
    try {
      Map<?, ?> body = Json.decode(result.body(), Map.class);
      status = body == null ? "" : Objects.requireNonNullElse(body.get("status"), "");
    } catch (RuntimeException notJson) {
      // A readiness probe answers with whatever it has; a non-JSON 200 is reported as not ready.
    }
    return new Health(result.status(), status.toString());
  }

  @Override
  public <R> java.util.concurrent.CompletableFuture<R> async(java.util.function.Function<? super AmbaClient, ? extends R> call) {
    return runtime.async(this, call);
  }

  @Override
  public AmbaClient withOptions(RequestOptions more) {
    return new DefaultAmbaClient(runtime, options.merge(Objects.requireNonNull(more, "options")));
  }

  @Override
  public AmbaConfig settings() {
    return runtime.config;
  }

  @Override
  public void close() {
    runtime.close();
  }

  @Override
  public String toString() {
    return "AmbaClient{projectId=" + runtime.config.projectId() + ", apiUrl=" + Secrets.displayUrl(runtime.config.apiUrl())
        + (runtime.isClosed() ? ", closed" : "") + '}';
  }
}
