package dev.amba.internal.endpoint;

import java.util.List;

/**
 * Every endpoint the SDK speaks and the emulator serves: the registry of the areas' declaration
 * classes ({@link AuthEndpoints}, {@link EventEndpoints}, ...). Rows marked X in amba-api.md
 * (decided by this project, not documented by Amba) are commented so on their constants; a
 * correction is a one-line change there. A new area is one more class and one more line here.
 */
public final class Endpoints {

  private Endpoints() {}

  // The order is the OpenAPI description's (docs/openapi.json): area by area, as listed.
  private static final List<Endpoint> ALL = Declarations.join(
      HealthEndpoints.AREA,
      AuthEndpoints.AREA,
      UserEndpoints.AREA,
      EventEndpoints.AREA,
      StorageEndpoints.AREA,
      PushEndpoints.AREA,
      ConfigEndpoints.AREA,
      EntitlementEndpoints.AREA,
      AiEndpoints.AREA,
      CollectionEndpoints.AREA,
      StreakEndpoints.AREA,
      XpEndpoints.AREA,
      AchievementEndpoints.AREA,
      ChallengeEndpoints.AREA,
      LeaderboardEndpoints.AREA,
      LeagueEndpoints.AREA,

      CurrencyEndpoints.AREA,
      CatalogEndpoints.AREA,
      StoreEndpoints.AREA,
      InventoryEndpoints.AREA,
      ReferralEndpoints.AREA,

      FriendEndpoints.AREA,
      GroupEndpoints.AREA,
      FeedEndpoints.AREA,

      EmailEndpoints.AREA,
      ExperimentEndpoints.AREA,
      ContentEndpoints.AREA,
      SessionEndpoints.AREA,
      SyncEndpoints.AREA,
      DiagnosticsEndpoints.AREA,
      ModerationEndpoints.AREA,
      ReviewEndpoints.AREA,
      MessagingEndpoints.AREA,
      DeepLinkEndpoints.AREA,
      OnboardingEndpoints.AREA,
      RoleEndpoints.AREA,
      FlagEndpoints.AREA,
      SegmentEndpoints.AREA,
      EmulatorEndpoints.AREA);

  /** Every endpoint, in declaration order. */
  public static List<Endpoint> all() {
    return ALL;
  }
}
