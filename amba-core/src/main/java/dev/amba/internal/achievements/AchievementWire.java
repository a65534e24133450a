package dev.amba.internal.achievements;

import dev.amba.achievements.AchievementCriteria;
import dev.amba.achievements.AchievementDefinition;
import dev.amba.achievements.AchievementProgress;
import dev.amba.achievements.AchievementView;
import dev.amba.achievements.CriteriaProgress;
import dev.amba.achievements.CriteriaType;
import java.time.Instant;

/**
 * Achievement answers as they arrive: every field optional, server strings kept as strings, the
 * older names beside the newer (M2) so that {@code toPublic()} can read the newer and fall back.
 */
public final class AchievementWire {

  private AchievementWire() {}

  /** A definition (admin) or a view (client): the view adds {@code unlocked_at} and {@code progress}. */
  public record Achievement(
      String id,
      String key,
      String name,
      String description,
      String iconUrl,
      Integer xpReward,
      Criteria criteria,
      Boolean isHidden,
      Integer sortOrder,
      Boolean isActive,
      Instant createdAt,
      Instant updatedAt,
      Instant unlockedAt,
      Progress progress) {

    AchievementDefinition definition() {
      return new AchievementDefinition(id, key, name, description, iconUrl, n(xpReward), publicCriteria(), yes(isHidden),
          n(sortOrder), isActive == null || isActive, createdAt, updatedAt);
    }

    AchievementView view() {
      return new AchievementView(id, key, name, description, iconUrl, n(xpReward), publicCriteria(), yes(isHidden),
          n(sortOrder), isActive == null || isActive, createdAt, updatedAt, unlockedAt,
          progress == null ? null : progress.toPublic());
    }

    private AchievementCriteria publicCriteria() {
      return criteria == null ? null : criteria.toPublic();
    }
  }

  public record Criteria(String type, String eventName, String streakDefinitionId, String propertyKey,
      Integer targetValue) {
    AchievementCriteria toPublic() {
      return new AchievementCriteria(new CriteriaType(type == null ? "" : type), eventName, streakDefinitionId,
          propertyKey, n(targetValue));
    }
  }

  /** {@code current_value}/{@code target_value}, or the older guide's {@code current}/{@code target}. */
  public record Progress(Long currentValue, Long targetValue, Long current, Long target) {
    CriteriaProgress toPublic() {
      return new CriteriaProgress(first(currentValue, current), first(targetValue, target));
    }

    private static long first(Long newer, Long older) {
      return newer != null ? newer : older != null ? older : 0;
    }
  }

  public record ProgressItem(String achievementId, String key, Double progress, Boolean unlocked,
      Instant unlockedAt) {
    AchievementProgress toPublic() {
      return new AchievementProgress(achievementId, key, progress == null ? 0 : progress,
          unlocked != null ? unlocked : unlockedAt != null, unlockedAt);
    }
  }

  private static int n(Integer value) {
    return value == null ? 0 : value;
  }

  private static boolean yes(Boolean value) {
    return value != null && value;
  }
}
