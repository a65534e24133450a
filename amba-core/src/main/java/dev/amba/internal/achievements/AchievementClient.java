package dev.amba.internal.achievements;

import dev.amba.achievements.AchievementProgress;
import dev.amba.achievements.AchievementView;
import dev.amba.achievements.UserAchievements;
import dev.amba.internal.UserCalls;
import dev.amba.internal.Json;
import dev.amba.internal.endpoint.AchievementEndpoints;
import dev.amba.internal.util.ModuleNames;
import java.lang.reflect.Type;
import java.util.List;

/** The acting user's achievements: reads only; unlocks happen on the server. */
public final class AchievementClient implements UserAchievements {

  private static final Type VIEWS = Json.parameterized(List.class, AchievementWire.Achievement.class);
  private static final Type PROGRESS = Json.parameterized(List.class, AchievementWire.ProgressItem.class);
  /** {@code GET /achievements/progress} is the progress list, never the achievement keyed so (M1). */
  private static final String[] SHADOWED = {"progress"};

  private final UserCalls calls;

  public AchievementClient(UserCalls calls) {
    this.calls = calls;
  }

  @Override
  public List<AchievementView> list() {
    List<AchievementWire.Achievement> list = calls.call(AchievementEndpoints.LIST).data(VIEWS);
    return list.stream().map(AchievementWire.Achievement::view).toList();
  }

  @Override
  public AchievementView get(String idOrKey) {
    ModuleNames.idOrKey(idOrKey, "idOrKey", SHADOWED);
    return calls.call(AchievementEndpoints.GET, idOrKey)
        .<AchievementWire.Achievement>data(AchievementWire.Achievement.class).view();
  }

  @Override
  public List<AchievementProgress> progress() {
    List<AchievementWire.ProgressItem> list = calls.call(AchievementEndpoints.PROGRESS)
        .data(PROGRESS);
    return list.stream().map(AchievementWire.ProgressItem::toPublic).toList();
  }
}
