package dev.amba.xp;

import dev.amba.internal.WireForms;
import dev.amba.internal.xp.XpArguments;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An XP rule to create. Immutable: each method returns a new value.
 *
 * <pre>{@code
 * amba.xp().createRule(NewXpRule.of("Lesson done", "lesson_completed", 20)
 *     .maxPerDay(5).cooldownSeconds(60));
 * }</pre>
 */
public final class NewXpRule {

  static {
    WireForms.register(NewXpRule.class, NewXpRule::fields);
  }

  private final Map<String, Object> fields;

  private NewXpRule(Map<String, Object> fields) {
    this.fields = fields;
  }

  /**
   * A rule without a cooldown or a daily cap.
   *
   * @param name what admins call it; also the {@code reason} of the ledger entries it writes
   * @param eventName snake_case words, optionally joined by {@code .}, at most 128 characters
   * @param xpAmount XP per award, at least 1
   * @return the rule to create, active
   * @throws IllegalArgumentException if an argument breaks its rule ({@code name}: 1 to 128
   *     characters, not blank)
   */
  public static NewXpRule of(String name, String eventName, int xpAmount) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("name", XpArguments.name(name, "name"));
    f.put("event_name", XpArguments.eventName(eventName, "eventName"));
    f.put("xp_amount", XpArguments.xpAmount(xpAmount, "xpAmount"));
    return new NewXpRule(Collections.unmodifiableMap(f));
  }

  /**
   * At most this many awards (≥ 1) per user per UTC day; null, the default, for no cap.
   *
   * @param maxPerDay the daily cap, at least 1, or null for none
   * @return a copy with the cap set
   * @throws IllegalArgumentException if {@code maxPerDay} is below 1
   */
  public NewXpRule maxPerDay(Integer maxPerDay) {
    return with("max_per_day", XpArguments.maxPerDay(maxPerDay, "maxPerDay"));
  }

  /**
   * At least this many seconds (≥ 0) between two awards to the same user; 0, the default, for none.
   *
   * @param cooldownSeconds the least time between awards, in seconds
   * @return a copy with the cooldown set
   * @throws IllegalArgumentException if {@code cooldownSeconds} is negative
   */
  public NewXpRule cooldownSeconds(int cooldownSeconds) {
    return with("cooldown_seconds", XpArguments.cooldownSeconds(cooldownSeconds, "cooldownSeconds"));
  }

  /**
   * The rule's name, as given to {@link #of}.
   *
   * @return the name, which is also the reason of the ledger entries the rule writes
   */
  public String name() {
    return (String) fields.get("name");
  }

  /** The wire body. */
  private Map<String, Object> fields() {
    return fields;
  }

  private NewXpRule with(String name, Object value) {
    Map<String, Object> f = new LinkedHashMap<>(fields);
    f.put(name, value);
    return new NewXpRule(Collections.unmodifiableMap(f));
  }

  @Override
  public String toString() {
    return "NewXpRule" + fields;
  }
}
