package dev.amba.achievements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaClient;
import dev.amba.AmbaConfig;
import dev.amba.AmbaUser;
import dev.amba.internal.WireForms;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the SDK refuses before anything is sent, and the bodies it sends (amba-api-modules.md 14.2). */
class AchievementArgumentsTest {

  private static final String ID = "123e4567-e89b-12d3-a456-426614174000";

  @Test
  void criteriaFactories_buildEachTypesFields() {
    assertThat(AchievementCriteria.eventCount("session.completed", 3))
        .isEqualTo(new AchievementCriteria(CriteriaType.EVENT_COUNT, "session.completed", null, null, 3));
    assertThat(AchievementCriteria.streakLength("daily_login", 7))
        .isEqualTo(new AchievementCriteria(CriteriaType.STREAK_LENGTH, null, "daily_login", null, 7));
    assertThat(AchievementCriteria.streakLength(ID, 7).streakDefinitionId()).isEqualTo(ID);
    assertThat(AchievementCriteria.xpThreshold(1000))
        .isEqualTo(new AchievementCriteria(CriteriaType.XP_THRESHOLD, null, null, null, 1000));
    assertThat(AchievementCriteria.propertyValue("Friends Invited", 5).propertyKey()).isEqualTo("Friends Invited");
  }

  @Test
  void criteriaFactories_refuseBadNamesAndTargets_namingTheArgument() {
    assertThatThrownBy(() -> AchievementCriteria.eventCount("Lesson Done", 1)).hasMessageContaining("eventName");
    assertThatThrownBy(() -> AchievementCriteria.eventCount("a..b", 1)).hasMessageContaining("eventName");
    assertThatThrownBy(() -> AchievementCriteria.eventCount("e".repeat(129), 1)).hasMessageContaining("eventName");
    assertThatThrownBy(() -> AchievementCriteria.eventCount("ok", 0)).hasMessageContaining("target");
    assertThatThrownBy(() -> AchievementCriteria.streakLength("Daily Login", 1)).hasMessageContaining("streakIdOrKey");
    assertThatThrownBy(() -> AchievementCriteria.streakLength(null, 1)).hasMessageContaining("streakIdOrKey");
    assertThatThrownBy(() -> AchievementCriteria.xpThreshold(-5)).hasMessageContaining("target");
    assertThatThrownBy(() -> AchievementCriteria.propertyValue(" ", 1)).hasMessageContaining("propertyKey");
    assertThatThrownBy(() -> AchievementCriteria.propertyValue("p".repeat(257), 1)).hasMessageContaining("propertyKey");
  }

  @Test
  void newAchievement_sendsTheDocumentedBody() {
    NewAchievement a = NewAchievement.of("week_streak", "A week", AchievementCriteria.streakLength("daily", 7))
        .description("Seven days").iconUrl("https://cdn.example.com/w.png").xpReward(100).hidden(true).sortOrder(3);

    assertThat(WireForms.of(a)).containsExactly(
        Map.entry("key", "week_streak"),
        Map.entry("name", "A week"),
        Map.entry("criteria", Map.of("type", "streak_length", "streak_definition_id", "daily", "target_value", 7)),
        Map.entry("description", "Seven days"),
        Map.entry("icon_url", "https://cdn.example.com/w.png"),
        Map.entry("xp_reward", 100),
        Map.entry("is_hidden", true),
        Map.entry("sort_order", 3));
    assertThat(WireForms.of(NewAchievement.of("xp", "XP", AchievementCriteria.xpThreshold(9))).get("criteria"))
        .isEqualTo(Map.of("type", "xp_threshold", "target_value", 9));
    assertThat(a.key()).isEqualTo("week_streak");
  }

  @Test
  void newAchievement_refusesBadKeysNamesAndAmounts() {
    AchievementCriteria c = AchievementCriteria.xpThreshold(1);
    assertThatThrownBy(() -> NewAchievement.of("Bad Key", "N", c)).hasMessageContaining("key");
    assertThatThrownBy(() -> NewAchievement.of("9lives", "N", c)).hasMessageContaining("key");
    assertThatThrownBy(() -> NewAchievement.of("k".repeat(65), "N", c)).hasMessageContaining("1..64");
    assertThatThrownBy(() -> NewAchievement.of("k", " ", c)).hasMessageContaining("name");
    assertThatThrownBy(() -> NewAchievement.of("k", "N", null)).hasMessageContaining("criteria");
    assertThatThrownBy(() -> NewAchievement.of("k", "N", c).xpReward(-1)).hasMessageContaining("xpReward");
    assertThatThrownBy(() -> NewAchievement.of("k", "N", c).sortOrder(-1)).hasMessageContaining("sortOrder");
    assertThatThrownBy(() -> NewAchievement.of("k", "N", c).description("")).hasMessageContaining("description");
  }

  /** Criteria made by the canonical constructor, or decoded, are checked when they are sent. */
  @Test
  void criteriaFromTheConstructor_areCheckedWhenSent() {
    AchievementCriteria unknown = new AchievementCriteria(new CriteriaType("login_days"), null, null, null, 3);
    assertThatThrownBy(() -> NewAchievement.of("k", "N", unknown)).hasMessageContaining("login_days");
    AchievementCriteria noName = new AchievementCriteria(CriteriaType.EVENT_COUNT, null, null, null, 3);
    assertThatThrownBy(() -> AchievementUpdate.create().criteria(noName)).hasMessageContaining("eventName");
    AchievementCriteria noTarget = new AchievementCriteria(CriteriaType.XP_THRESHOLD, null, null, null, 0);
    assertThatThrownBy(() -> AchievementUpdate.create().criteria(noTarget)).hasMessageContaining("target");
    // Fields of another type are not sent.
    AchievementCriteria extra = new AchievementCriteria(CriteriaType.XP_THRESHOLD, "e", "s", "p", 4);
    assertThat(WireForms.of(AchievementUpdate.create().criteria(extra)).get("criteria"))
        .isEqualTo(Map.of("type", "xp_threshold", "target_value", 4));
    assertThat(unknown.type().isKnown()).isFalse();
    assertThat(CriteriaType.PROPERTY_VALUE.isKnown()).isTrue();
  }

  @Test
  void update_sendsOnlyWhatWasSet_andNullClears() {
    assertThat(WireForms.of(AchievementUpdate.create())).isEmpty();
    Map<String, Object> cleared = WireForms.of(AchievementUpdate.create().description(null).iconUrl(null).active(false));
    assertThat(cleared.keySet()).containsExactly("description", "icon_url", "is_active");
    assertThat(cleared).containsEntry("description", null).containsEntry("icon_url", null)
        .containsEntry("is_active", false);
    assertThatThrownBy(() -> AchievementUpdate.create().name(null)).hasMessageContaining("name");
    assertThatThrownBy(() -> AchievementUpdate.create().xpReward(-3)).hasMessageContaining("xpReward");
    assertThatThrownBy(() -> AchievementUpdate.create().sortOrder(-3)).hasMessageContaining("sortOrder");
  }

  @Test
  void calls_refuseBadPathValues_beforeSending() {
    try (AmbaClient amba = AmbaClient.configure(AmbaConfig.builder().projectId("p").clientKey("amb_dev_ck_x1234567")
        .serverKey("amb_dev_sk_x1234567").apiUrl("http://127.0.0.1:1").build())) {
      AmbaUser user = amba.asUser("u1");
      assertThatThrownBy(() -> user.achievements().get(" ")).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("idOrKey");
      assertThatThrownBy(() -> user.achievements().get(null)).hasMessageContaining("idOrKey");
      // GET /achievements/progress is the progress list: the key "progress" cannot be read there (M1).
      assertThatThrownBy(() -> user.achievements().get("progress")).hasMessageContaining("another route");
      assertThatThrownBy(() -> amba.achievements().get("first_lesson")).hasMessageContaining("achievementId");
      assertThatThrownBy(() -> amba.achievements().delete("")).hasMessageContaining("achievementId");
      assertThatThrownBy(() -> amba.achievements().update(ID, AchievementUpdate.create()))
          .hasMessageContaining("at least one");
      assertThatThrownBy(() -> amba.achievements().create(null)).isInstanceOf(NullPointerException.class);
    }
    try (AmbaClient app = AmbaClient.configure(AmbaConfig.builder().projectId("p").clientKey("amb_dev_ck_x1234567")
        .apiUrl("http://127.0.0.1:1").build())) {
      assertThatThrownBy(app::achievements).hasMessageContaining("AMBA_SERVER_KEY");
    }
  }
}
