package dev.amba.currencies;

import dev.amba.internal.WireForms;
import dev.amba.internal.currencies.CurrencyArguments;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A rule that credits currency for an event: a fixed amount, or an amount read from one of the
 * event's properties. Every active rule naming a stored event's name credits that event's user.
 * Immutable: each method returns a new value.
 *
 * <pre>{@code
 * amba.currencies().createGrantRule(NewGrantRule.fixed("coins", "level.completed", 10).maxPerDay(5));
 * amba.currencies().createGrantRule(NewGrantRule.fromProperty("coins", "run.finished", "distance_km").multiplier(2));
 * }</pre>
 */
public final class NewGrantRule {

  static {
    WireForms.register(NewGrantRule.class, NewGrantRule::fields);
  }

  private final Map<String, Object> fields;

  private NewGrantRule(Map<String, Object> fields) {
    this.fields = Collections.unmodifiableMap(fields);
  }

  /**
   * Credits {@code amount} for each event.
   *
   * @param currencyCode the currency's code
   * @param eventName snake_case words, optionally joined by {@code .}, at most 128 characters
   * @param amount whole units per event, at least 1
   * @return the rule, without a daily cap
   * @throws IllegalArgumentException when an argument breaks its rule, naming it
   */
  public static NewGrantRule fixed(String currencyCode, String eventName, int amount) {
    Map<String, Object> f = start(currencyCode, eventName);
    f.put("grant_amount", CurrencyArguments.amount(amount, "amount"));
    return new NewGrantRule(f);
  }

  /**
   * Credits the event's numeric property {@code property}, times the {@link #multiplier} (1 unless
   * set), rounded down; an event without the property, or where the result is not at least 1,
   * credits nothing.
   *
   * @param currencyCode the currency's code
   * @param eventName snake_case words, optionally joined by {@code .}, at most 128 characters
   * @param property the property's name, 1..128 characters
   * @return the rule, with a multiplier of 1 and no daily cap
   * @throws IllegalArgumentException when an argument breaks its rule, naming it
   */
  public static NewGrantRule fromProperty(String currencyCode, String eventName, String property) {
    Map<String, Object> f = start(currencyCode, eventName);
    f.put("grant_property", CurrencyArguments.property(property, "property"));
    return new NewGrantRule(f);
  }

  private static Map<String, Object> start(String currencyCode, String eventName) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("currency_key", CurrencyArguments.code(currencyCode, "currencyCode"));
    f.put("event_name", CurrencyArguments.eventName(eventName, "eventName"));
    return f;
  }

  /**
   * What a {@link #fromProperty} rule multiplies the property by: a finite number above 0.
   *
   * @param multiplier a finite number above 0, such as 2 or 0.5
   * @return a copy with the multiplier set
   * @throws IllegalArgumentException on a {@link #fixed} rule, whose amount is not multiplied, or
   *     when {@code multiplier} is not a finite number above 0
   */
  public NewGrantRule multiplier(double multiplier) {
    if (!fields.containsKey("grant_property")) {
      throw new IllegalArgumentException("multiplier applies only to a fromProperty rule; a fixed rule credits its amount");
    }
    return with("grant_multiplier", CurrencyArguments.multiplier(multiplier, "multiplier"));
  }

  /**
   * Caps how often the rule credits one user per UTC day; no cap by default.
   *
   * @param maxPerDay the most credits per user per UTC day, at least 1
   * @return a copy with the cap set
   * @throws IllegalArgumentException when {@code maxPerDay} is below 1
   */
  public NewGrantRule maxPerDay(int maxPerDay) {
    return with("max_per_day", CurrencyArguments.maxPerDay(maxPerDay, "maxPerDay"));
  }

  /** The wire body. */
  private Map<String, Object> fields() {
    return fields;
  }

  private NewGrantRule with(String name, Object value) {
    Map<String, Object> f = new LinkedHashMap<>(fields);
    f.put(name, value);
    return new NewGrantRule(f);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NewGrantRule r && r.fields.equals(fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  @Override
  public String toString() {
    return "NewGrantRule" + fields;
  }
}
