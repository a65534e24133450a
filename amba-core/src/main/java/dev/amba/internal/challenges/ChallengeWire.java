package dev.amba.internal.challenges;

import dev.amba.challenges.ChallengeDefinition;
import dev.amba.challenges.ChallengeParticipant;
import dev.amba.challenges.ChallengeProgress;
import dev.amba.challenges.ChallengeStatus;
import dev.amba.challenges.ChallengeSummary;
import dev.amba.challenges.ChallengeView;
import dev.amba.challenges.GoalType;
import dev.amba.challenges.UserChallenge;
import dev.amba.challenges.UserChallengeWithDefinition;
import java.time.Instant;

/**
 * Challenge answers as they arrive: every field optional, server strings kept as strings until
 * {@code toPublic()}. The 4.x core's {@code starts_at}/{@code ends_at} are read when the newer
 * {@code start_at}/{@code end_at} are absent (decode aliases only, never sent).
 */
public final class ChallengeWire {

  private ChallengeWire() {}

  /** A definition (admin) or a view (client): the view adds the {@code user_*} fields and {@code is_joined}. */
  public record Challenge(
      String id,
      String key,
      String name,
      String description,
      Instant startAt,
      Instant endAt,
      Instant startsAt,
      Instant endsAt,
      String goalType,
      Integer goalValue,
      String goalEvent,
      String streakDefinitionId,
      Integer rewardXp,
      String rewardAchievementId,
      Boolean isActive,
      Instant createdAt,
      Instant updatedAt,
      Long userProgress,
      String userStatus,
      Instant userCompletedAt,
      Boolean isJoined) {

    ChallengeDefinition definition() {
      return new ChallengeDefinition(id, key, name, description, either(startAt, startsAt), either(endAt, endsAt),
          goal(goalType), n(goalValue), goalEvent, streakDefinitionId, n(rewardXp), rewardAchievementId,
          isActive == null || isActive, createdAt, updatedAt);
    }

    ChallengeView view() {
      return new ChallengeView(id, key, name, description, either(startAt, startsAt), either(endAt, endsAt),
          goal(goalType), n(goalValue), n(rewardXp), rewardAchievementId, userProgress == null ? 0 : userProgress,
          userStatus == null ? null : new ChallengeStatus(userStatus), userCompletedAt,
          isJoined != null ? isJoined : userStatus != null);
    }
  }

  /** A user's entry; {@code mine()} adds {@code challenge_definitions}, the participant list {@code app_users}. */
  public record Entry(
      String id,
      String appUserId,
      String challengeId,
      Long progress,
      String status,
      Instant completedAt,
      Instant claimedAt,
      Instant createdAt,
      Instant updatedAt,
      Summary challengeDefinitions,
      Profile appUsers) {

    UserChallenge toPublic() {
      return new UserChallenge(id, appUserId, challengeId, progress == null ? 0 : progress,
          status == null ? null : new ChallengeStatus(status), completedAt, claimedAt, createdAt, updatedAt);
    }

    UserChallengeWithDefinition withDefinition() {
      return new UserChallengeWithDefinition(toPublic(),
          challengeDefinitions == null ? null : challengeDefinitions.toPublic());
    }

    ChallengeParticipant participant() {
      return new ChallengeParticipant(toPublic(), appUsers == null ? null : appUsers.displayName(),
          appUsers == null ? null : appUsers.avatarUrl());
    }
  }

  public record Summary(String name, String description, String goalType, Integer goalValue, Instant startAt,
      Instant endAt, Instant startsAt, Instant endsAt, Integer rewardXp) {
    ChallengeSummary toPublic() {
      return new ChallengeSummary(name, description, goal(goalType), n(goalValue), either(startAt, startsAt),
          either(endAt, endsAt), n(rewardXp));
    }
  }

  public record Profile(String displayName, String avatarUrl) {}

  public record Progress(String challengeId, Double progress, Boolean completed, Boolean claimed,
      Instant completedAt, Instant claimedAt) {
    ChallengeProgress toPublic() {
      return new ChallengeProgress(challengeId, progress == null ? 0 : progress,
          completed != null ? completed : completedAt != null, claimed != null ? claimed : claimedAt != null,
          completedAt, claimedAt);
    }
  }

  private static GoalType goal(String type) {
    return type == null ? null : new GoalType(type);
  }

  private static Instant either(Instant newer, Instant older) {
    return newer != null ? newer : older;
  }

  private static int n(Integer value) {
    return value == null ? 0 : value;
  }
}
