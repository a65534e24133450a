package dev.amba.wire.challenges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaBadRequestException;
import dev.amba.AmbaClient;
import dev.amba.AmbaConflictException;
import dev.amba.AmbaNotFoundException;
import dev.amba.AmbaUser;
import dev.amba.achievements.AchievementCriteria;
import dev.amba.achievements.AchievementDefinition;
import dev.amba.achievements.NewAchievement;
import dev.amba.challenges.ChallengeDefinition;
import dev.amba.challenges.ChallengeGoal;
import dev.amba.challenges.ChallengePhase;
import dev.amba.challenges.ChallengeProgress;
import dev.amba.challenges.ChallengeStatus;
import dev.amba.challenges.ChallengeUpdate;
import dev.amba.challenges.ChallengeView;
import dev.amba.challenges.GoalType;
import dev.amba.challenges.NewChallenge;
import dev.amba.challenges.UserChallenge;
import dev.amba.challenges.UserChallengeWithDefinition;
import dev.amba.events.StoredEvent;
import dev.amba.streaks.NewStreak;
import dev.amba.streaks.StreakDefinition;
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

/** Challenges (amba-api-modules.md section 15) through the SDK, with the emulator's clock moved by the test. */
class ChallengesWireTest {

  private static final ManualClock CLOCK = new ManualClock(Instant.parse("2030-06-01T12:00:00Z"));
  private static final Duration WEEK = Duration.ofDays(7);
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

  /** A challenge that opened an hour ago and runs for a week. */
  private ChallengeDefinition running(String key, ChallengeGoal goal) {
    Instant start = CLOCK.instant().minus(Duration.ofHours(1));
    return amba.challenges().create(NewChallenge.of("Challenge " + key, start, start.plus(WEEK), goal).key(key));
  }

  private static List<StoredEvent> events(AmbaUser user, String name) {
    return PROJECTS.events(user, name);
  }

  private static ChallengeProgress progress(AmbaUser user, String idOrKey) {
    return user.challenges().progress(idOrKey);
  }

  // ---------------------------------------------------------------- admin routes (15.2)

  @Test
  void create_answersTheDefinition_withItsDefaults_andGetReadsItBack() {
    Instant start = CLOCK.instant();
    ChallengeDefinition c = amba.challenges().create(NewChallenge.of("Sprint", start, start.plus(WEEK),
        ChallengeGoal.eventCount("run.completed", 5)));

    assertThat(c.key()).isNull();
    assertThat(c.name()).isEqualTo("Sprint");
    assertThat(c.startAt()).isEqualTo(start);
    assertThat(c.endAt()).isEqualTo(start.plus(WEEK));
    assertThat(c.goalType()).isEqualTo(GoalType.EVENT_COUNT);
    assertThat(c.goalValue()).isEqualTo(5);
    assertThat(c.goalEvent()).isEqualTo("run.completed");
    assertThat(c.streakDefinitionId()).isNull();
    assertThat(c.rewardXp()).isZero();
    assertThat(c.rewardAchievementId()).isNull();
    assertThat(c.isActive()).isTrue();
    assertThat(c.createdAt()).isEqualTo(CLOCK.instant());
    assertThat(amba.challenges().get(c.id())).isEqualTo(c);
  }

  @Test
  void aTakenKey_is409ChallengeExists_butChallengesWithoutAKeyNeverClash() {
    running("sprint", ChallengeGoal.xpEarned(10));
    assertThatThrownBy(() -> running("sprint", ChallengeGoal.xpEarned(20)))
        .isInstanceOfSatisfying(AmbaConflictException.class, e -> assertThat(e.code()).isEqualTo("challenge_exists"));
    Instant start = CLOCK.instant();
    for (int i = 0; i < 2; i++) {
      amba.challenges().create(NewChallenge.of("Keyless", start, start.plus(WEEK), ChallengeGoal.xpEarned(1)));
    }
    assertThat(amba.challenges().list()).hasSize(3);
  }

  /** 15.2: 400 invalid_window when the end is not after the start, on create and on update. */
  @Test
  void aWindowThatEndsBeforeItStarts_is400InvalidWindow() {
    ChallengeDefinition c = running("window", ChallengeGoal.xpEarned(10));
    assertThatThrownBy(() -> amba.challenges().update(c.id(), ChallengeUpdate.create().endAt(c.startAt())))
        .isInstanceOfSatisfying(AmbaBadRequestException.class, e -> assertThat(e.code()).isEqualTo("invalid_window"));
    String start = CLOCK.instant().toString();
    ModuleCalls.Answer created = raw.admin("POST", "/challenges", "{\"name\":\"Bad\",\"start_at\":\"" + start
        + "\",\"end_at\":\"" + start + "\",\"goal_type\":\"xp_earned\",\"goal_value\":1}");
    assertThat(created.status()).isEqualTo(400);
    assertThat(created.code()).isEqualTo("invalid_window");
    assertThatThrownBy(() -> NewChallenge.of("Bad", CLOCK.instant(), CLOCK.instant(), ChallengeGoal.xpEarned(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("endAt");
  }

  @Test
  void referencesThatDoNotExist_orFieldsOfAnotherGoal_are400InvalidInput() {
    Instant start = CLOCK.instant();
    assertThatThrownBy(() -> amba.challenges().create(NewChallenge.of("R", start, start.plus(WEEK),
        ChallengeGoal.xpEarned(1)).rewardAchievement("00000000-0000-0000-0000-000000000001")))
        .isInstanceOfSatisfying(AmbaBadRequestException.class, e -> assertThat(e.code()).isEqualTo("invalid_input"));
    assertThatThrownBy(() -> amba.challenges().create(NewChallenge.of("S", start, start.plus(WEEK),
        ChallengeGoal.streakMaintained("daily", 3))))
        .isInstanceOfSatisfying(AmbaBadRequestException.class, e -> assertThat(e.code()).isEqualTo("invalid_input"));
    ModuleCalls.Answer foreign = raw.admin("POST", "/challenges", "{\"name\":\"F\",\"start_at\":\"" + start
        + "\",\"end_at\":\"" + start.plus(WEEK) + "\",\"goal_type\":\"xp_earned\",\"goal_value\":1,"
        + "\"goal_event\":\"run\"}");
    assertThat(foreign.code()).isEqualTo("invalid_input");
    assertThat(foreign.fieldPaths()).containsExactly("goal_event");
    assertThat(amba.challenges().list()).isEmpty();
  }

  @Test
  void update_changesWhatItSets_andRefusesTheGoalsType() {
    AchievementDefinition badge = amba.achievements().create(NewAchievement.of("badge", "Badge",
        AchievementCriteria.xpThreshold(1_000_000)));
    ChallengeDefinition c = running("edit", ChallengeGoal.eventCount(3));
    CLOCK.advance(Duration.ofMinutes(1));

    ChallengeDefinition changed = amba.challenges().update(c.id(), ChallengeUpdate.create().name("Edited")
        .description("now described").goalValue(9).rewardXp(40).rewardAchievement(badge.id())
        .endAt(c.endAt().plus(WEEK)).active(false));

    assertThat(changed.name()).isEqualTo("Edited");
    assertThat(changed.description()).isEqualTo("now described");
    assertThat(changed.goalValue()).isEqualTo(9);
    assertThat(changed.rewardXp()).isEqualTo(40);
    assertThat(changed.rewardAchievementId()).isEqualTo(badge.id());
    assertThat(changed.endAt()).isEqualTo(c.endAt().plus(WEEK));
    assertThat(changed.isActive()).isFalse();
    assertThat(changed.updatedAt()).isEqualTo(CLOCK.instant());
    assertThat(amba.challenges().update(c.id(), ChallengeUpdate.create().rewardAchievement(null))
        .rewardAchievementId()).isNull();
    ModuleCalls.Answer goalType = raw.admin("PATCH", "/challenges/" + c.id(), "{\"goal_type\":\"xp_earned\"}");
    assertThat(goalType.status()).isEqualTo(400);
    assertThat(goalType.code()).isEqualTo("immutable_field");
  }

  /** 15.2 list: the window's phase by the server's clock, every challenge in exactly one. */
  @Test
  void list_filtersByPhase() {
    Instant now = CLOCK.instant();
    ChallengeDefinition past = amba.challenges().create(NewChallenge.of("Past", now.minus(WEEK).minus(WEEK),
        now.minus(WEEK), ChallengeGoal.xpEarned(1)));
    ChallengeDefinition current = running("current", ChallengeGoal.xpEarned(1));
    ChallengeDefinition next = amba.challenges().create(NewChallenge.of("Next", now.plus(WEEK),
        now.plus(WEEK).plus(WEEK), ChallengeGoal.xpEarned(1)));

    assertThat(amba.challenges().list(ChallengePhase.ENDED)).containsExactly(past);
    assertThat(amba.challenges().list(ChallengePhase.ACTIVE)).containsExactly(current);
    assertThat(amba.challenges().list(ChallengePhase.UPCOMING)).containsExactly(next);
    assertThat(amba.challenges().list()).containsExactly(past, current, next);
    assertThat(raw.admin("GET", "/challenges?status=soon", null).code()).isEqualTo("invalid_input");

    CLOCK.advance(WEEK);
    assertThat(amba.challenges().list(ChallengePhase.ACTIVE)).containsExactly(next);
    assertThat(amba.challenges().list(ChallengePhase.ENDED)).containsExactly(past, current);
  }

  // ---------------------------------------------------------------- client routes (15.1)

  @Test
  void running_listsActiveChallengesInsideTheirWindow_withTheUsersStanding() {
    Instant now = CLOCK.instant();
    ChallengeDefinition open = running("open", ChallengeGoal.eventCount("go", 2));
    ChallengeDefinition paused = running("paused", ChallengeGoal.eventCount("go", 2));
    amba.challenges().update(paused.id(), ChallengeUpdate.create().active(false));
    amba.challenges().create(NewChallenge.of("Soon", now.plusSeconds(60), now.plus(WEEK), ChallengeGoal.xpEarned(1))
        .key("soon"));
    AmbaUser user = newUser();

    assertThat(user.challenges().running()).singleElement().satisfies(v -> {
      assertThat(v.id()).isEqualTo(open.id());
      assertThat(v.isJoined()).isFalse();
      assertThat(v.userStatus()).isNull();
      assertThat(v.userProgress()).isZero();
    });

    user.challenges().join("open");
    user.events().track("go");
    ChallengeView joined = user.challenges().running().get(0);
    assertThat(joined.isJoined()).isTrue();
    assertThat(joined.userStatus()).isEqualTo(ChallengeStatus.ACTIVE);
    assertThat(joined.userProgress()).isEqualTo(1);

    CLOCK.advance(Duration.ofSeconds(60));
    assertThat(user.challenges().running()).extracting(ChallengeView::key).containsExactly("open", "soon");
  }

  /** 15.1 join: 201 new, 200 again with the same entry; 404 not_found unless running. */
  @Test
  void join_is201ThenTheSameEntry_and404UnlessTheChallengeRuns() {
    ChallengeDefinition c = running("joinable", ChallengeGoal.eventCount(5));
    String uid = PROJECTS.newUid();

    ModuleCalls.Answer first = raw.asUser(uid, "POST", "/challenges/joinable/join", null);
    ModuleCalls.Answer again = raw.asUser(uid, "POST", "/challenges/" + c.id() + "/join", null);
    assertThat(first.status()).isEqualTo(201);
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.data()).isEqualTo(first.data());
    UserChallenge entry = amba.asUser(uid).challenges().join("joinable");
    assertThat(entry.id()).isEqualTo(first.data().getString("id"));
    assertThat(entry.appUserId()).isEqualTo(uid);
    assertThat(entry.challengeId()).isEqualTo(c.id());
    assertThat(entry.progress()).isZero();
    assertThat(entry.status()).isEqualTo(ChallengeStatus.ACTIVE);
    assertThat(entry.createdAt()).isEqualTo(CLOCK.instant());

    Instant now = CLOCK.instant();
    amba.challenges().create(NewChallenge.of("Later", now.plusSeconds(5), now.plus(WEEK), ChallengeGoal.xpEarned(1))
        .key("later"));
    amba.challenges().create(NewChallenge.of("Over", now.minus(WEEK), now.minusSeconds(1), ChallengeGoal.xpEarned(1))
        .key("over"));
    ChallengeDefinition off = running("off", ChallengeGoal.xpEarned(1));
    amba.challenges().update(off.id(), ChallengeUpdate.create().active(false));
    for (String idOrKey : List.of("later", "over", "off", "missing", "00000000-0000-0000-0000-000000000000")) {
      assertThatThrownBy(() -> amba.asUser(uid).challenges().join(idOrKey)).as(idOrKey)
          .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> assertThat(e.code()).isEqualTo("not_found"));
    }
  }

  /** 15.4 #1: only activity after the join counts. */
  @Test
  void activityBeforeTheJoin_doesNotCount() {
    running("after_join", ChallengeGoal.eventCount("push_up", 3));
    AmbaUser user = newUser();
    user.events().track("push_up");
    user.events().track("push_up");

    user.challenges().join("after_join");
    assertThat(progress(user, "after_join").progress()).isZero();
    user.events().track("push_up");

    assertThat(user.challenges().get("after_join").userProgress()).isEqualTo(1);
  }

  /** 15.4 #2: without a goal_event every tracked event counts, and no derived one does. */
  @Test
  void eventCountWithoutAGoalEvent_countsTrackedEvents_notDerivedOnes() {
    amba.achievements().create(NewAchievement.of("first", "First", AchievementCriteria.eventCount("a", 1))
        .xpReward(5));
    running("busy", ChallengeGoal.eventCount(10));
    AmbaUser user = newUser();
    user.challenges().join("busy");

    user.events().track("a");
    user.events().track("b");

    // "a" also derived achievement_unlocked and xp_awarded: they do not count.
    assertThat(events(user, "achievement_unlocked")).hasSize(1);
    assertThat(user.challenges().get("busy").userProgress()).isEqualTo(2);
  }

  /** 15.4 #3: xp_earned adds the amount of each xp_awarded. */
  @Test
  void xpEarned_addsTheAmountOfEachXpAward() {
    amba.achievements().create(NewAchievement.of("thirty", "Thirty", AchievementCriteria.eventCount("x", 1))
        .xpReward(30));
    amba.achievements().create(NewAchievement.of("twelve", "Twelve", AchievementCriteria.eventCount("y", 1))
        .xpReward(12));
    running("earn", ChallengeGoal.xpEarned(100));
    AmbaUser user = newUser();
    user.challenges().join("earn");

    user.events().track("x");
    user.events().track("y");

    assertThat(user.challenges().get("earn").userProgress()).isEqualTo(42);
    assertThat(progress(user, "earn").progress()).isEqualTo(0.42);
  }

  /** 15.4 #4: the highest current_count of the streak seen while joined, from the streaks module. */
  @Test
  void streakMaintained_followsTheStreakWhileJoined() {
    StreakDefinition daily = amba.streaks().create(NewStreak.of("daily_run", "Daily run", "run_done"));
    ChallengeDefinition c = running("run_streak", ChallengeGoal.streakMaintained("daily_run", 2));
    assertThat(c.streakDefinitionId()).isEqualTo(daily.id());
    AmbaUser user = newUser();
    user.events().track("run_done");
    user.challenges().join("run_streak");
    assertThat(user.challenges().get("run_streak").userProgress()).isZero();

    CLOCK.advance(Duration.ofDays(1));
    user.events().track("run_done");

    ChallengeView done = user.challenges().get("run_streak");
    assertThat(done.userProgress()).isEqualTo(2);
    assertThat(done.userStatus()).isEqualTo(ChallengeStatus.COMPLETED);
  }

  /** 15.4 #5: completion grants every reward once, emits challenge_completed, and progress stops. */
  @Test
  void completion_creditsTheXp_unlocksTheAchievement_emitsChallengeCompleted_andStopsProgress() {
    AchievementDefinition badge = amba.achievements().create(NewAchievement.of("finisher", "Finisher",
        AchievementCriteria.eventCount("never_sent", 1)));
    ChallengeDefinition c = amba.challenges().create(NewChallenge.of("Three runs", CLOCK.instant(),
        CLOCK.instant().plus(WEEK), ChallengeGoal.eventCount("run", 3)).key("three_runs").rewardXp(75)
        .rewardAchievement(badge.id()));
    AmbaUser user = newUser();
    user.challenges().join("three_runs");

    user.events().track("run");
    user.events().track("run");
    assertThat(progress(user, "three_runs")).isEqualTo(new ChallengeProgress(c.id(), 2 / 3.0, false, false, null,
        null));
    CLOCK.advance(Duration.ofHours(2));
    user.events().track("run");

    ChallengeProgress done = progress(user, "three_runs");
    assertThat(done).isEqualTo(new ChallengeProgress(c.id(), 1.0, true, false, CLOCK.instant(), null));
    assertThat(user.challenges().get(c.id()).userCompletedAt()).isEqualTo(CLOCK.instant());
    assertThat(events(user, "xp_awarded")).singleElement().satisfies(e -> assertThat(e.properties())
        .containsEntry("amount", new BigDecimal(75)).containsEntry("source", "challenge"));
    assertThat(user.xp().history()).singleElement().satisfies(entry -> {
      assertThat(entry.xpAmount()).isEqualTo(75);
      assertThat(entry.reason()).isEqualTo("challenge:" + c.id());
      assertThat(entry.source()).isEqualTo("challenge");
    });
    assertThat(user.achievements().get("finisher").unlockedAt()).isEqualTo(CLOCK.instant());
    assertThat(events(user, "challenge_completed")).singleElement().satisfies(e -> assertThat(e.properties())
        .isEqualTo(Map.of("challenge_id", c.id(), "key", "three_runs")));

    user.events().track("run");
    assertThat(user.challenges().get(c.id()).userProgress()).isEqualTo(3);
    assertThat(events(user, "challenge_completed")).hasSize(1);
    assertThat(events(user, "xp_awarded")).hasSize(1);
  }

  /** Racing events of one user: every one counts, and only one of them completes the challenge. */
  @Test
  void concurrentEventsOfOneUser_allCount_andCompleteTheChallengeOnce() throws Exception {
    amba.challenges().create(NewChallenge.of("Rush", CLOCK.instant(), CLOCK.instant().plus(WEEK),
        ChallengeGoal.eventCount("tap", 40)).key("rush").rewardXp(10));
    running("tally", ChallengeGoal.eventCount("tap", 1000));
    AmbaUser user = newUser();
    user.challenges().join("rush");
    user.challenges().join("tally");
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      List<java.util.concurrent.Future<?>> taps = new java.util.ArrayList<>();
      for (int t = 0; t < 8; t++) {
        taps.add(pool.submit(() -> {
          for (int i = 0; i < 6; i++) {
            user.events().track("tap");
          }
        }));
      }
      for (java.util.concurrent.Future<?> f : taps) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(user.challenges().get("tally").userProgress()).isEqualTo(48);
    assertThat(user.challenges().get("rush").userStatus()).isEqualTo(ChallengeStatus.COMPLETED);
    assertThat(user.challenges().get("rush").userProgress()).isEqualTo(40);
    assertThat(events(user, "challenge_completed")).hasSize(1);
    assertThat(events(user, "xp_awarded")).hasSize(1);
  }

  /** 15.4 #1 and #6: activity after end_at does not count, and the entry then fails when read. */
  @Test
  void afterTheWindowCloses_activityDoesNotCount_andTheEntryFails() {
    Instant start = CLOCK.instant();
    ChallengeDefinition c = amba.challenges().create(NewChallenge.of("Short", start, start.plus(Duration.ofHours(1)),
        ChallengeGoal.eventCount("lap", 2)).key("short"));
    AmbaUser user = newUser();
    user.challenges().join("short");
    user.events().track("lap");

    CLOCK.advance(Duration.ofHours(1));
    assertThat(user.challenges().mine().get(0).userChallenge().status()).isEqualTo(ChallengeStatus.ACTIVE);
    CLOCK.advance(Duration.ofMillis(1));
    user.events().track("lap");

    UserChallenge entry = user.challenges().mine().get(0).userChallenge();
    assertThat(entry.status()).isEqualTo(ChallengeStatus.FAILED);
    assertThat(entry.progress()).isEqualTo(1);
    assertThat(user.challenges().get(c.id()).userStatus()).isEqualTo(ChallengeStatus.FAILED);
    assertThat(progress(user, "short").completed()).isFalse();
    assertThat(user.challenges().running()).isEmpty();
    assertThat(events(user, "challenge_completed")).isEmpty();
  }

  /** 15.4 #6 is lazy: a read alone settles the entry, no event needed. */
  @Test
  void anEntryPastItsWindow_failsOnTheNextRead() {
    Instant start = CLOCK.instant();
    amba.challenges().create(NewChallenge.of("Quick", start, start.plusSeconds(10), ChallengeGoal.xpEarned(5))
        .key("quick"));
    AmbaUser user = newUser();
    user.challenges().join("quick");
    CLOCK.advance(Duration.ofSeconds(11));

    assertThat(progress(user, "quick").completed()).isFalse();
    assertThat(user.challenges().mine().get(0).userChallenge().status()).isEqualTo(ChallengeStatus.FAILED);
    // Failed for good: moving the end later does not revive it.
    ChallengeDefinition c = amba.challenges().list().get(0);
    amba.challenges().update(c.id(), ChallengeUpdate.create().endAt(CLOCK.instant().plus(WEEK)));
    assertThat(user.challenges().get("quick").userStatus()).isEqualTo(ChallengeStatus.FAILED);
  }

  /** 15.1 claim: 404 not_joined, 409 not_completed, then claimed once. */
  @Test
  void claim_marksAClaimOnce_onlyAfterCompletion() {
    ChallengeDefinition c = running("claimable", ChallengeGoal.eventCount("win", 1));
    AmbaUser user = newUser();
    assertThatThrownBy(() -> user.challenges().claim("claimable"))
        .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> assertThat(e.code()).isEqualTo("not_joined"));
    assertThatThrownBy(() -> user.challenges().progress("claimable"))
        .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> assertThat(e.code()).isEqualTo("not_joined"));
    user.challenges().join("claimable");
    assertThatThrownBy(() -> user.challenges().claim("claimable"))
        .isInstanceOfSatisfying(AmbaConflictException.class, e -> assertThat(e.code()).isEqualTo("not_completed"));

    user.events().track("win");
    Instant completedAt = CLOCK.instant();
    CLOCK.advance(Duration.ofMinutes(3));
    ChallengeProgress claimed = user.challenges().claim(c.id());
    assertThat(claimed).isEqualTo(new ChallengeProgress(c.id(), 1.0, true, true, completedAt, CLOCK.instant()));
    CLOCK.advance(Duration.ofMinutes(3));
    assertThat(user.challenges().claim("claimable")).isEqualTo(claimed);
    assertThat(progress(user, "claimable")).isEqualTo(claimed);
    assertThat(user.challenges().mine().get(0).userChallenge().claimedAt()).isEqualTo(claimed.claimedAt());
  }

  @Test
  void missingChallenges_are404NotFound_onEveryClientRoute() {
    AmbaUser user = newUser();
    assertThatThrownBy(() -> user.challenges().get("nope"))
        .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> assertThat(e.code()).isEqualTo("not_found"));
    assertThatThrownBy(() -> user.challenges().progress("nope")).isInstanceOf(AmbaNotFoundException.class);
    assertThatThrownBy(() -> user.challenges().get("mine")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("idOrKey");
  }

  /** 15.1 get: whatever the window, but an inactive challenge only to users who joined it. */
  @Test
  void get_readsAChallengeWhateverItsWindow() {
    Instant now = CLOCK.instant();
    amba.challenges().create(NewChallenge.of("Past", now.minus(WEEK), now.minusSeconds(1), ChallengeGoal.xpEarned(1))
        .key("past").description("old news"));
    AmbaUser user = newUser();
    ChallengeView past = user.challenges().get("past");
    assertThat(past.description()).isEqualTo("old news");
    assertThat(past.isJoined()).isFalse();

    ChallengeDefinition hidden = running("hidden", ChallengeGoal.xpEarned(1));
    AmbaUser joiner = newUser();
    joiner.challenges().join("hidden");
    amba.challenges().update(hidden.id(), ChallengeUpdate.create().active(false));
    assertThat(joiner.challenges().get("hidden").isJoined()).isTrue();
    assertThatThrownBy(() -> user.challenges().get("hidden")).isInstanceOf(AmbaNotFoundException.class);
  }

  /** 15.1 mine: active, completed and failed, newest join first, each with its definition. */
  @Test
  void mine_listsEveryJoinedChallenge_newestJoinFirst_withItsDefinition() {
    running("won", ChallengeGoal.eventCount("w", 1));
    Instant start = CLOCK.instant();
    amba.challenges().create(NewChallenge.of("Lost", start, start.plusSeconds(30), ChallengeGoal.eventCount("l", 5))
        .key("lost").rewardXp(9));
    running("ongoing", ChallengeGoal.eventCount("o", 5));
    running("ignored", ChallengeGoal.eventCount("o", 5));
    AmbaUser user = newUser();
    user.challenges().join("won");
    CLOCK.advance(Duration.ofSeconds(1));
    user.challenges().join("lost");
    CLOCK.advance(Duration.ofSeconds(1));
    user.challenges().join("ongoing");
    user.events().track("w");
    CLOCK.advance(Duration.ofMinutes(1));

    List<UserChallengeWithDefinition> mine = user.challenges().mine();

    assertThat(mine).extracting(m -> m.definition().name())
        .containsExactly("Challenge ongoing", "Lost", "Challenge won");
    assertThat(mine).extracting(m -> m.userChallenge().status())
        .containsExactly(ChallengeStatus.ACTIVE, ChallengeStatus.FAILED, ChallengeStatus.COMPLETED);
    assertThat(mine.get(1).definition().goalType()).isEqualTo(GoalType.EVENT_COUNT);
    assertThat(mine.get(1).definition().goalValue()).isEqualTo(5);
    assertThat(mine.get(1).definition().rewardXp()).isEqualTo(9);
    assertThat(mine.get(1).definition().endAt()).isEqualTo(start.plusSeconds(30));
  }

  // ---------------------------------------------------------------- participants and delete

  @Test
  void participants_arePagedInJoinOrder_withTheirProfiles() {
    ChallengeDefinition c = running("crowd", ChallengeGoal.eventCount(3));
    AmbaUser ada = newUser();
    ada.users().update(dev.amba.users.ProfileUpdate.create().displayName("Ada")
        .avatarUrl("https://cdn.example.com/ada.png"));
    ada.challenges().join("crowd");
    for (int i = 0; i < 104; i++) {
      CLOCK.advance(Duration.ofMillis(1));
      newUser().challenges().join("crowd");
    }
    PROJECTS.emulator().clearRecordedRequests();

    var first = amba.challenges().participants(c.id(), 0, 2);
    assertThat(first.total()).isEqualTo(105);
    assertThat(first.items()).hasSize(2);
    assertThat(first.items().get(0).displayName()).isEqualTo("Ada");
    assertThat(first.items().get(0).avatarUrl()).isEqualTo("https://cdn.example.com/ada.png");
    assertThat(first.items().get(0).userChallenge().appUserId()).isEqualTo(ada.uid());
    assertThat(first.items().get(1).displayName()).isNull();

    List<String> all = amba.challenges().participants(c.id()).map(p -> p.userChallenge().appUserId()).toList();
    assertThat(all).hasSize(105).doesNotHaveDuplicates().startsWith(ada.uid());
    assertThat(PROJECTS.emulator().recordedRequests()).filteredOn(r -> r.path().contains("/participants")).hasSize(3);
    assertThat(raw.admin("GET", "/challenges/" + c.id() + "/participants?limit=101", null).code())
        .isEqualTo("invalid_input");
  }

  /** 15.2: a challenge is deleted with its participants' entries. */
  @Test
  void delete_removesTheChallengeWithItsEntries() {
    ChallengeDefinition c = running("doomed", ChallengeGoal.eventCount(3));
    ChallengeDefinition kept = running("kept", ChallengeGoal.eventCount(3));
    AmbaUser user = newUser();
    user.challenges().join("doomed");
    user.challenges().join("kept");

    ModuleCalls.Answer answer = raw.admin("DELETE", "/challenges/" + c.id(), null);

    assertThat(answer.data()).isEqualTo(jakarta.json.Json.createObjectBuilder().add("id", c.id())
        .add("deleted", true).build());
    assertThat(user.challenges().mine()).extracting(m -> m.userChallenge().challengeId()).containsExactly(kept.id());
    assertThatThrownBy(() -> amba.challenges().get(c.id())).isInstanceOf(AmbaNotFoundException.class);
    assertThatThrownBy(() -> amba.challenges().participants(c.id(), 0, 10)).isInstanceOf(AmbaNotFoundException.class);
    assertThatThrownBy(() -> amba.challenges().delete(c.id())).isInstanceOf(AmbaNotFoundException.class);
    assertThat(amba.challenges().participants(kept.id(), 0, 10).total()).isEqualTo(1);
  }

  @Test
  void entries_belongToTheirUser() {
    running("solo", ChallengeGoal.eventCount("go", 2));
    AmbaUser ada = newUser();
    AmbaUser bob = newUser();
    ada.challenges().join("solo");
    ada.events().track("go");

    assertThat(bob.challenges().mine()).isEmpty();
    assertThat(bob.challenges().get("solo").isJoined()).isFalse();
    assertThatThrownBy(() -> bob.challenges().progress("solo")).isInstanceOf(AmbaNotFoundException.class);
    bob.challenges().join("solo");
    assertThat(bob.challenges().get("solo").userProgress()).isZero();
    assertThat(ada.challenges().get("solo").userProgress()).isEqualTo(1);
  }
}
