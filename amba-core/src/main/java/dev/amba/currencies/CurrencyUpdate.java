package dev.amba.currencies;

import dev.amba.internal.WireForms;
import java.util.Map;

/**
 * The settings of a currency to change; only those set are sent, and the code never changes.
 * Balances are kept: a lower cap stops credits above it but takes nothing away, and a new initial
 * balance applies to users who have no balance yet. Immutable: each method returns a new value.
 *
 * <pre>{@code
 * amba.currencies().update("energy", CurrencyUpdate.create().maxBalance(10).autoRecharge(1, 1));
 * }</pre>
 */
public final class CurrencyUpdate extends CurrencyFields<CurrencyUpdate> {

  static {
    WireForms.register(CurrencyUpdate.class, CurrencyUpdate::fields);
  }

  private CurrencyUpdate(Map<String, Object> fields) {
    super(fields);
  }

  /**
   * An update that changes nothing yet; sending it empty is refused before anything is sent.
   *
   * @return an empty update to set settings on
   */
  public static CurrencyUpdate create() {
    return new CurrencyUpdate(Map.of());
  }

  /**
   * Removes the description.
   *
   * @return a copy that sends the description as null
   */
  public CurrencyUpdate clearDescription() {
    return with("description", null);
  }

  /**
   * Stops the recharge; what it credited stays.
   *
   * @return a copy that sends the recharge amount and interval as null
   */
  public CurrencyUpdate clearAutoRecharge() {
    return with("auto_recharge_amount", null).with("auto_recharge_interval_hours", null);
  }

  @Override
  CurrencyUpdate make(Map<String, Object> changed) {
    return new CurrencyUpdate(changed);
  }
}
