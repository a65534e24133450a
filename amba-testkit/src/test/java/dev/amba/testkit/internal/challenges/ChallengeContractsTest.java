package dev.amba.testkit.internal.challenges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaBadRequestException;
import dev.amba.AmbaClient;
import dev.amba.AmbaUser;
import dev.amba.achievements.AchievementCriteria;
import dev.amba.achievements.NewAchievement;
import dev.amba.challenges.ChallengeDefinition;
import dev.amba.challenges.ChallengeGoal;
import dev.amba.challenges.ChallengeStatus;
import dev.amba.challenges.NewChallenge;
import dev.amba.testkit.internal.engagement.EngagementHarness;
import dev.amba.testkit.internal.engagement.EngagementHarness.Credit;
import dev.amba.wire.ManualClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** How challenges use the XP and streaks contracts (15.4 #4, #5), with fakes in their place. */
class ChallengeContractsTest {

  private final ManualClock clock = new ManualClock(Instant.parse("2030-02-01T10:00:00Z"));
  @RegisterExtension
  final EngagementHarness harness = new EngagementHarness(clock);
  private AmbaClient amba;

  @BeforeEach
  void bind() {
    amba = harness.amba();
  }

  private ChallengeDefinition create(String key, ChallengeGoal goal) {
    return amba.challenges().create(NewChallenge.of("C " + key, clock.instant(), clock.instant().plus(Duration.ofDays(7)),
        goal).key(key).rewardXp(25));
  }

  /** 15.4 #4: the highest current_count of that streak seen while joined, never lowered. */
  @Test
  void streakMaintained_followsTheHighestCountSeenWhileJoined() throws Exception {
    String daily = harness.streaks.define("daily");
    ChallengeDefinition c = create("keep_it", ChallengeGoal.streakMaintained("daily", 5));
    assertThat(c.streakDefinitionId()).isEqualTo(daily);
    AmbaUser user = harness.newUser();
    harness.streaks.set(user.uid(), daily, 3, 3);
    user.events().track("before_join");

    user.challenges().join("keep_it");
    assertThat(user.challenges().get("keep_it").userProgress()).isZero();
    user.events().track("daily");
    assertThat(user.challenges().get("keep_it").userProgress()).isEqualTo(3);
    harness.streaks.set(user.uid(), daily, 1, 3);
    user.events().track("daily");
    assertThat(user.challenges().get("keep_it").userProgress()).isEqualTo(3);

    harness.streaks.set(user.uid(), daily, 5, 5);
    user.events().track("daily");

    assertThat(user.challenges().get("keep_it").userStatus()).isEqualTo(ChallengeStatus.COMPLETED);
    assertThat(harness.streaks.currentAsked).containsOnly(daily);
  }

  /** 15.4 #4 without a streak: the best of the user's streaks. */
  @Test
  void streakMaintainedWithoutAStreak_readsAnyOfTheUsersStreaks() throws Exception {
    String a = harness.streaks.define("a");
    String b = harness.streaks.define("b");
    create("any", ChallengeGoal.streakMaintained(4));
    AmbaUser user = harness.newUser();
    user.challenges().join("any");
    harness.streaks.set(user.uid(), a, 2, 2);
    harness.streaks.set(user.uid(), b, 4, 4);

    user.events().track("x");

    assertThat(user.challenges().get("any").userStatus()).isEqualTo(ChallengeStatus.COMPLETED);
    assertThat(harness.streaks.currentAsked).containsOnlyNulls();
  }

  @Test
  void aGoalStreakTheProjectLacks_is400InvalidInput() {
    assertThatThrownBy(() -> create("nope", ChallengeGoal.streakMaintained("missing", 2)))
        .isInstanceOfSatisfying(AmbaBadRequestException.class, e -> assertThat(e.code()).isEqualTo("invalid_input"));
  }

  /** 15.4 #5: reward_xp goes through XpCredits as a challenge credit; the reward achievement's own XP too. */
  @Test
  void completion_creditsRewardXp_asAChallengeCredit_andUnlocksTheRewardAchievement() throws Exception {
    String badge = amba.achievements().create(NewAchievement.of("badge", "Badge",
        AchievementCriteria.eventCount("unreachable", 99)).xpReward(5)).id();
    ChallengeDefinition c = amba.challenges().create(NewChallenge.of("One", clock.instant(),
        clock.instant().plus(Duration.ofDays(1)), ChallengeGoal.eventCount("go", 1)).rewardXp(25)
        .rewardAchievement(badge));
    AmbaUser user = harness.newUser();
    user.challenges().join(c.id());

    user.events().track("go");

    assertThat(harness.xp.credits).containsExactly(
        new Credit(user.uid(), 25, "challenge", "challenge:" + c.id(), null),
        new Credit(user.uid(), 5, "achievement", "achievement:badge", null));
    assertThat(user.achievements().get("badge").isUnlocked()).isTrue();
  }
}
