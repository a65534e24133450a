package dev.amba.internal.streaks;

import dev.amba.internal.Json;
import dev.amba.internal.ProjectCalls;
import dev.amba.internal.UserIds;
import dev.amba.internal.WireForms;
import dev.amba.internal.endpoint.StreakEndpoints;
import dev.amba.streaks.NewStreak;
import dev.amba.streaks.ProjectStreaks;
import dev.amba.streaks.StreakDefinition;
import dev.amba.streaks.StreakUpdate;
import dev.amba.streaks.UserStreak;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Streak definitions and shield grants (server key). */
public final class StreakAdmin implements ProjectStreaks {

  private static final java.lang.reflect.Type DEFINITIONS =
      Json.parameterized(List.class, StreakWire.Definition.class);

  private final ProjectCalls calls;

  public StreakAdmin(ProjectCalls calls) {
    this.calls = calls;
  }

  @Override
  public StreakDefinition create(NewStreak streak) {
    Objects.requireNonNull(streak, "streak");
    Map<String, Object> body = WireForms.of(streak);
    StreakRules.graceFitsPeriod(body, true);
    return calls.call(StreakEndpoints.ADMIN_CREATE)
        .body(body).<StreakWire.Definition>data(StreakWire.Definition.class).toPublic();
  }

  @Override
  public List<StreakDefinition> list() {
    List<StreakWire.Definition> all = calls.call(StreakEndpoints.ADMIN_LIST)
        .data(DEFINITIONS);
    return all.stream().map(StreakWire.Definition::toPublic).toList();
  }

  @Override
  public StreakDefinition update(String idOrKey, StreakUpdate update) {
    StreakRules.idOrKey(idOrKey);
    Objects.requireNonNull(update, "update");
    Map<String, Object> body = WireForms.of(update);
    if (body.isEmpty()) {
      throw new IllegalArgumentException("update: set at least one setting");
    }
    StreakRules.graceFitsPeriod(body, false);
    return calls.call(StreakEndpoints.ADMIN_UPDATE, idOrKey)
        .body(body).<StreakWire.Definition>data(StreakWire.Definition.class).toPublic();
  }

  @Override
  public void delete(String idOrKey) {
    StreakRules.idOrKey(idOrKey);
    calls.call(StreakEndpoints.ADMIN_DELETE, idOrKey).data(Map.class);
  }

  @Override
  public UserStreak grantShield(String userId, String idOrKey, int count) {
    UserIds.check(userId, "userId");
    StreakRules.idOrKey(idOrKey);
    StreakRules.shieldCount(count);
    return calls.call(StreakEndpoints.ADMIN_GRANT_SHIELD, userId, idOrKey)
        .body(Map.of("count", count)).<StreakWire.Row>data(StreakWire.Row.class).toPublic();
  }
}
