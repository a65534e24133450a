package dev.amba.testkit.internal.achievements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaBadRequestException;
import dev.amba.AmbaClient;
import dev.amba.AmbaUser;
import dev.amba.achievements.AchievementCriteria;
import dev.amba.achievements.AchievementDefinition;
import dev.amba.achievements.AchievementView;
import dev.amba.achievements.CriteriaProgress;
import dev.amba.achievements.NewAchievement;
import dev.amba.testkit.internal.engagement.EngagementHarness;
import dev.amba.testkit.internal.engagement.EngagementHarness.Credit;
import dev.amba.wire.ManualClock;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * How achievements use the XP and streaks contracts (14.4 #1, #3, #5), with fakes in their place:
 * the exact credit made, and readings set directly rather than earned event by event.
 */
class AchievementContractsTest {

  private final ManualClock clock = new ManualClock(Instant.parse("2030-02-01T10:00:00Z"));
  @RegisterExtension
  final EngagementHarness harness = new EngagementHarness(clock);
  private AmbaClient amba;

  @BeforeEach
  void bind() {
    amba = harness.amba();
  }

  /** 14.4 #5: a streak key is accepted and stored as the definition's id; 14.4 #1: longest_count. */
  @Test
  void streakLength_storesTheStreaksId_andMeasuresTheLongestRun() throws Exception {
    String daily = harness.streaks.define("daily_login");
    AchievementDefinition week = amba.achievements().create(NewAchievement.of("week", "Week",
        AchievementCriteria.streakLength("daily_login", 7)));
    assertThat(week.criteria().streakDefinitionId()).isEqualTo(daily);
    assertThat(amba.achievements().create(NewAchievement.of("month", "Month",
        AchievementCriteria.streakLength(daily, 30))).criteria().streakDefinitionId()).isEqualTo(daily);

    AmbaUser user = harness.newUser();
    harness.streaks.set(user.uid(), daily, 2, 6);
    assertThat(user.achievements().get("week").progress()).isEqualTo(new CriteriaProgress(6, 7));

    harness.streaks.set(user.uid(), daily, 7, 7);
    user.events().track("daily_login");

    AchievementView unlocked = user.achievements().get("week");
    assertThat(unlocked.isUnlocked()).isTrue();
    assertThat(user.achievements().get("month").progress()).isEqualTo(new CriteriaProgress(7, 30));
  }

  @Test
  void streakLength_ofAStreakTheProjectLacks_is400InvalidCriteria() {
    assertThatThrownBy(() -> amba.achievements().create(NewAchievement.of("x", "X",
        AchievementCriteria.streakLength("nope", 2))))
        .isInstanceOfSatisfying(AmbaBadRequestException.class, e -> assertThat(e.code()).isEqualTo("invalid_criteria"));
  }

  /** 14.4 #3: the reward goes through XpCredits as an achievement credit, once. */
  @Test
  void anUnlock_creditsItsXpReward_asAnAchievementCredit_once() throws Exception {
    amba.achievements().create(NewAchievement.of("starter", "Starter", AchievementCriteria.eventCount("go", 1))
        .xpReward(40));
    amba.achievements().create(NewAchievement.of("free", "Free", AchievementCriteria.eventCount("go", 1)));
    AmbaUser user = harness.newUser();

    user.events().track("go");
    user.events().track("go");

    assertThat(harness.xp.credits).containsExactly(new Credit(user.uid(), 40, "achievement", "achievement:starter",
        null));
    assertThat(user.achievements().get("free").isUnlocked()).isTrue();
  }

  /** 14.4 #1: xp_threshold is the contract's total XP, whatever earned it. */
  @Test
  void xpThreshold_readsTheTotalXp() throws Exception {
    amba.achievements().create(NewAchievement.of("xp_500", "500 XP", AchievementCriteria.xpThreshold(500)));
    AmbaUser user = harness.newUser();
    harness.xp.give(user.uid(), 499);
    user.events().track("tick");
    assertThat(user.achievements().get("xp_500").progress()).isEqualTo(new CriteriaProgress(499, 500));

    harness.xp.give(user.uid(), 1);
    user.events().track("tick");

    assertThat(user.achievements().get("xp_500").isUnlocked()).isTrue();
  }
}
