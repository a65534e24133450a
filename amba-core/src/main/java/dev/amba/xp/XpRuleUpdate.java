package dev.amba.xp;

import dev.amba.internal.WireForms;
import dev.amba.internal.xp.XpArguments;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The parts of an XP rule to change; only those set are sent. Immutable. A change applies to
 * awards from now on: XP already credited stays.
 *
 * <pre>{@code
 * amba.xp().updateRule(ruleId, XpRuleUpdate.create().xpAmount(30).active(false));
 * }</pre>
 */
public final class XpRuleUpdate {

  static {
    WireForms.register(XpRuleUpdate.class, XpRuleUpdate::fields);
  }

  private final Map<String, Object> fields;

  private XpRuleUpdate(Map<String, Object> fields) {
    this.fields = fields;
  }

  /**
   * An update that changes nothing yet; sending it as it is is refused before anything is sent.
   *
   * @return an empty update
   */
  public static XpRuleUpdate create() {
    return new XpRuleUpdate(Map.of());
  }

  /**
   * A new name, 1..128 characters; ledger entries written before keep the old one as their reason.
   *
   * @param name the rule's new name, not blank
   * @return a copy with the name set
   * @throws IllegalArgumentException if {@code name} is null, blank, longer than 128 characters or holds an unpaired surrogate
   */
  public XpRuleUpdate name(String name) {
    return with("name", XpArguments.name(name, "name"));
  }

  /**
   * Another event to award for: snake_case words, optionally joined by {@code .}, at most 128 characters.
   *
   * @param eventName the event's name, such as {@code lesson_completed}
   * @return a copy with the event set
   * @throws IllegalArgumentException if {@code eventName} breaks that rule
   */
  public XpRuleUpdate eventName(String eventName) {
    return with("event_name", XpArguments.eventName(eventName, "eventName"));
  }

  /**
   * XP per award from now on, at least 1; what was awarded stays.
   *
   * @param xpAmount the XP of each award
   * @return a copy with the amount set
   * @throws IllegalArgumentException if {@code xpAmount} is below 1
   */
  public XpRuleUpdate xpAmount(int xpAmount) {
    return with("xp_amount", XpArguments.xpAmount(xpAmount, "xpAmount"));
  }

  /**
   * A new daily cap (≥ 1); null removes the cap.
   *
   * @param maxPerDay the most awards per user per UTC day, or null for no cap
   * @return a copy with the cap set or removed
   * @throws IllegalArgumentException if {@code maxPerDay} is below 1
   */
  public XpRuleUpdate maxPerDay(Integer maxPerDay) {
    return with("max_per_day", XpArguments.maxPerDay(maxPerDay, "maxPerDay"));
  }

  /**
   * A new least time between two awards to the same user, in seconds (≥ 0; 0 for none).
   *
   * @param cooldownSeconds the cooldown in seconds
   * @return a copy with the cooldown set
   * @throws IllegalArgumentException if {@code cooldownSeconds} is negative
   */
  public XpRuleUpdate cooldownSeconds(int cooldownSeconds) {
    return with("cooldown_seconds", XpArguments.cooldownSeconds(cooldownSeconds, "cooldownSeconds"));
  }

  /**
   * False stops the rule's awards without deleting it; true resumes them.
   *
   * @param active whether the rule awards XP
   * @return a copy with the flag set
   */
  public XpRuleUpdate active(boolean active) {
    return with("is_active", active);
  }

  /** The wire fields, in the order they were set; a null value is sent as JSON null. */
  private Map<String, Object> fields() {
    return fields;
  }

  private XpRuleUpdate with(String name, Object value) {
    Map<String, Object> f = new LinkedHashMap<>(fields);
    f.put(name, value);
    return new XpRuleUpdate(Collections.unmodifiableMap(f));
  }

  @Override
  public String toString() {
    return "XpRuleUpdate" + fields;
  }
}
