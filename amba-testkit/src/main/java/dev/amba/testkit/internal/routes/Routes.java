package dev.amba.testkit.internal.routes;

import dev.amba.testkit.internal.EmulatorClock;
import dev.amba.testkit.internal.FaultControl;
import dev.amba.testkit.internal.achievements.AchievementRoutes;
import dev.amba.testkit.internal.catalog.CatalogRoutes;
import dev.amba.testkit.internal.challenges.ChallengeRoutes;
import dev.amba.testkit.internal.config.ConfigRoutes;
import dev.amba.testkit.internal.console.ConsoleRoutes;
import dev.amba.testkit.internal.console.EventStream;
import dev.amba.testkit.internal.content.ContentRoutes;
import dev.amba.testkit.internal.currencies.CurrencyRoutes;
import dev.amba.testkit.internal.email.EmailRoutes;
import dev.amba.testkit.internal.entitlements.EntitlementRoutes;
import dev.amba.testkit.internal.experiments.ExperimentRoutes;
import dev.amba.testkit.internal.inventory.InventoryRoutes;
import dev.amba.testkit.internal.feeds.FeedRoutes;
import dev.amba.testkit.internal.flags.FlagRoutes;
import dev.amba.testkit.internal.friends.FriendRoutes;
import dev.amba.testkit.internal.deeplinks.DeepLinkRoutes;
import dev.amba.testkit.internal.onboarding.OnboardingRoutes;
import dev.amba.testkit.internal.roles.RoleRoutes;
import dev.amba.testkit.internal.groups.GroupRoutes;
import dev.amba.testkit.internal.RouteTable;
import dev.amba.testkit.internal.diagnostics.DiagnosticsRoutes;
import dev.amba.testkit.internal.sync.SyncRoutes;
import dev.amba.testkit.internal.leaderboards.LeaderboardRoutes;
import dev.amba.testkit.internal.leagues.LeagueRoutes;
import dev.amba.testkit.internal.moderation.ModerationRoutes;
import dev.amba.testkit.internal.messaging.MessagingRoutes;
import dev.amba.testkit.internal.referrals.ReferralRoutes;
import dev.amba.testkit.internal.sessions.SessionRoutes;
import dev.amba.testkit.internal.reviews.ReviewRoutes;
import dev.amba.testkit.internal.segments.SegmentRoutes;
import dev.amba.testkit.internal.store.Stores;
import dev.amba.testkit.internal.stores.StoreRoutes;
import dev.amba.testkit.internal.streaks.StreakRoutes;
import dev.amba.testkit.internal.xp.XpRoutes;

/** The one route table of the emulator: each area of the API is one module listed here. */
public final class Routes {
  private Routes() {}

  public static RouteTable standard(Stores stores, EmulatorClock clock, FaultControl faults) {
    return standard(stores, clock, faults, new EventStream());
  }

  /** {@code events} feeds the console's event stream; the emulator closes it when it closes. */
  public static RouteTable standard(Stores stores, EmulatorClock clock, FaultControl faults, EventStream events) {
    // Modules that read streaks (achievements, challenges, leaderboards) take streaks.readings().
    StreakRoutes streaks = new StreakRoutes(stores, clock);
    // XP first: the modules that reward XP receive its credits through their constructors.
    XpRoutes xp = new XpRoutes(stores, clock);
    // Achievements before users: a change of a user's properties re-evaluates them (14.4 #2).
    AchievementRoutes achievements = new AchievementRoutes(stores, clock, xp.credits(), streaks.readings());
    // Modules that move currency (inventory, referrals) take currencies.wallets().
    CurrencyRoutes currencies = new CurrencyRoutes(stores, clock);
    // Inventory prices its purchases through storefronts.offers() (the catalog and the stores).
    CatalogRoutes catalog = new CatalogRoutes(stores, clock);
    // Modules that scope by segment_id (users, events, push, stores, content) take segments.segments().
    SegmentRoutes segments = new SegmentRoutes(stores, clock);
    if (stores != null) {
      // Scheduled campaigns also fall due outside the push routes (AmbaEmulator.pushDeliveries()),
      // so the push store itself reads who a segment campaign reaches. Without stores the table is
      // only being inspected (EndpointContractTest).
      stores.push().reachSegmentsThrough(segments.segments()::members);
    }
    StoreRoutes storefronts = new StoreRoutes(stores, clock, catalog.readings(), segments.segments());
    // Feeds (and messaging) read who is connected through friends.relationships(); the group feed
    // reads its members through groups.memberships().
    FriendRoutes friends = new FriendRoutes(stores, clock);
    GroupRoutes groups = new GroupRoutes(stores, clock);
    // Moderation resolves items through the ModeratedContent every module lists; the table collects
    // them as modules are added, so moderation reads them when an item resolves, not when built.
    // Modules whose content is screened (reviews, messaging) take moderation.screening().
    RouteTable table = new RouteTable();
    ModerationRoutes moderation = new ModerationRoutes(stores, clock, table::moderatedContent);
    return table
        .add(new HealthRoutes())
        .add(new AuthRoutes(stores))
        .add(new UserRoutes(stores, achievements.unlocks()::propertiesChanged, segments.segments()))
        .add(new EventRoutes(stores, clock, segments.segments()))
        .add(new CollectionRoutes(stores))
        .add(new CollectionAdminRoutes(stores))
        .add(new StorageRoutes(stores, clock))
        .add(new PushRoutes(stores, clock, segments.segments()))
        .add(new AiRoutes(stores, clock))
        .add(new ConfigRoutes(stores, clock))
        .add(new EntitlementRoutes(stores, clock))
        .add(streaks)
        .add(xp)
        .add(currencies)
        .add(achievements)
        .add(new ChallengeRoutes(stores, clock, xp.credits(), streaks.readings(), achievements.unlocks()))
        .add(new LeaderboardRoutes(stores, clock, streaks.readings()))
        .add(new LeagueRoutes(stores, clock))
        .add(catalog)
        .add(storefronts)
        .add(new InventoryRoutes(stores, clock, currencies.wallets(), storefronts.offers()))
        .add(new ReferralRoutes(stores, clock, currencies.wallets(), xp.credits()))
        .add(friends)
        .add(groups)
        .add(new FeedRoutes(stores, clock, friends.relationships(), groups.memberships()))
        .add(new EmailRoutes(stores, clock))
        .add(new ExperimentRoutes(stores, clock))
        .add(new ContentRoutes(stores, clock, segments.segments()))
        .add(new SessionRoutes(stores, clock))
        .add(new SyncRoutes(stores))
        .add(new DiagnosticsRoutes(stores, clock))
        .add(moderation)
        .add(new ReviewRoutes(stores, clock, moderation.screening()))
        .add(new MessagingRoutes(stores, clock, friends.relationships(), moderation.screening()))
        .add(new DeepLinkRoutes(stores, clock))
        .add(new OnboardingRoutes(stores, clock))
        .add(new RoleRoutes(stores, clock))
        .add(segments)
        .add(new FlagRoutes(stores, clock))
        .add(new FaultRoutes(faults))
        .add(new ClockRoutes(clock))
        .add(new ConsoleRoutes(stores, events));
  }
}
