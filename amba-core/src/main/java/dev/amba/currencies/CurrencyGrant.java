package dev.amba.currencies;

import dev.amba.internal.UserIds;
import dev.amba.internal.WireForms;
import dev.amba.internal.currencies.CurrencyArguments;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An admin credit of currency to one user: a purchase a payment provider confirmed, a refund, a
 * support gesture. Immutable: each method returns a new value.
 *
 * <pre>{@code
 * amba.currencies().grant(CurrencyGrant.of(uid, "gems", 500).reason("order 1042"), event.id());
 * }</pre>
 */
public final class CurrencyGrant {

  static {
    WireForms.register(CurrencyGrant.class, CurrencyGrant::fields);
  }

  private final Map<String, Object> fields;

  private CurrencyGrant(Map<String, Object> fields) {
    this.fields = Collections.unmodifiableMap(fields);
  }

  /**
   * A grant of {@code amount} units of a currency to one user, without a reason yet.
   *
   * @param userId the user to credit, 1..255 characters
   * @param currencyCode the currency's code: a lowercase letter, then lowercase letters, digits or
   *     underscores, at most 64 characters
   * @param amount whole units to credit, at least 1; the currency's cap may credit less
   * @return the grant, ready to send with {@link ProjectCurrencies#grant(CurrencyGrant)}
   * @throws IllegalArgumentException when an argument breaks its rule, naming it
   */
  public static CurrencyGrant of(String userId, String currencyCode, int amount) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("app_user_id", UserIds.check(userId, "userId"));
    f.put("currency_code", CurrencyArguments.code(currencyCode, "currencyCode"));
    f.put("amount", CurrencyArguments.amount(amount, "amount"));
    return new CurrencyGrant(f);
  }

  /**
   * Says why the currency is granted; kept on the transaction for whoever reads the ledger later.
   *
   * @param reason 1..256 characters, not blank
   * @return a copy with the reason set
   * @throws IllegalArgumentException when {@code reason} is null, blank or longer than 256 characters
   */
  public CurrencyGrant reason(String reason) {
    Map<String, Object> f = new LinkedHashMap<>(fields);
    f.put("reason", CurrencyArguments.reason(reason, "reason"));
    return new CurrencyGrant(f);
  }

  /**
   * The user the grant credits.
   *
   * @return the user's id, as given to {@link #of}
   */
  public String userId() {
    return (String) fields.get("app_user_id");
  }

  /** The wire body. */
  private Map<String, Object> fields() {
    return fields;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CurrencyGrant g && g.fields.equals(fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  @Override
  public String toString() {
    return "CurrencyGrant" + fields;
  }
}
