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

  /** The name shown to users, 1..128 characters. */
  public S name(String name) {
    return with("name", CurrencyArguments.name(name, "name"));
  }

  /** A note shown beside the name, at most 1024 characters. */
  public S description(String description) {
    return with("description", CurrencyArguments.description(description, "description"));
  }

  /** Whether the currency is the premium (bought) one; a label for apps, it changes no rule. */
  public S premium(boolean premium) {
    return with("is_premium", premium);
  }

  /**
   * What a user holds before the first change (≥ 0; 0 by default). No transaction records it, so a
   * user's ledger sums to the balance minus this amount.
   */
  public S initialBalance(int initialBalance) {
    CurrencyArguments.initialBalance(initialBalance, "initialBalance");
    CurrencyArguments.initialWithinCap(initialBalance, fields.get("max_balance"));
    return with("initial_balance", initialBalance);
  }

  /**
   * The most a user may hold (≥ 1): every credit is cut to what fits, and one that does not fit at
   * all writes nothing. Null removes the cap.
   */
  public S maxBalance(Integer maxBalance) {
    CurrencyArguments.maxBalance(maxBalance, "maxBalance");
    CurrencyArguments.initialWithinCap(fields.get("initial_balance"), maxBalance);
    return with("max_balance", maxBalance);
  }

  /**
   * Refills every user's balance by {@code amount} (≥ 1) per {@code intervalHours} (≥ 1) elapsed,
   * up to {@link #maxBalance}; settled when the balance is next read or changed.
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
