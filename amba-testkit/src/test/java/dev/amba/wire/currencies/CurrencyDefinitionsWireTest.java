package dev.amba.wire.currencies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaBadRequestException;
import dev.amba.AmbaConflictException;
import dev.amba.AmbaNotFoundException;
import dev.amba.AmbaUser;
import dev.amba.currencies.CurrencyBalanceView;
import dev.amba.currencies.CurrencyDefinition;
import dev.amba.currencies.CurrencyUpdate;
import dev.amba.currencies.GrantRule;
import dev.amba.currencies.NewCurrency;
import dev.amba.currencies.NewGrantRule;
import java.math.BigDecimal;
import dev.amba.wire.ModuleCalls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** 17.1 and 17.2 through the SDK: definitions, the synthesized balances, and grant rules, with their documented errors. */
class CurrencyDefinitionsWireTest {

  @RegisterExtension
  static final CurrencyFixture fixture = new CurrencyFixture();
  @RegisterExtension
  final CurrencyFixture.Project p = fixture.new Project();

  @Test
  void create_answersTheDefinition_withTheDefaults_andListsByCode() {
    CurrencyDefinition gems = p.amba.currencies().create(NewCurrency.of("gems", "Gems").premium(true)
        .description("Bought with money"));
    CurrencyDefinition coins = p.amba.currencies().create(NewCurrency.of("coins", "Coins"));

    assertThat(gems).extracting(CurrencyDefinition::code, CurrencyDefinition::name, CurrencyDefinition::description,
        CurrencyDefinition::isPremium, CurrencyDefinition::initialBalance, CurrencyDefinition::maxBalance,
        CurrencyDefinition::autoRechargeAmount, CurrencyDefinition::autoRechargeIntervalHours,
        CurrencyDefinition::createdAt, CurrencyDefinition::updatedAt)
        .containsExactly("gems", "Gems", "Bought with money", true, 0, null, null, null, fixture.clock.instant(),
            fixture.clock.instant());
    assertThat(coins.isPremium()).isFalse();
    assertThat(p.amba.currencies().list()).containsExactly(coins, gems);
  }

  @Test
  void aTakenCode_is409CurrencyExists() {
    p.amba.currencies().create(NewCurrency.of("gems", "Gems"));
    assertThatThrownBy(() -> p.amba.currencies().create(NewCurrency.of("gems", "Other gems")))
        .isInstanceOfSatisfying(AmbaConflictException.class, e -> assertThat(e.code()).isEqualTo("currency_exists"));
    assertThat(p.amba.currencies().list()).singleElement().extracting(CurrencyDefinition::name).isEqualTo("Gems");
  }

  @Test
  void update_byIdOrCode_changesOnlyWhatItSets() {
    CurrencyDefinition energy = p.amba.currencies().create(NewCurrency.of("energy", "Energy").maxBalance(5)
        .autoRecharge(1, 2));
    CurrencyDefinition renamed = p.amba.currencies().update("energy", CurrencyUpdate.create().name("Power"));
    assertThat(renamed.name()).isEqualTo("Power");
    assertThat(renamed.maxBalance()).isEqualTo(5);
    CurrencyDefinition uncapped = p.amba.currencies().update(energy.id(),
        CurrencyUpdate.create().maxBalance(null).clearAutoRecharge().initialBalance(3));
    assertThat(uncapped).extracting(CurrencyDefinition::maxBalance, CurrencyDefinition::autoRechargeAmount,
        CurrencyDefinition::autoRechargeIntervalHours, CurrencyDefinition::initialBalance)
        .containsExactly(null, null, null, 3);
    assertThat(uncapped.code()).isEqualTo("energy");
  }

  @Test
  void update_ofTheCode_is400ImmutableField_andAnUnknownCurrency404NotFound() throws Exception {
    p.amba.currencies().create(NewCurrency.of("gems", "Gems"));
    ModuleCalls.Answer code = p.raw.admin("PATCH", "/currencies/gems", "{\"code\":\"jewels\"}");
    assertThat(code.status()).isEqualTo(400);
    assertThat(code.code()).isEqualTo("immutable_field");
    assertThatThrownBy(() -> p.amba.currencies().update("rubies", CurrencyUpdate.create().name("R")))
        .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> assertThat(e.code()).isEqualTo("not_found"));
    assertThatThrownBy(() -> p.amba.currencies().delete("rubies")).isInstanceOf(AmbaNotFoundException.class);
    assertThat(p.amba.currencies().list()).singleElement().extracting(CurrencyDefinition::code).isEqualTo("gems");
  }

  @Test
  void anInitialBalanceAboveTheCap_is400_alsoAgainstTheStoredCap() throws Exception {
    ModuleCalls.Answer create = p.raw.admin("POST", "/currencies",
        "{\"code\":\"gems\",\"name\":\"Gems\",\"initial_balance\":11,\"max_balance\":10}");
    assertThat(create.status()).isEqualTo(400);
    assertThat(create.code()).isEqualTo("invalid_input");
    p.amba.currencies().create(NewCurrency.of("gems", "Gems").maxBalance(10));
    assertThatThrownBy(() -> p.amba.currencies().update("gems", CurrencyUpdate.create().initialBalance(11)))
        .isInstanceOfSatisfying(AmbaBadRequestException.class, e -> assertThat(e.code()).isEqualTo("invalid_input"));
    assertThat(p.amba.currencies().list().get(0).initialBalance()).isZero();
  }

  @Test
  void delete_answersTheDeletedMarker_andTheCodeIsFreeAgain() throws Exception {
    CurrencyDefinition gems = p.amba.currencies().create(NewCurrency.of("gems", "Gems"));
    ModuleCalls.Answer deleted = p.raw.admin("DELETE", "/currencies/gems", null);
    assertThat(deleted.status()).isEqualTo(200);
    assertThat(deleted.data()).isEqualTo(jakarta.json.Json.createObjectBuilder().add("id", gems.id())
        .add("deleted", true).build());
    assertThat(p.amba.currencies().list()).isEmpty();
    assertThat(p.amba.currencies().create(NewCurrency.of("gems", "Gems")).id()).isNotEqualTo(gems.id());
  }

  @Test
  void balances_holdOnePerCurrency_synthesizedWithTheInitialBalance_beforeAnyChange() {
    p.amba.currencies().create(NewCurrency.of("gems", "Gems").premium(true));
    p.amba.currencies().create(NewCurrency.of("energy", "Energy").initialBalance(5));
    AmbaUser user = p.newUser();
    assertThat(user.currencies().balances()).containsExactly(
        new CurrencyBalanceView("energy", null, "Energy", false, 5, 0, 0),
        new CurrencyBalanceView("gems", null, "Gems", true, 0, 0, 0));
    assertThat(user.currencies().transactions().toList()).isEmpty();
  }

  @Test
  void grantRules_areCreatedInEitherMode_listedOldestFirst_andDeletedWithTheMarker() throws Exception {
    p.amba.currencies().create(NewCurrency.of("coins", "Coins"));
    GrantRule fixed = p.amba.currencies().createGrantRule(NewGrantRule.fixed("coins", "level.completed", 10)
        .maxPerDay(5));
    GrantRule scaled = p.amba.currencies().createGrantRule(NewGrantRule.fromProperty("coins", "run.finished", "km"));
    assertThat(fixed).extracting(GrantRule::currencyKey, GrantRule::eventName, GrantRule::grantAmount,
        GrantRule::grantProperty, GrantRule::grantMultiplier, GrantRule::maxPerDay, GrantRule::isActive)
        .containsExactly("coins", "level.completed", 10, null, null, 5, true);
    // A property rule without a multiplier takes 1 (17.2).
    assertThat(scaled.grantMultiplier()).isEqualByComparingTo(BigDecimal.ONE);
    assertThat(p.amba.currencies().grantRules()).containsExactly(fixed, scaled);

    ModuleCalls.Answer deleted = p.raw.admin("DELETE", "/currencies/grant-rules/" + fixed.id(), null);
    assertThat(deleted.data().getString("id")).isEqualTo(fixed.id());
    assertThat(deleted.data().getBoolean("deleted")).isTrue();
    assertThat(p.amba.currencies().grantRules()).containsExactly(scaled);
    assertThatThrownBy(() -> p.amba.currencies().deleteGrantRule(fixed.id())).isInstanceOf(AmbaNotFoundException.class);
  }

  @Test
  void aGrantRuleWithBothModesNeitherOrAStrayMultiplier_is400InvalidGrantRule() throws Exception {
    p.amba.currencies().create(NewCurrency.of("coins", "Coins"));
    for (String body : new String[] {
        "{\"currency_key\":\"coins\",\"event_name\":\"e\",\"grant_amount\":1,\"grant_property\":\"p\"}",
        "{\"currency_key\":\"coins\",\"event_name\":\"e\"}",
        "{\"currency_key\":\"coins\",\"event_name\":\"e\",\"grant_amount\":1,\"grant_multiplier\":2}",
        "{\"currency_key\":\"coins\",\"event_name\":\"e\",\"grant_property\":\"p\",\"grant_multiplier\":0}",
        "{\"currency_key\":\"coins\",\"event_name\":\"e\",\"grant_amount\":0}",
        "{\"currency_key\":\"coins\",\"event_name\":\"Bad Name\",\"grant_amount\":1}",
        "{\"currency_key\":\"coins\",\"event_name\":\"e\",\"grant_amount\":1,\"max_per_day\":0}"}) {
      ModuleCalls.Answer answer = p.raw.admin("POST", "/currencies/grant-rules", body);
      assertThat(answer.status()).as(body).isEqualTo(400);
      assertThat(answer.code()).as(body).isEqualTo("invalid_grant_rule");
    }
    assertThat(p.amba.currencies().grantRules()).isEmpty();
  }

  @Test
  void aGrantRuleForAnUnknownCurrency_is404CurrencyNotFound() {
    assertThatThrownBy(() -> p.amba.currencies().createGrantRule(NewGrantRule.fixed("coins", "e", 1)))
        .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> assertThat(e.code()).isEqualTo("currency_not_found"));
    assertThat(p.amba.currencies().grantRules()).isEmpty();
  }
}
