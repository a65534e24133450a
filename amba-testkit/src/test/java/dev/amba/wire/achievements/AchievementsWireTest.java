package dev.amba.wire.achievements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaBadRequestException;
import dev.amba.AmbaClient;
import dev.amba.AmbaConflictException;
import dev.amba.AmbaNotFoundException;
import dev.amba.AmbaUser;
import dev.amba.achievements.AchievementCriteria;
import dev.amba.achievements.AchievementDefinition;
import dev.amba.achievements.AchievementProgress;
import dev.amba.achievements.AchievementUpdate;
import dev.amba.achievements.AchievementView;
import dev.amba.achievements.CriteriaProgress;
import dev.amba.achievements.CriteriaType;
import dev.amba.achievements.NewAchievement;
import dev.amba.events.StoredEvent;
import dev.amba.streaks.NewStreak;
import dev.amba.streaks.StreakDefinition;
import dev.amba.users.ProfileUpdate;
import dev.amba.wire.ManualClock;
import dev.amba.wire.ModuleCalls;
import dev.amba.wire.ProjectPerTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Achievements (amba-api-modules.md section 14) through the SDK: routes, answers, and 14.4 row by row. */
class AchievementsWireTest {

  private static final ManualClock CLOCK = new ManualClock(Instant.parse("2030-03-01T09:00:00Z"));
  @RegisterExtension
  static final ProjectPerTest PROJECTS = new ProjectPerTest(CLOCK);

  private AmbaClient amba;
  private ModuleCalls raw;

  @BeforeEach
  void bind() {
    amba = PROJECTS.amba();
    raw = PROJECTS.raw();
  }

  private static AmbaUser newUser() {
    return PROJECTS.newUser();
  }

  /** A second apart, so {@code created_at} orders them. */
  private AchievementDefinition create(NewAchievement achievement) {
    CLOCK.advance(Duration.ofSeconds(1));
    return amba.achievements().create(achievement);
  }

  private static List<StoredEvent> events(AmbaUser user, String name) {
    return PROJECTS.events(user, name);
  }

  private static AchievementView view(AmbaUser user, String key) {
    return user.achievements().list().stream().filter(a -> a.key().equals(key)).findFirst().orElseThrow();
  }

  // ---------------------------------------------------------------- admin routes (14.2)

  @Test
  void create_answersTheDefinition_withItsDefaults() {
    AchievementDefinition a = create(NewAchievement.of("first_lesson", "First lesson",
        AchievementCriteria.eventCount("lesson.completed", 1)));

    assertThat(a.id()).isNotBlank();
    assertThat(a.key()).isEqualTo("first_lesson");
    assertThat(a.criteria()).isEqualTo(AchievementCriteria.eventCount("lesson.completed", 1));
    assertThat(a.xpReward()).isZero();
    assertThat(a.isHidden()).isFalse();
    assertThat(a.sortOrder()).isZero();
    assertThat(a.isActive()).isTrue();
    assertThat(a.description()).isNull();
    assertThat(a.createdAt()).isEqualTo(CLOCK.instant());
    assertThat(amba.achievements().get(a.id())).isEqualTo(a);
  }

  @Test
  void list_isBySortOrder_thenOldestFirst() {
    AchievementDefinition late = create(NewAchievement.of("late", "Late", AchievementCriteria.xpThreshold(10))
        .sortOrder(2));
    AchievementDefinition b = create(NewAchievement.of("b", "B", AchievementCriteria.xpThreshold(10)).sortOrder(1));
    AchievementDefinition a = create(NewAchievement.of("a", "A", AchievementCriteria.xpThreshold(10)).sortOrder(1));

    assertThat(amba.achievements().list()).extracting(AchievementDefinition::key).containsExactly("b", "a", "late");
    assertThat(newUser().achievements().list()).extracting(AchievementView::id)
        .containsExactly(b.id(), a.id(), late.id());
  }

  @Test
  void aTakenKey_is409AchievementExists() {
    create(NewAchievement.of("dup", "One", AchievementCriteria.xpThreshold(1)));
    assertThatThrownBy(() -> create(NewAchievement.of("dup", "Two", AchievementCriteria.xpThreshold(2))))
        .isInstanceOfSatisfying(AmbaConflictException.class, e -> assertThat(e.code()).isEqualTo("achievement_exists"));
  }

  @Test
  void update_changesWhatItSets_andDelete_removesTheDefinition() {
    AchievementDefinition a = create(NewAchievement.of("edit_me", "Old", AchievementCriteria.xpThreshold(5))
        .description("before").iconUrl("https://cdn.example.com/a.png"));
    CLOCK.advance(Duration.ofMinutes(1));

    AchievementDefinition changed = amba.achievements().update(a.id(), AchievementUpdate.create().name("New")
        .description(null).xpReward(25).criteria(AchievementCriteria.propertyValue("level", 3)).hidden(true)
        .sortOrder(7).active(false));

    assertThat(changed.name()).isEqualTo("New");
    assertThat(changed.description()).isNull();
    assertThat(changed.iconUrl()).isEqualTo("https://cdn.example.com/a.png");
    assertThat(changed.xpReward()).isEqualTo(25);
    assertThat(changed.criteria()).isEqualTo(AchievementCriteria.propertyValue("level", 3));
    assertThat(changed.isHidden()).isTrue();
    assertThat(changed.sortOrder()).isEqualTo(7);
    assertThat(changed.isActive()).isFalse();
    assertThat(changed.updatedAt()).isEqualTo(CLOCK.instant());
    assertThat(changed.createdAt()).isEqualTo(a.createdAt());

    amba.achievements().delete(a.id());
    assertThatThrownBy(() -> amba.achievements().get(a.id()))
        .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> assertThat(e.code()).isEqualTo("not_found"));
    assertThatThrownBy(() -> amba.achievements().delete(a.id())).isInstanceOf(AmbaNotFoundException.class);
    assertThat(raw.admin("DELETE", "/achievements/" + a.id(), null).status()).isEqualTo(404);
  }

  @Test
  void delete_answersTheDeletedMarker() {
    AchievementDefinition a = create(NewAchievement.of("gone", "Gone", AchievementCriteria.xpThreshold(5)));
    ModuleCalls.Answer answer = raw.admin("DELETE", "/achievements/" + a.id(), null);
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.data()).isEqualTo(jakarta.json.Json.createObjectBuilder().add("id", a.id())
        .add("deleted", true).build());
  }

  /** 14.4 #5: a streak the project does not have. */
  @Test
  void criteriaNamingAMissingStreak_is400InvalidCriteria() {
    assertThatThrownBy(() -> create(NewAchievement.of("week", "Week", AchievementCriteria.streakLength("daily", 7))))
        .isInstanceOfSatisfying(AmbaBadRequestException.class, e -> {
          assertThat(e.code()).isEqualTo("invalid_criteria");
          assertThat(e.status()).isEqualTo(400);
        });
    AchievementDefinition a = create(NewAchievement.of("ok", "Ok", AchievementCriteria.xpThreshold(1)));
    assertThatThrownBy(() -> amba.achievements().update(a.id(),
        AchievementUpdate.create().criteria(AchievementCriteria.streakLength("daily", 7))))
        .isInstanceOfSatisfying(AmbaBadRequestException.class, e -> assertThat(e.code()).isEqualTo("invalid_criteria"));
  }

  /** 14.4 #5 against callers without the SDK's checks: each missing or foreign field, in one answer. */
  @Test
  void criteriaTheSdkWouldRefuse_are400InvalidCriteria_listingEveryField() {
    ModuleCalls.Answer noEventName = raw.admin("POST", "/achievements",
        "{\"key\":\"k1\",\"name\":\"K\",\"criteria\":{\"type\":\"event_count\",\"target_value\":0,\"x\":1}}");
    assertThat(noEventName.status()).isEqualTo(400);
    assertThat(noEventName.code()).isEqualTo("invalid_criteria");
    assertThat(noEventName.fieldPaths())
        .containsExactlyInAnyOrder("criteria.x", "criteria.event_name", "criteria.target_value");

    ModuleCalls.Answer noPropertyKey = raw.admin("POST", "/achievements",
        "{\"key\":\"k2\",\"name\":\"K\",\"criteria\":{\"type\":\"property_value\",\"event_name\":\"a\","
            + "\"target_value\":2}}");
    assertThat(noPropertyKey.code()).isEqualTo("invalid_criteria");
    assertThat(noPropertyKey.fieldPaths()).containsExactlyInAnyOrder("criteria.event_name", "criteria.property_key");

    ModuleCalls.Answer unknownType = raw.admin("POST", "/achievements",
        "{\"key\":\"k3\",\"name\":\"K\",\"criteria\":{\"type\":\"dance\",\"target_value\":2}}");
    assertThat(unknownType.code()).isEqualTo("invalid_criteria");
    assertThat(unknownType.fieldPaths()).containsExactly("criteria.type");

    ModuleCalls.Answer notAnObject = raw.admin("POST", "/achievements",
        "{\"key\":\"k4\",\"name\":\"K\",\"criteria\":[1]}");
    assertThat(notAnObject.code()).isEqualTo("invalid_criteria");

    ModuleCalls.Answer noCriteria = raw.admin("POST", "/achievements", "{\"key\":\"k5\",\"name\":\"K\"}");
    assertThat(noCriteria.code()).isEqualTo("invalid_input");
    assertThat(amba.achievements().list()).isEmpty();
  }

  // ---------------------------------------------------------------- client routes (14.1) and 14.4

  /** 14.4 #1 and #3: events of the name, and the unlock with its derived event and XP. */
  @Test
  void eventCount_unlocksAtTheTarget_emitsAchievementUnlocked_andCreditsTheXpReward() {
    AchievementDefinition a = create(NewAchievement.of("three_lessons", "Three lessons",
        AchievementCriteria.eventCount("lesson.completed", 3)).xpReward(50));
    AmbaUser user = newUser();

    user.events().track("lesson.completed");
    user.events().track("lesson.started");
    user.events().track("lesson.completed");
    AchievementView halfway = view(user, "three_lessons");
    assertThat(halfway.isUnlocked()).isFalse();
    assertThat(halfway.progress()).isEqualTo(new CriteriaProgress(2, 3));

    CLOCK.advance(Duration.ofMinutes(5));
    user.events().track("lesson.completed");
    AchievementView done = user.achievements().get("three_lessons");
    assertThat(done.unlockedAt()).isEqualTo(CLOCK.instant());
    assertThat(done.progress()).isEqualTo(new CriteriaProgress(3, 3));

    assertThat(events(user, "achievement_unlocked")).singleElement().satisfies(e -> assertThat(e.properties())
        .isEqualTo(Map.of("achievement_id", a.id(), "key", "three_lessons")));
    assertThat(events(user, "xp_awarded")).singleElement().satisfies(e -> {
      assertThat(e.properties()).containsEntry("amount", new BigDecimal(50)).containsEntry("source", "achievement");
    });
    // Credited through the XP module's ledger, as an achievement credit.
    assertThat(user.xp().history()).singleElement().satisfies(entry -> {
      assertThat(entry.xpAmount()).isEqualTo(50);
      assertThat(entry.reason()).isEqualTo("achievement:three_lessons");
      assertThat(entry.source()).isEqualTo("achievement");
      assertThat(entry.xpRuleId()).isNull();
    });
    assertThat(user.xp().balance().totalXp()).isEqualTo(50);

    // Permanent and once: more events unlock nothing again.
    user.events().track("lesson.completed");
    assertThat(events(user, "achievement_unlocked")).hasSize(1);
    assertThat(user.achievements().get(a.id()).unlockedAt()).isEqualTo(done.unlockedAt());
  }

  /** Racing events of one user that each reach the target: one unlock, one reward. */
  @Test
  void concurrentEventsOfOneUser_unlockOnce() throws Exception {
    create(NewAchievement.of("quick", "Quick", AchievementCriteria.eventCount("tap", 1)).xpReward(5));
    AmbaUser user = newUser();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      List<java.util.concurrent.Future<?>> taps = new java.util.ArrayList<>();
      for (int t = 0; t < 8; t++) {
        taps.add(pool.submit(() -> user.events().track("tap")));
      }
      for (java.util.concurrent.Future<?> f : taps) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(view(user, "quick").isUnlocked()).isTrue();
    assertThat(events(user, "achievement_unlocked")).hasSize(1);
    assertThat(events(user, "xp_awarded")).hasSize(1);
  }

  /** 14.4 #1: all time, and derived events count as tracked ones do. */
  @Test
  void eventCount_countsDerivedEvents_andEventsFromBeforeTheAchievement() {
    AmbaUser user = newUser();
    user.events().track("login");
    user.events().track("login");
    create(NewAchievement.of("collector", "Collector", AchievementCriteria.eventCount("achievement_unlocked", 1)));
    create(NewAchievement.of("two_logins", "Two logins", AchievementCriteria.eventCount("login", 2)));
    // Evaluated on the next pipeline run (14.4 #2), not by the create.
    assertThat(view(user, "two_logins").isUnlocked()).isFalse();
    assertThat(view(user, "two_logins").progress()).isEqualTo(new CriteriaProgress(2, 2));

    user.events().track("anything");

    assertThat(view(user, "two_logins").isUnlocked()).isTrue();
    // two_logins' achievement_unlocked is a derived event, and unlocks collector in its own run.
    assertThat(view(user, "collector").isUnlocked()).isTrue();
    assertThat(events(user, "achievement_unlocked")).hasSize(2);
  }

  /** 14.4 #4: the value shown is capped at the target. */
  @Test
  void progress_isCappedAtTheTarget() {
    AmbaUser user = newUser();
    user.users().update(ProfileUpdate.create().properties(Map.of("coins", 40)));
    create(NewAchievement.of("rich", "Rich", AchievementCriteria.propertyValue("coins", 10)));
    assertThat(view(user, "rich").progress()).isEqualTo(new CriteriaProgress(10, 10));
  }

  /** 14.4 #1 (property_value) and #2 (after PATCH /users/me), with no event at all. */
  @Test
  void propertyValue_unlocksWhenAProfileUpdateReachesTheTarget_andStaysUnlocked() {
    AchievementDefinition a = create(NewAchievement.of("level_five", "Level five",
        AchievementCriteria.propertyValue("level", 5)).xpReward(10));
    AmbaUser user = newUser();

    user.users().update(ProfileUpdate.create().properties(Map.of("level", "five")));
    assertThat(view(user, "level_five").progress()).isEqualTo(new CriteriaProgress(0, 5));
    user.users().update(ProfileUpdate.create().properties(Map.of("level", 4.5)));
    assertThat(view(user, "level_five").progress()).isEqualTo(new CriteriaProgress(4, 5));
    assertThat(view(user, "level_five").isUnlocked()).isFalse();

    user.users().update(ProfileUpdate.create().properties(Map.of("level", 5)));
    assertThat(view(user, "level_five").isUnlocked()).isTrue();
    assertThat(events(user, "achievement_unlocked")).singleElement()
        .satisfies(e -> assertThat(e.properties()).containsEntry("achievement_id", a.id()));
    assertThat(events(user, "xp_awarded")).singleElement()
        .satisfies(e -> assertThat(e.properties()).containsEntry("amount", new BigDecimal(10)));

    // 14.4 #3: permanent, and shown full, though the value fell back.
    user.users().update(ProfileUpdate.create().properties(Map.of("level", 1)));
    AchievementView after = view(user, "level_five");
    assertThat(after.isUnlocked()).isTrue();
    assertThat(after.progress()).isEqualTo(new CriteriaProgress(5, 5));
  }

  @Test
  void aProfileUpdateThatLeavesPropertiesAlone_evaluatesNothing() {
    AmbaUser user = newUser();
    user.users().update(ProfileUpdate.create().properties(Map.of("level", 9)));
    create(NewAchievement.of("level_two", "Level two", AchievementCriteria.propertyValue("level", 2)));

    user.users().update(ProfileUpdate.create().displayName("Ada"));
    user.users().update(ProfileUpdate.create().properties(Map.of("level", 9)));
    assertThat(view(user, "level_two").isUnlocked()).isFalse();

    user.users().update(ProfileUpdate.create().properties(Map.of("level", 10)));
    assertThat(view(user, "level_two").isUnlocked()).isTrue();
  }

  /** 14.4 #1 xp_threshold: total XP, here raised by another achievement's reward. */
  @Test
  void xpThreshold_unlocksOnceTheUsersTotalXpReachesIt() {
    create(NewAchievement.of("first_step", "First step", AchievementCriteria.eventCount("step", 1)).xpReward(100));
    create(NewAchievement.of("xp_100", "100 XP", AchievementCriteria.xpThreshold(100)));
    AmbaUser user = newUser();
    assertThat(view(user, "xp_100").progress()).isEqualTo(new CriteriaProgress(0, 100));

    user.events().track("step");

    // The reward's xp_awarded runs the pipeline itself, where the threshold is met.
    assertThat(view(user, "xp_100").isUnlocked()).isTrue();
  }

  /** 14.4 #1 streak_length: the user's longest run; 14.4 #5: a streak key is stored as its id. */
  @Test
  void streakLength_unlocksWhenTheUsersLongestRunReachesTheTarget() {
    StreakDefinition daily = amba.streaks().create(NewStreak.of("daily_visit", "Daily visit", "visit"));
    AchievementDefinition a = create(NewAchievement.of("three_days", "Three days",
        AchievementCriteria.streakLength("daily_visit", 3)));
    assertThat(a.criteria().streakDefinitionId()).isEqualTo(daily.id());
    AmbaUser user = newUser();

    // Stage 1 qualifies the streak before stage 4 reads it, in the same event's run.
    user.events().track("visit");
    assertThat(view(user, "three_days").progress()).isEqualTo(new CriteriaProgress(1, 3));
    CLOCK.advance(Duration.ofDays(1));
    user.events().track("visit");
    assertThat(view(user, "three_days").isUnlocked()).isFalse();
    CLOCK.advance(Duration.ofDays(1));
    user.events().track("visit");

    assertThat(view(user, "three_days").isUnlocked()).isTrue();
  }

  /** 14.1: hidden ones only once unlocked; 404 fetch_failed while locked. */
  @Test
  void hiddenAchievements_appearOnlyOnceUnlocked() {
    AchievementDefinition secret = create(NewAchievement.of("secret", "Secret",
        AchievementCriteria.eventCount("konami", 1)).hidden(true));
    create(NewAchievement.of("open", "Open", AchievementCriteria.eventCount("konami", 5)));
    AmbaUser user = newUser();

    assertThat(user.achievements().list()).extracting(AchievementView::key).containsExactly("open");
    assertThat(user.achievements().progress()).extracting(AchievementProgress::key).containsExactly("open");
    for (String idOrKey : List.of("secret", secret.id())) {
      assertThatThrownBy(() -> user.achievements().get(idOrKey))
          .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> assertThat(e.code()).isEqualTo("fetch_failed"));
    }

    user.events().track("konami");

    assertThat(user.achievements().list()).extracting(AchievementView::key).containsExactly("secret", "open");
    assertThat(user.achievements().get("secret").isHidden()).isTrue();
    assertThat(newUser().achievements().list()).extracting(AchievementView::key).containsExactly("open");
  }

  /** 14.4 #6: inactive ones are neither shown nor evaluated; re-activation evaluates on the next run. */
  @Test
  void inactiveAchievements_areNeitherShownNorEvaluated_untilReactivated() {
    AchievementDefinition a = create(NewAchievement.of("paused", "Paused", AchievementCriteria.eventCount("tap", 1)));
    amba.achievements().update(a.id(), AchievementUpdate.create().active(false));
    AmbaUser user = newUser();

    user.events().track("tap");
    assertThat(user.achievements().list()).isEmpty();
    assertThat(user.achievements().progress()).isEmpty();
    assertThatThrownBy(() -> user.achievements().get("paused"))
        .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> assertThat(e.code()).isEqualTo("fetch_failed"));
    assertThat(events(user, "achievement_unlocked")).isEmpty();

    amba.achievements().update(a.id(), AchievementUpdate.create().active(true));
    assertThat(user.achievements().get("paused").isUnlocked()).isFalse();
    user.events().track("other");
    assertThat(user.achievements().get("paused").isUnlocked()).isTrue();
  }

  @Test
  void missingAchievements_are404FetchFailed_byIdOrKey() {
    AmbaUser user = newUser();
    for (String idOrKey : List.of("nope", "00000000-0000-0000-0000-000000000000")) {
      assertThatThrownBy(() -> user.achievements().get(idOrKey))
          .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> assertThat(e.code()).isEqualTo("fetch_failed"));
    }
    assertThatThrownBy(() -> user.achievements().get("progress")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("idOrKey");
  }

  /** 14.1 progress list: the same visibility and order, progress 0..1, 1 once unlocked. */
  @Test
  void progressList_givesFractions_andTheUnlock() {
    AchievementDefinition four = create(NewAchievement.of("four", "Four", AchievementCriteria.eventCount("hit", 4)));
    AchievementDefinition one = create(NewAchievement.of("one", "One", AchievementCriteria.eventCount("hit", 1)));
    AmbaUser user = newUser();
    user.events().track("hit");

    List<AchievementProgress> progress = user.achievements().progress();

    assertThat(progress).containsExactly(
        new AchievementProgress(four.id(), "four", 0.25, false, null),
        new AchievementProgress(one.id(), "one", 1.0, true, CLOCK.instant()));
  }

  /** 14.3: progress goes out under the newer and the older guide's names (M2). */
  @Test
  void theView_carriesProgressUnderBothNames_andEveryDefinitionField() {
    AchievementDefinition a = create(NewAchievement.of("names", "Names", AchievementCriteria.eventCount("n", 2)));
    String uid = PROJECTS.newUid();
    amba.asUser(uid).events().track("n");

    jakarta.json.JsonObject view = raw.asUser(uid, "GET", "/achievements/" + a.id(), null).data();

    assertThat(view.getJsonObject("progress")).isEqualTo(jakarta.json.Json.createObjectBuilder()
        .add("current_value", 1).add("target_value", 2).add("current", 1).add("target", 2).build());
    assertThat(view.keySet()).contains("id", "key", "name", "description", "icon_url", "xp_reward", "criteria",
        "is_hidden", "sort_order", "is_active", "created_at", "updated_at", "unlocked_at", "progress");
    assertThat(view.isNull("unlocked_at")).isTrue();
  }

  @Test
  void unlocks_belongToTheirUser() {
    create(NewAchievement.of("mine_only", "Mine", AchievementCriteria.eventCount("go", 1)));
    AmbaUser ada = newUser();
    AmbaUser bob = newUser();
    ada.events().track("go");

    assertThat(view(ada, "mine_only").isUnlocked()).isTrue();
    assertThat(view(bob, "mine_only").isUnlocked()).isFalse();
    assertThat(view(bob, "mine_only").progress()).isEqualTo(new CriteriaProgress(0, 1));
  }

  /** 14.2: deleting a definition keeps the users' unlock rows. */
  @Test
  void deletingADefinition_keepsTheUnlocks_andTheUnlockEvents() {
    AchievementDefinition a = create(NewAchievement.of("brief", "Brief", AchievementCriteria.eventCount("go", 1)));
    AmbaUser user = newUser();
    user.events().track("go");
    amba.achievements().delete(a.id());

    assertThat(user.achievements().list()).isEmpty();
    assertThat(events(user, "achievement_unlocked")).hasSize(1);
    assertThat(a.criteria().type()).isEqualTo(CriteriaType.EVENT_COUNT);
  }
}
