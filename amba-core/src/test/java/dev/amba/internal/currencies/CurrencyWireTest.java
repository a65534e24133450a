package dev.amba.internal.currencies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.currencies.CurrencyBalanceView;
import dev.amba.currencies.CurrencyDefinition;
import dev.amba.currencies.CurrencySource;
import dev.amba.currencies.CurrencyTransaction;
import dev.amba.currencies.CurrencyTransactionType;
import dev.amba.currencies.GrantRule;
import dev.amba.internal.Json;
import jakarta.json.bind.JsonbException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Currency answers decode: unknown fields ignored, unknown types and sources kept, the older names
 * of 17.3's Alternatives read when the protocol's are absent, and the uncapped grant's empty answer.
 */
class CurrencyWireTest {

  private static final Instant T = Instant.parse("2030-01-06T10:00:00.123Z");

  private static <T> T decode(String json, Class<T> type) {
    return Json.decode(json.getBytes(StandardCharsets.UTF_8), type);
  }

  @Test
  void definition_readsEveryField_andIgnoresUnknownOnes() {
    CurrencyDefinition d = decode("{\"id\":\"c1\",\"code\":\"energy\",\"name\":\"Energy\",\"description\":null,"
        + "\"is_premium\":true,\"initial_balance\":5,\"max_balance\":10,\"auto_recharge_amount\":1,"
        + "\"auto_recharge_interval_hours\":2,\"created_at\":\"2030-01-06T10:00:00.123Z\","
        + "\"updated_at\":\"2030-01-06T10:00:00.123Z\",\"icon\":\"bolt\"}", CurrencyWire.Definition.class).toPublic();
    assertThat(d).isEqualTo(new CurrencyDefinition("c1", "energy", "Energy", null, true, 5, 10, 1, 2, T, T));
  }

  @Test
  void definition_readsTheMcpStartingBalance_whenTheInitialBalanceIsAbsent() {
    assertThat(decode("{\"code\":\"gems\",\"starting_balance\":7}", CurrencyWire.Definition.class).toPublic()
        .initialBalance()).isEqualTo(7);
    assertThat(decode("{\"code\":\"gems\",\"initial_balance\":3,\"starting_balance\":7}",
        CurrencyWire.Definition.class).toPublic().initialBalance()).isEqualTo(3);
    CurrencyDefinition bare = decode("{\"code\":\"gems\"}", CurrencyWire.Definition.class).toPublic();
    assertThat(bare.initialBalance()).isZero();
    assertThat(bare.isPremium()).isFalse();
    assertThat(bare.maxBalance()).isNull();
  }

  @Test
  void balance_readsTheProtocolsNames_andTheFourXCoreShape() {
    assertThat(decode("{\"currency_code\":\"gems\",\"name\":\"Gems\",\"is_premium\":true,\"balance\":120,"
        + "\"lifetime_earned\":200,\"lifetime_spent\":80,\"rank\":1}", CurrencyWire.Balance.class).toPublic())
        .isEqualTo(new CurrencyBalanceView("gems", null, "Gems", true, 120, 200, 80));
    assertThat(decode("{\"currency_id\":\"c1\",\"key\":\"gems\",\"balance\":9,\"updated_at\":"
        + "\"2030-01-06T10:00:00.123Z\"}", CurrencyWire.Balance.class).toPublic())
        .isEqualTo(new CurrencyBalanceView("gems", "c1", null, false, 9, 0, 0));
    // A balance past an int still reads: balances have no ceiling but the cap.
    assertThat(decode("{\"currency_code\":\"gems\",\"balance\":4000000000}", CurrencyWire.Balance.class).toPublic()
        .balance()).isEqualTo(4_000_000_000L);
  }

  @Test
  void transaction_readsADebit_andKeepsUnknownTypesAndSources() {
    CurrencyTransaction t = decode("{\"id\":\"t1\",\"app_user_id\":\"u1\",\"currency_code\":\"gems\",\"amount\":-30,"
        + "\"balance_after\":70,\"transaction_type\":\"purchase\",\"source\":\"store_purchase\",\"reference_id\":\"p1\","
        + "\"reason\":null,\"created_at\":\"2030-01-06T10:00:00.123Z\",\"extra\":[1]}", CurrencyWire.Transaction.class)
        .toPublic();
    assertThat(t).isEqualTo(new CurrencyTransaction("t1", "u1", "gems", null, -30, 70,
        CurrencyTransactionType.PURCHASE, CurrencySource.STORE_PURCHASE, "p1", null, T));
    CurrencyTransaction odd = decode("{\"id\":\"t2\",\"amount\":5,\"transaction_type\":\"airdrop\",\"source\":"
        + "\"partner\"}", CurrencyWire.Transaction.class).toPublic();
    assertThat(odd.transactionType()).isEqualTo("airdrop");
    assertThat(odd.source()).isEqualTo("partner");
  }

  @Test
  void transaction_readsTheFourXCoreShape_andTheNewerAmountWins() {
    assertThat(decode("{\"id\":\"t1\",\"currency_id\":\"c1\",\"delta\":-4,\"balance_after\":6,\"reason\":\"spent\","
        + "\"created_at\":\"2030-01-06T10:00:00.123Z\"}", CurrencyWire.Transaction.class).toPublic())
        .isEqualTo(new CurrencyTransaction("t1", null, null, "c1", -4, 6, null, null, null, "spent", T));
    assertThat(decode("{\"amount\":3,\"delta\":9}", CurrencyWire.Transaction.class).toPublic().amount()).isEqualTo(3);
  }

  @Test
  void onlyTheAmountMayBeNegative_andStaysAnExactIntegerInRange() {
    for (String bad : new String[] {"-1.5", "-9223372036854775809", "\"-1\""}) {
      assertThatThrownBy(() -> decode("{\"amount\":" + bad + "}", CurrencyWire.Transaction.class)).as(bad)
          .isInstanceOf(JsonbException.class).hasMessageContaining("\"amount\"");
    }
    assertThat(decode("{\"amount\":-9223372036854775808}", CurrencyWire.Transaction.class).toPublic().amount())
        .isEqualTo(Long.MIN_VALUE);
    // A balance is a count: never below 0, whatever a server says.
    assertThatThrownBy(() -> decode("{\"amount\":-1,\"balance_after\":-1}", CurrencyWire.Transaction.class))
        .isInstanceOf(JsonbException.class).hasMessageContaining("\"balance_after\" is negative");
    assertThatThrownBy(() -> decode("{\"balance\":-1}", CurrencyWire.Balance.class))
        .isInstanceOf(JsonbException.class);
  }

  @Test
  void aGrantTheCapReducedToNothing_decodesWithANullId() {
    CurrencyTransaction t = decode("{\"id\":null,\"app_user_id\":\"u1\",\"currency_code\":\"energy\",\"amount\":0,"
        + "\"balance_after\":10,\"transaction_type\":\"grant\",\"source\":\"admin\",\"reference_id\":null,"
        + "\"reason\":\"refill\",\"created_at\":\"2030-01-06T10:00:00.123Z\"}", CurrencyWire.Transaction.class).toPublic();
    assertThat(t.id()).isNull();
    assertThat(t.amount()).isZero();
    assertThat(t.balanceAfter()).isEqualTo(10);
    assertThat(t.transactionType()).isEqualTo(CurrencyTransactionType.GRANT);
  }

  @Test
  void grantRule_decodesBothModes_withAnExactMultiplier() {
    GrantRule fixed = decode("{\"id\":\"r1\",\"currency_key\":\"coins\",\"event_name\":\"level.completed\","
        + "\"grant_amount\":10,\"grant_property\":null,\"grant_multiplier\":null,\"max_per_day\":5,\"is_active\":true,"
        + "\"created_at\":\"2030-01-06T10:00:00.123Z\",\"note\":\"x\"}", GrantRule.class);
    assertThat(fixed).isEqualTo(new GrantRule("r1", "coins", "level.completed", 10, null, null, 5, true, T));
    GrantRule scaled = decode("{\"id\":\"r2\",\"currency_key\":\"coins\",\"event_name\":\"run.finished\","
        + "\"grant_property\":\"km\",\"grant_multiplier\":0.1,\"is_active\":false}", GrantRule.class);
    assertThat(scaled.grantMultiplier()).isEqualByComparingTo(new BigDecimal("0.1"));
    assertThat(scaled.grantAmount()).isNull();
    assertThat(scaled.isActive()).isFalse();
  }
}
