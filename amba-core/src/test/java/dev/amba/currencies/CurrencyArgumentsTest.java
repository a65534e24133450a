package dev.amba.currencies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.internal.Json;
import dev.amba.internal.WireForms;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap.SimpleEntry;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The currency request values: their wire bodies, and every bad argument refused before sending. */
class CurrencyArgumentsTest {

  private static final String[] BAD_CODES = {"", "Gems", "1gems", "gems-x", "_gems", "gëms", "g".repeat(65), null};

  @Test
  void newCurrency_buildsTheDocumentedBody_withOnlyWhatIsSet() {
    assertThat(WireForms.of(NewCurrency.of("gems", "Gems")))
        .containsExactly(Map.entry("code", "gems"), Map.entry("name", "Gems"));
    NewCurrency energy = NewCurrency.of("energy", "Energy").description("Play fuel").premium(false).initialBalance(5)
        .maxBalance(5).autoRecharge(1, 2);
    assertThat(WireForms.of(energy)).containsExactly(Map.entry("code", "energy"), Map.entry("name", "Energy"),
        Map.entry("description", "Play fuel"), Map.entry("is_premium", false), Map.entry("initial_balance", 5),
        Map.entry("max_balance", 5), Map.entry("auto_recharge_amount", 1), Map.entry("auto_recharge_interval_hours", 2));
    assertThat(energy.code()).isEqualTo("energy");
    assertThat(WireForms.of(NewCurrency.of("g".repeat(64), "G"))).containsKey("code");
  }

  @Test
  void newCurrency_refusesBadCodesNamesAndAmounts_namingTheArgument() {
    for (String bad : BAD_CODES) {
      assertThatThrownBy(() -> NewCurrency.of(bad, "Gems")).as(String.valueOf(bad))
          .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("code");
    }
    assertThatThrownBy(() -> NewCurrency.of("gems", " ")).hasMessageStartingWith("name");
    assertThatThrownBy(() -> NewCurrency.of("gems", "n".repeat(129))).hasMessageStartingWith("name");
    assertThatThrownBy(() -> NewCurrency.of("gems", "G").description("d".repeat(1025)))
        .hasMessageStartingWith("description");
    assertThatThrownBy(() -> NewCurrency.of("gems", "G").initialBalance(-1)).hasMessageStartingWith("initialBalance");
    assertThatThrownBy(() -> NewCurrency.of("gems", "G").maxBalance(0)).hasMessageStartingWith("maxBalance");
    assertThatThrownBy(() -> NewCurrency.of("gems", "G").autoRecharge(0, 1)).hasMessageStartingWith("amount");
    assertThatThrownBy(() -> NewCurrency.of("gems", "G").autoRecharge(1, 0)).hasMessageStartingWith("intervalHours");
  }

  @Test
  void anInitialBalanceAboveTheCap_isRefused_whicheverIsSetFirst() {
    assertThatThrownBy(() -> NewCurrency.of("gems", "G").maxBalance(10).initialBalance(11))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("initialBalance (11)");
    assertThatThrownBy(() -> CurrencyUpdate.create().initialBalance(11).maxBalance(10))
        .hasMessageContaining("maxBalance (10)");
    assertThat(WireForms.of(NewCurrency.of("gems", "G").maxBalance(10).initialBalance(10)))
        .containsEntry("initial_balance", 10);
  }

  @Test
  void update_sendsOnlyTheChanges_andNullsClearACapARechargeAndTheDescription() {
    CurrencyUpdate update = CurrencyUpdate.create().name("Gold").maxBalance(null).clearAutoRecharge().clearDescription();
    assertThat(WireForms.of(update)).containsExactly(Map.entry("name", "Gold"), new SimpleEntry<>("max_balance", null),
        new SimpleEntry<>("auto_recharge_amount", null), new SimpleEntry<>("auto_recharge_interval_hours", null),
        new SimpleEntry<>("description", null));
    assertThat(new String(Json.encode(WireForms.of(update)), StandardCharsets.UTF_8)).contains("\"max_balance\":null");
    assertThat(WireForms.of(CurrencyUpdate.create())).isEmpty();
    assertThat(WireForms.of(CurrencyUpdate.create().premium(true))).containsExactly(Map.entry("is_premium", true));
  }

  @Test
  void grant_buildsTheBody_andRefusesBadUsersCodesAmountsAndReasons() {
    assertThat(WireForms.of(CurrencyGrant.of("u_1", "gems", 500).reason("order 1042"))).containsExactly(
        Map.entry("app_user_id", "u_1"), Map.entry("currency_code", "gems"), Map.entry("amount", 500),
        Map.entry("reason", "order 1042"));
    assertThat(CurrencyGrant.of("u_1", "gems", 1).userId()).isEqualTo("u_1");
    assertThat(CurrencyGrant.of("u", "gems", 1)).isEqualTo(CurrencyGrant.of("u", "gems", 1));
    assertThatThrownBy(() -> CurrencyGrant.of("bad uid", "gems", 1)).hasMessageStartingWith("userId");
    assertThatThrownBy(() -> CurrencyGrant.of(null, "gems", 1)).hasMessageStartingWith("userId");
    for (String bad : BAD_CODES) {
      assertThatThrownBy(() -> CurrencyGrant.of("u", bad, 1)).as(String.valueOf(bad))
          .hasMessageStartingWith("currencyCode");
    }
    assertThatThrownBy(() -> CurrencyGrant.of("u", "gems", 0)).hasMessageStartingWith("amount");
    assertThatThrownBy(() -> CurrencyGrant.of("u", "gems", -5)).hasMessageStartingWith("amount");
    assertThatThrownBy(() -> CurrencyGrant.of("u", "gems", 1).reason("")).hasMessageStartingWith("reason");
    assertThatThrownBy(() -> CurrencyGrant.of("u", "gems", 1).reason("r".repeat(257))).hasMessageStartingWith("reason");
    assertThatThrownBy(() -> CurrencyGrant.of("u", "gems", 1).reason("\ud800")).hasMessageStartingWith("reason");
  }

  @Test
  void grantRule_isFixedOrFromAProperty_neverBoth_andItsMultiplierOnlyScalesAProperty() {
    assertThat(WireForms.of(NewGrantRule.fixed("coins", "level.completed", 10).maxPerDay(5))).containsExactly(
        Map.entry("currency_key", "coins"), Map.entry("event_name", "level.completed"), Map.entry("grant_amount", 10),
        Map.entry("max_per_day", 5));
    assertThat(WireForms.of(NewGrantRule.fromProperty("coins", "run.finished", "distance_km").multiplier(0.1)))
        .containsExactly(Map.entry("currency_key", "coins"), Map.entry("event_name", "run.finished"),
            Map.entry("grant_property", "distance_km"), Map.entry("grant_multiplier", new BigDecimal("0.1")));
    assertThat(new String(Json.encode(WireForms.of(NewGrantRule.fromProperty("c", "e", "p").multiplier(0.1))),
        StandardCharsets.UTF_8)).contains("\"grant_multiplier\":0.1");
    assertThatThrownBy(() -> NewGrantRule.fixed("coins", "e", 10).multiplier(2))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("multiplier");
  }

  @Test
  void grantRule_refusesBadCodesEventsAmountsPropertiesMultipliersAndCaps() {
    for (String bad : BAD_CODES) {
      assertThatThrownBy(() -> NewGrantRule.fixed(bad, "e", 1)).as(String.valueOf(bad))
          .hasMessageStartingWith("currencyCode");
    }
    for (String bad : new String[] {"", "Level", "a..b", "a-b", "e".repeat(129), null}) {
      assertThatThrownBy(() -> NewGrantRule.fixed("c", bad, 1)).as(String.valueOf(bad))
          .hasMessageStartingWith("eventName");
    }
    assertThatThrownBy(() -> NewGrantRule.fixed("c", "e", 0)).hasMessageStartingWith("amount");
    assertThatThrownBy(() -> NewGrantRule.fromProperty("c", "e", " ")).hasMessageStartingWith("property");
    assertThatThrownBy(() -> NewGrantRule.fromProperty("c", "e", "p".repeat(129))).hasMessageStartingWith("property");
    for (double bad : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(() -> NewGrantRule.fromProperty("c", "e", "p").multiplier(bad)).as(String.valueOf(bad))
          .hasMessageStartingWith("multiplier");
    }
    assertThatThrownBy(() -> NewGrantRule.fixed("c", "e", 1).maxPerDay(0)).hasMessageStartingWith("maxPerDay");
  }

  @Test
  void transactionFilter_isAllOrOneValidCode() {
    assertThat(TransactionFilter.all().currencyCode()).isNull();
    assertThat(TransactionFilter.currency("gems").currencyCode()).isEqualTo("gems");
    assertThat(TransactionFilter.currency("gems")).isEqualTo(TransactionFilter.currency("gems"));
    for (String bad : BAD_CODES) {
      assertThatThrownBy(() -> TransactionFilter.currency(bad)).as(String.valueOf(bad))
          .hasMessageStartingWith("currencyCode");
    }
  }
}
