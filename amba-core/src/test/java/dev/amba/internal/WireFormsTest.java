package dev.amba.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.ai.PromptDefinition;
import dev.amba.collections.Filter;
import dev.amba.config.ConfigUpdate;
import dev.amba.config.NewConfigEntry;
import dev.amba.entitlements.EntitlementGrant;
import dev.amba.leaderboards.LeaderboardUpdate;
import dev.amba.leaderboards.NewLeaderboard;
import dev.amba.leagues.LeagueUpdate;
import dev.amba.leagues.NewLeague;
import dev.amba.push.CampaignUpdate;
import dev.amba.push.NewCampaign;
import dev.amba.push.TestPush;
import dev.amba.users.ProfileUpdate;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WireFormsTest {

  // design.md: no public type exposes the wire form.
  @Test
  void requestValues_exposeNoPublicMethodReturningTheirWireMap() {
    List<Class<?>> values = List.of(PromptDefinition.class, ProfileUpdate.class, NewConfigEntry.class,
        ConfigUpdate.class, EntitlementGrant.class, CampaignUpdate.class, TestPush.class, NewCampaign.class,
        Filter.class, NewLeaderboard.class, LeaderboardUpdate.class, NewLeague.class, LeagueUpdate.class);
    for (Class<?> type : values) {
      assertThat(Arrays.stream(type.getMethods())
              .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
              .filter(m -> Map.class.isAssignableFrom(m.getReturnType()))
              .map(Method::getName))
          .as(type.getName())
          .isEmpty();
    }
  }

  @Test
  void aRegisteredTypeCannotBeRegisteredAgain() {
    ConfigUpdate.create(); // initializes the class, which registers its form
    assertThatThrownBy(() -> WireForms.register(ConfigUpdate.class, u -> Map.of()))
        .isInstanceOf(IllegalStateException.class);
    assertThat(WireForms.of(ConfigUpdate.create().description("d"))).containsEntry("description", "d");
  }

  @Test
  void aValueWithoutAWireFormIsRefused() {
    assertThatThrownBy(() -> WireForms.of("text")).isInstanceOf(IllegalStateException.class);
  }
}
