package dev.amba.testkit.internal.challenges;

import dev.amba.testkit.internal.JsonIo;
import dev.amba.testkit.internal.engagement.AchievementRewards;
import dev.amba.testkit.internal.engagement.DerivedEvent;
import dev.amba.testkit.internal.engagement.EngagementStage;
import dev.amba.testkit.internal.engagement.StoredEvent;
import dev.amba.testkit.internal.engagement.StreakReadings;
import dev.amba.testkit.internal.engagement.XpCredits;
import dev.amba.testkit.internal.kit.Resource;
import dev.amba.testkit.internal.kit.Resource.Scope;
import dev.amba.testkit.internal.kit.Row;
import dev.amba.testkit.internal.store.Stores;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongUnaryOperator;

/**
 * A user's entries in challenges over time (15.4): M4 stage 5 advances the entries the event counts
 * for, completion grants the rewards once, and an entry still active after its window closes fails
 * when next read or written (M3's lazy jobs).
 *
 * <p>Every change of an entry is a compare-and-set on its {@code progress} and {@code status}, so
 * two events of one user racing on one entry both count, and only the write that completes it
 * grants the rewards.
 */
final class Participation implements EngagementStage {

  /** M4 stage 5. */
  static final int STEP = 5;
  static final String ACTIVE = "active";
  static final String COMPLETED = "completed";
  static final String FAILED = "failed";

  private final Stores stores;
  private final XpCredits xp;
  private final StreakReadings streaks;
  private final AchievementRewards achievements;

  Participation(Stores stores, XpCredits xp, StreakReadings streaks, AchievementRewards achievements) {
    this.stores = stores;
    this.xp = xp;
    this.streaks = streaks;
    this.achievements = achievements;
  }

  @Override
  public int step() {
    return STEP;
  }

  @Override
  public void apply(StoredEvent event, Consumer<DerivedEvent> emit) throws SQLException {
    Scope user = Scope.user(event.projectId(), event.userId());
    List<Row> entries = stores.db().read(c -> ChallengeRoutes.ENTRIES.listWhere(c, user, "status", ACTIVE));
    Instant at = event.receivedAt();
    for (Row entry : entries) {
      Row challenge = challenge(event.projectId(), entry.string("challenge_id")).orElse(null);
      if (challenge == null || FAILED.equals(settle(entry, challenge, at).string("status"))
          || !counts(challenge, entry, at)) {
        continue;
      }
      LongUnaryOperator next = advance(challenge, event);
      if (next != null) {
        move(entry, challenge, next, at, emit);
      }
    }
  }

  /** 15.4 #1: a running challenge, activity inside its window and not before the user joined. */
  private static boolean counts(Row challenge, Row entry, Instant at) {
    return challenge.bool("is_active") && !at.isBefore(challenge.instant("start_at"))
        && !at.isAfter(challenge.instant("end_at")) && !at.isBefore(entry.instant("created_at"));
  }

  /** How the event moves the entry's progress (15.4 #2-#4), or null when it does not. */
  private LongUnaryOperator advance(Row challenge, StoredEvent event) throws SQLException {
    switch (challenge.string("goal_type")) {
      case "event_count": {
        String goalEvent = challenge.string("goal_event");
        boolean counted = goalEvent == null ? event.depth() == 0 : goalEvent.equals(event.name());
        return counted ? p -> p + 1 : null;
      }
      case "xp_earned": {
        JsonValue amount = event.properties().get("amount");
        if (!"xp_awarded".equals(event.name()) || !(amount instanceof JsonNumber n) || n.longValue() <= 0) {
          return null;
        }
        return p -> p + n.longValue();
      }
      case "streak_maintained": {
        int reading = streaks.currentCount(event.projectId(), event.userId(), challenge.string("streak_definition_id"));
        return p -> Math.max(p, reading);
      }
      default:
        return null;
    }
  }

  /** Moves an active entry's progress; the write that reaches the goal completes it (15.4 #5). */
  private void move(Row entry, Row challenge, LongUnaryOperator next, Instant at, Consumer<DerivedEvent> emit)
      throws SQLException {
    Row current = entry;
    while (current != null && ACTIVE.equals(current.string("status"))) {
      long progress = next.applyAsLong(current.bigint("progress"));
      if (progress == current.bigint("progress")) {
        return;
      }
      boolean completes = progress >= challenge.integer("goal_value");
      Resource.Values change = ChallengeRoutes.ENTRIES.values().set("progress", Json.createValue(progress));
      if (completes) {
        change.set("status", Json.createValue(COMPLETED)).set("completed_at", Resource.stamp(at));
      }
      Optional<Row> written = write(current, change, at);
      if (written.isPresent()) {
        if (completes) {
          reward(current, challenge, emit);
        }
        return;
      }
      current = reread(current);
    }
  }

  /** 15.4 #5: the XP, the achievement, and {@code challenge_completed}, once per entry. */
  private void reward(Row entry, Row challenge, Consumer<DerivedEvent> emit) throws SQLException {
    int rewardXp = challenge.integer("reward_xp");
    if (rewardXp > 0) {
      xp.credit(entry.projectId(), entry.userId(), rewardXp, "challenge", "challenge:" + challenge.id(), null, emit);
    }
    String achievementId = challenge.string("reward_achievement_id");
    if (achievementId != null) {
      achievements.unlock(entry.projectId(), entry.userId(), achievementId, emit);
    }
    emit.accept(new DerivedEvent("challenge_completed", JsonIo.object().add("challenge_id", challenge.id())
        .add("key", challenge.get("key")).build()));
  }

  /** 15.4 #6: an entry still active once the window has closed fails; any other entry is as it is. */
  Row settle(Row entry, Row challenge, Instant now) throws SQLException {
    Row current = entry;
    while (current != null && ACTIVE.equals(current.string("status")) && now.isAfter(challenge.instant("end_at"))) {
      Optional<Row> written = write(current, ChallengeRoutes.ENTRIES.values().set("status",
          Json.createValue(FAILED)), now);
      if (written.isPresent()) {
        return written.get();
      }
      current = reread(current);
    }
    return current == null ? entry : current;
  }

  /** 15.4 #7: marks the claim once; a second claim finds it marked and changes nothing. */
  Row claim(Row entry, Instant now) throws SQLException {
    Row current = entry;
    while (current != null && current.isNull("claimed_at")) {
      Optional<Row> written = write(current, ChallengeRoutes.ENTRIES.values().set("claimed_at", Resource.stamp(now)),
          now);
      if (written.isPresent()) {
        return written.get();
      }
      current = reread(current);
    }
    return current == null ? entry : current;
  }

  /** One compare-and-set write; empty when another write changed the entry since it was read. */
  private Optional<Row> write(Row entry, Resource.Values change, Instant now) throws SQLException {
    return stores.db().transaction(c -> ChallengeRoutes.ENTRIES.updateIfUnchanged(c, entry, change, now,
        "progress", "status", "claimed_at"));
  }

  private Row reread(Row entry) throws SQLException {
    return stores.db().read(c -> ChallengeRoutes.ENTRIES.find(c, Scope.user(entry.projectId(), entry.userId()),
        entry.id())).orElse(null);
  }

  private Optional<Row> challenge(String projectId, String challengeId) throws SQLException {
    return stores.db().read(c -> ChallengeRoutes.CHALLENGES.find(c, Scope.project(projectId), challengeId));
  }
}
