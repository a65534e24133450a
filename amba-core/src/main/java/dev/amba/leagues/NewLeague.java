package dev.amba.leagues;

import dev.amba.internal.WireForms;
import dev.amba.internal.util.ModuleArguments;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A league tier to create. Without the setters a tier promotes 5, demotes 5 and fills cohorts of
 * 30. Immutable; checked as it is built.
 *
 * <pre>{@code
 * amba.leagues().create(NewLeague.of("Diamond", 3).promoteCount(0).cohortSize(20));
 * }</pre>
 */
public final class NewLeague extends LeagueFields<NewLeague> {

  static {
    WireForms.register(NewLeague.class, NewLeague::fields);
  }

  private NewLeague(Map<String, Object> fields) {
    super(fields);
  }

  /**
   * A tier with its name and place, and the default counts.
   *
   * @param name the name shown to users; refused when blank, longer than {@value #MAX_NAME}
   *     characters or holding an unpaired surrogate
   * @param tierOrder the tier's place on the ladder, 0 to {@value #MAX_TIER_ORDER}, 0 lowest; unique
   *     in the project (the default tiers Bronze, Silver and Gold hold 0, 1 and 2) and never changed
   * @return the tier to create, promoting 5, demoting 5, in cohorts of 30
   * @throws IllegalArgumentException if {@code name} or {@code tierOrder} breaks its rule
   */
  public static NewLeague of(String name, int tierOrder) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("name", ModuleArguments.name(name, "name", MAX_NAME));
    f.put("tier_order", ModuleArguments.range(tierOrder, 0, MAX_TIER_ORDER, "tierOrder"));
    return new NewLeague(f);
  }

  @Override
  NewLeague make(Map<String, Object> changed) {
    return new NewLeague(changed);
  }
}
