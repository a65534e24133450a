package dev.amba.currencies;

import dev.amba.internal.currencies.CurrencyArguments;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The settings a currency's create and update share, each checked as it is set. Immutable: each
 * method returns a new value of the concrete type.
 */
abstract class CurrencyFields<S extends CurrencyFields<S>> {

  private final Map<String, Object> fields;

  CurrencyFields(Map<String, Object> fields) {
    this.fields = Collections.unmodifiableMap(fields);
  }

  /** A new value of the concrete type holding {@code changed}. */
  abstract S make(Map<String, Object> changed);

  /**
   * Sets the name shown to users.
   *
   * @param name 1..128 characters, not blank
   * @return a copy with the name set
   * @throws IllegalArgumentException when {@code name} is null, blank or longer than 128 characters
   */
  public S name(String name) {
    return with("name", CurrencyArguments.name(name, "name"));
  }

  /**
   * Sets a note shown beside the name.
   *
   * @param description at most 1024 characters; not null ({@code clearDescription} on an update
   *     removes it)
   * @return a copy with the description set
   * @throws IllegalArgumentException when {@code description} is null or longer than 1024 characters
   */
  public S description(String description) {
    return with("description", CurrencyArguments.description(description, "description"));
  }

  /**
   * Marks the currency as the premium (bought) one or not; a label for apps, it changes no rule.
   *
   * @param premium true for the premium currency
   * @return a copy with the flag set
   */
  public S premium(boolean premium) {
    return with("is_premium", premium);
  }

  /**
   * What a user holds before the first change (≥ 0; 0 by default). No transaction records it, so a
   * user's ledger sums to the balance minus this amount.
   *
   * @param initialBalance whole units, at least 0 and not above a cap already set
   * @return a copy with the initial balance set
   * @throws IllegalArgumentException when {@code initialBalance} is negative or above the cap set by
   *     {@link #maxBalance}
   */
  public S initialBalance(int initialBalance) {
    CurrencyArguments.initialBalance(initialBalance, "initialBalance");
    CurrencyArguments.initialWithinCap(initialBalance, fields.get("max_balance"));
    return with("initial_balance", initialBalance);
  }

  /**
   * The most a user may hold (≥ 1): every credit is cut to what fits, and one that does not fit at
   * all writes nothing. Null removes the cap.
   *
   * @param maxBalance whole units, at least 1 and not below an initial balance already set; or null
   *     for no cap
   * @return a copy with the cap set
   * @throws IllegalArgumentException when {@code maxBalance} is below 1 or below the initial balance
   *     set by {@link #initialBalance}
   */
  public S maxBalance(Integer maxBalance) {
    CurrencyArguments.maxBalance(maxBalance, "maxBalance");
    CurrencyArguments.initialWithinCap(fields.get("initial_balance"), maxBalance);
    return with("max_balance", maxBalance);
  }

  /**
   * Refills every user's balance by {@code amount} (≥ 1) per {@code intervalHours} (≥ 1) elapsed,
   * up to {@link #maxBalance}; settled when the balance is next read or changed.
   *
   * @param amount whole units each interval adds, at least 1
   * @param intervalHours the length of one interval in hours, at least 1
   * @return a copy with the recharge set
   * @throws IllegalArgumentException when {@code amount} or {@code intervalHours} is below 1
   */
  public S autoRecharge(int amount, int intervalHours) {
    CurrencyArguments.amount(amount, "amount");
    CurrencyArguments.amount(intervalHours, "intervalHours");
    return with("auto_recharge_amount", amount).with("auto_recharge_interval_hours", intervalHours);
  }

  final S with(String name, Object value) {
    Map<String, Object> changed = new LinkedHashMap<>(fields);
    changed.put(name, value);
    return make(changed);
  }

  /** The wire body, in the order the fields were set. */
  final Map<String, Object> fields() {
    return fields;
  }

  @Override
  public boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && ((CurrencyFields<?>) o).fields.equals(fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + fields;
  }
}
