package dev.amba.challenges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaClient;
import dev.amba.AmbaConfig;
import dev.amba.AmbaUser;
import dev.amba.internal.WireForms;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the SDK refuses before anything is sent, and the bodies it sends (amba-api-modules.md 15.2). */
class ChallengeArgumentsTest {

  private static final Instant START = Instant.parse("2030-01-01T00:00:00Z");
  private static final Instant END = START.plus(Duration.ofDays(7));
  private static final String ID = "123e4567-e89b-12d3-a456-426614174000";

  @Test
  void goals_carryTheirTypesFieldsOnly() {
    assertThat(WireForms.of(NewChallenge.of("C", START, END, ChallengeGoal.eventCount("run.completed", 5))))
        .containsEntry("goal_type", "event_count").containsEntry("goal_value", 5)
        .containsEntry("goal_event", "run.completed").doesNotContainKey("streak_definition_id");
    assertThat(WireForms.of(NewChallenge.of("C", START, END, ChallengeGoal.eventCount(5))))
        .doesNotContainKey("goal_event");
    assertThat(WireForms.of(NewChallenge.of("C", START, END, ChallengeGoal.streakMaintained("daily", 3))))
        .containsEntry("goal_type", "streak_maintained").containsEntry("streak_definition_id", "daily");
    assertThat(WireForms.of(NewChallenge.of("C", START, END, ChallengeGoal.streakMaintained(ID, 3))))
        .containsEntry("streak_definition_id", ID);
    assertThat(ChallengeGoal.xpEarned(50).type()).isEqualTo(GoalType.XP_EARNED);
    assertThat(ChallengeGoal.xpEarned(50).goalValue()).isEqualTo(50);
    assertThat(ChallengeGoal.streakMaintained(2)).isEqualTo(ChallengeGoal.streakMaintained(2));
  }

  @Test
  void goals_refuseBadValues() {
    assertThatThrownBy(() -> ChallengeGoal.eventCount(0)).hasMessageContaining("goal");
    assertThatThrownBy(() -> ChallengeGoal.xpEarned(-1)).hasMessageContaining("goal");
    assertThatThrownBy(() -> ChallengeGoal.eventCount("Run!", 1)).hasMessageContaining("eventName");
    assertThatThrownBy(() -> ChallengeGoal.streakMaintained("Daily Login", 1)).hasMessageContaining("streakIdOrKey");
  }

  @Test
  void newChallenge_sendsTheDocumentedBody() {
    NewChallenge c = NewChallenge.of("Sprint", START, END, ChallengeGoal.xpEarned(500)).key("sprint")
        .description("A week of XP").rewardXp(200).rewardAchievement(ID);
    assertThat(WireForms.of(c)).containsExactly(
        Map.entry("name", "Sprint"),
        Map.entry("start_at", "2030-01-01T00:00:00Z"),
        Map.entry("end_at", "2030-01-08T00:00:00Z"),
        Map.entry("goal_type", "xp_earned"),
        Map.entry("goal_value", 500),
        Map.entry("key", "sprint"),
        Map.entry("description", "A week of XP"),
        Map.entry("reward_xp", 200),
        Map.entry("reward_achievement_id", ID));
  }

  @Test
  void newChallenge_refusesABadWindowKeyRewardOrName() {
    ChallengeGoal goal = ChallengeGoal.xpEarned(1);
    assertThatThrownBy(() -> NewChallenge.of("C", START, START, goal)).hasMessageContaining("endAt");
    assertThatThrownBy(() -> NewChallenge.of("C", END, START, goal)).hasMessageContaining("endAt");
    assertThatThrownBy(() -> NewChallenge.of("C", null, END, goal)).hasMessageContaining("startAt");
    assertThatThrownBy(() -> NewChallenge.of("", START, END, goal)).hasMessageContaining("name");
    assertThatThrownBy(() -> NewChallenge.of("C", START, END, null)).hasMessageContaining("goal");
    assertThatThrownBy(() -> NewChallenge.of("C", START, END, goal).key("Sprint 1")).hasMessageContaining("key");
    assertThatThrownBy(() -> NewChallenge.of("C", START, END, goal).rewardXp(-1)).hasMessageContaining("rewardXp");
    assertThatThrownBy(() -> NewChallenge.of("C", START, END, goal).rewardAchievement("badge"))
        .hasMessageContaining("achievementId");
  }

  @Test
  void update_sendsOnlyWhatWasSet_andChecksAWindowItKnowsWhole() {
    assertThat(WireForms.of(ChallengeUpdate.create())).isEmpty();
    Map<String, Object> update = WireForms.of(ChallengeUpdate.create().endAt(END).rewardAchievement(null).active(true));
    assertThat(update.keySet()).containsExactly("end_at", "reward_achievement_id", "is_active");
    assertThat(update).containsEntry("end_at", "2030-01-08T00:00:00Z").containsEntry("reward_achievement_id", null)
        .containsEntry("is_active", true);
    // One end alone is the server's to check against the other (invalid_window).
    assertThat(WireForms.of(ChallengeUpdate.create().endAt(START))).containsOnlyKeys("end_at");
    assertThatThrownBy(() -> ChallengeUpdate.create().startAt(END).endAt(START)).hasMessageContaining("endAt");
    assertThatThrownBy(() -> ChallengeUpdate.create().endAt(START).startAt(END)).hasMessageContaining("endAt");
    assertThatThrownBy(() -> ChallengeUpdate.create().goalValue(0)).hasMessageContaining("goal");
    assertThatThrownBy(() -> ChallengeUpdate.create().rewardXp(-1)).hasMessageContaining("rewardXp");
    assertThatThrownBy(() -> ChallengeUpdate.create().description(" ")).hasMessageContaining("description");
  }

  @Test
  void calls_refuseBadPathValuesAndPages_beforeSending() {
    try (AmbaClient amba = AmbaClient.configure(AmbaConfig.builder().projectId("p").clientKey("amb_dev_ck_x1234567")
        .serverKey("amb_dev_sk_x1234567").apiUrl("http://127.0.0.1:1").build())) {
      AmbaUser user = amba.asUser("u1");
      assertThatThrownBy(() -> user.challenges().join("")).hasMessageContaining("idOrKey");
      assertThatThrownBy(() -> user.challenges().claim(null)).hasMessageContaining("idOrKey");
      assertThatThrownBy(() -> user.challenges().progress(" ")).hasMessageContaining("idOrKey");
      // GET /challenges/mine is the joined list: the key "mine" cannot be read there (M1).
      assertThatThrownBy(() -> user.challenges().get("mine")).hasMessageContaining("another route");
      assertThatThrownBy(() -> amba.challenges().get("sprint")).hasMessageContaining("challengeId");
      assertThatThrownBy(() -> amba.challenges().participants(ID, -1, 10)).hasMessageContaining("offset");
      assertThatThrownBy(() -> amba.challenges().participants(ID, 0, 101)).hasMessageContaining("limit");
      assertThatThrownBy(() -> amba.challenges().participants("x")).hasMessageContaining("challengeId");
      assertThatThrownBy(() -> amba.challenges().update(ID, ChallengeUpdate.create()))
          .hasMessageContaining("at least one");
    }
    try (AmbaClient app = AmbaClient.configure(AmbaConfig.builder().projectId("p").clientKey("amb_dev_ck_x1234567")
        .apiUrl("http://127.0.0.1:1").build())) {
      assertThatThrownBy(app::challenges).hasMessageContaining("AMBA_SERVER_KEY");
    }
  }
}
