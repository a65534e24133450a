package dev.amba.internal.achievements;

import dev.amba.achievements.AchievementDefinition;
import dev.amba.achievements.AchievementUpdate;
import dev.amba.achievements.NewAchievement;
import dev.amba.achievements.ProjectAchievements;
import dev.amba.internal.ProjectCalls;
import dev.amba.internal.Json;
import dev.amba.internal.WireForms;
import dev.amba.internal.endpoint.AchievementEndpoints;
import dev.amba.internal.util.ModuleNames;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Objects;

/** Achievement definitions (server key). */
public final class AchievementAdmin implements ProjectAchievements {

  private static final Type LIST = Json.parameterized(List.class, AchievementWire.Achievement.class);

  private final ProjectCalls calls;

  public AchievementAdmin(ProjectCalls calls) {
    this.calls = calls;
  }

  @Override
  public AchievementDefinition create(NewAchievement achievement) {
    Objects.requireNonNull(achievement, "achievement");
    return calls.call(AchievementEndpoints.ADMIN_CREATE)
        .body(WireForms.of(achievement)).<AchievementWire.Achievement>data(AchievementWire.Achievement.class)
        .definition();
  }

  @Override
  public List<AchievementDefinition> list() {
    List<AchievementWire.Achievement> list = calls.call(AchievementEndpoints.ADMIN_LIST)
        .data(LIST);
    return list.stream().map(AchievementWire.Achievement::definition).toList();
  }

  @Override
  public AchievementDefinition get(String achievementId) {
    return calls.call(AchievementEndpoints.ADMIN_GET, id(achievementId))
        .<AchievementWire.Achievement>data(AchievementWire.Achievement.class).definition();
  }

  @Override
  public AchievementDefinition update(String achievementId, AchievementUpdate update) {
    id(achievementId);
    return calls.call(AchievementEndpoints.ADMIN_UPDATE, achievementId)
        .body(WireForms.ofUpdate(update)).<AchievementWire.Achievement>data(AchievementWire.Achievement.class).definition();
  }

  @Override
  public void delete(String achievementId) {
    calls.call(AchievementEndpoints.ADMIN_DELETE, id(achievementId)).send();
  }

  /** The admin routes take the id alone: a key there would be a 404 the caller could not explain. */
  private static String id(String achievementId) {
    return ModuleNames.uuid(achievementId, "achievementId");
  }
}
