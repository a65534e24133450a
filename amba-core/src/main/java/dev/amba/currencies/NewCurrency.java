package dev.amba.currencies;

import dev.amba.internal.WireForms;
import dev.amba.internal.currencies.CurrencyArguments;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A currency to define. Unset settings take the service's defaults: not premium, an initial balance
 * of 0, no cap, no recharge. Immutable: each method returns a new value.
 *
 * <pre>{@code
 * amba.currencies().create(NewCurrency.of("gems", "Gems").premium(true));
 * amba.currencies().create(NewCurrency.of("energy", "Energy").initialBalance(5).maxBalance(5).autoRecharge(1, 2));
 * }</pre>
 */
public final class NewCurrency extends CurrencyFields<NewCurrency> {

  static {
    WireForms.register(NewCurrency.class, NewCurrency::fields);
  }

  private NewCurrency(Map<String, Object> fields) {
    super(fields);
  }

  /**
   * A currency with a code and a name and the service's defaults for everything else.
   *
   * @param code unique in the project and never changed: {@code ^[a-z][a-z0-9_]*$}, 1..64 characters;
   *     what grants, prices and paths name the currency by
   * @param name the name shown to users, 1..128 characters
   * @return the new currency, ready to send with {@link ProjectCurrencies#create}
   * @throws IllegalArgumentException when {@code code} or {@code name} breaks its rule, naming it
   */
  public static NewCurrency of(String code, String name) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("code", CurrencyArguments.code(code, "code"));
    f.put("name", CurrencyArguments.name(name, "name"));
    return new NewCurrency(f);
  }

  /**
   * The code the currency is created with.
   *
   * @return the code given to {@link #of}
   */
  public String code() {
    return (String) fields().get("code");
  }

  @Override
  NewCurrency make(Map<String, Object> changed) {
    return new NewCurrency(changed);
  }
}
