package dev.amba.wire.currencies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaNotFoundException;
import dev.amba.AmbaUser;
import dev.amba.currencies.CurrencyBalanceView;
import dev.amba.currencies.CurrencyGrant;
import dev.amba.currencies.CurrencySource;
import dev.amba.currencies.CurrencyTransaction;
import dev.amba.currencies.CurrencyTransactionType;
import dev.amba.currencies.CurrencyUpdate;
import dev.amba.currencies.GrantRule;
import dev.amba.currencies.NewCurrency;
import dev.amba.currencies.NewGrantRule;
import dev.amba.currencies.TransactionFilter;
import dev.amba.events.Event;
import dev.amba.events.EventListQuery;
import dev.amba.events.IngestEvent;
import dev.amba.events.StoredEvent;
import dev.amba.testkit.RecordedRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import dev.amba.wire.ModuleCalls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The rows of 17.4 over the wire, by number, on the emulator's clock. Row 1 needs a debit: see WalletsTest. */
class CurrencyRulesWireTest {

  @RegisterExtension
  static final CurrencyFixture fixture = new CurrencyFixture();
  @RegisterExtension
  final CurrencyFixture.Project p = fixture.new Project();
  private final AmbaUser user = p.newUser();

  private CurrencyTransaction grant(String code, int amount) {
    return p.amba.currencies().grant(CurrencyGrant.of(user.uid(), code, amount));
  }

  private long balance(String code) {
    return p.balance(user, code).balance();
  }

  @Test
  void row2_everyChange_isOneTransaction_withTheBalanceAfterIt_andTheLifetimeTotals() {
    p.amba.currencies().create(NewCurrency.of("coins", "Coins"));
    p.amba.currencies().createGrantRule(NewGrantRule.fixed("coins", "level.completed", 7));
    CurrencyTransaction first = p.amba.currencies().grant(CurrencyGrant.of(user.uid(), "coins", 100).reason("welcome"));
    user.events().track("level.completed");
    grant("coins", 3);

    List<CurrencyTransaction> ledger = p.ledger(user, "coins");
    assertThat(ledger).extracting(CurrencyTransaction::amount).containsExactly(3L, 7L, 100L);
    assertThat(ledger).extracting(CurrencyTransaction::balanceAfter).containsExactly(110L, 107L, 100L);
    assertThat(ledger.get(2)).isEqualTo(first);
    assertThat(first).extracting(CurrencyTransaction::userId, CurrencyTransaction::currencyCode,
        CurrencyTransaction::reason, CurrencyTransaction::createdAt)
        .containsExactly(user.uid(), "coins", "welcome", fixture.clock.instant());
    assertThat(p.balance(user, "coins")).isEqualTo(new CurrencyBalanceView("coins", null, "Coins", false, 110, 110, 0));
    // The admin's view of the same ledger is the same rows.
    assertThat(p.amba.currencies().transactions(user.uid(), TransactionFilter.all()).toList()).isEqualTo(ledger);
  }

  @Test
  void row3_aCreditIsCutToTheCap_andOneTheCapLeavesNoRoomFor_writesNothing() throws Exception {
    p.amba.currencies().create(NewCurrency.of("energy", "Energy").maxBalance(10));
    assertThat(grant("energy", 8).amount()).isEqualTo(8);
    CurrencyTransaction cut = grant("energy", 5);
    assertThat(cut.amount()).isEqualTo(2);
    assertThat(cut.balanceAfter()).isEqualTo(10);

    CurrencyTransaction none = grant("energy", 5);
    assertThat(none.id()).isNull();
    assertThat(none).extracting(CurrencyTransaction::amount, CurrencyTransaction::balanceAfter,
        CurrencyTransaction::transactionType, CurrencyTransaction::source)
        .containsExactly(0L, 10L, CurrencyTransactionType.GRANT, CurrencySource.ADMIN);
    ModuleCalls.Answer raw = p.raw.admin("POST", "/currencies/grant",
        "{\"app_user_id\":\"" + user.uid() + "\",\"currency_code\":\"energy\",\"amount\":1}");
    assertThat(raw.status()).isEqualTo(200);
    assertThat(raw.data().isNull("id")).isTrue();
    assertThat(p.ledger(user, "energy")).hasSize(2);
    assertThat(p.balance(user, "energy").lifetimeEarned()).isEqualTo(10);
  }

  @Test
  void row3_aCapLoweredBelowTheBalance_takesNothingAway_butAdmitsNoCredit() {
    p.amba.currencies().create(NewCurrency.of("energy", "Energy"));
    grant("energy", 50);
    p.amba.currencies().update("energy", CurrencyUpdate.create().maxBalance(20));
    assertThat(grant("energy", 1).id()).isNull();
    assertThat(balance("energy")).isEqualTo(50);
  }

  @Test
  void row3_aCappedCurrencysFirstGrant_thatFindsNoRoom_createsNoRow() {
    p.amba.currencies().create(NewCurrency.of("energy", "Energy").initialBalance(5).maxBalance(5));
    CurrencyTransaction none = grant("energy", 3);
    assertThat(none.id()).isNull();
    assertThat(none.balanceAfter()).isEqualTo(5);
    assertThat(p.ledger(user, "energy")).isEmpty();
    // No row was made, so a later initial balance still applies to this user (row 4).
    p.amba.currencies().update("energy", CurrencyUpdate.create().initialBalance(2));
    assertThat(balance("energy")).isEqualTo(2);
  }

  @Test
  void row4_withoutARow_theBalanceReadsTheInitialBalance_andTheFirstChangeStartsFromIt() {
    p.amba.currencies().create(NewCurrency.of("gems", "Gems").initialBalance(25));
    assertThat(balance("gems")).isEqualTo(25);
    CurrencyTransaction first = grant("gems", 10);
    assertThat(first.balanceAfter()).isEqualTo(35);
    // No transaction for the initial amount: the ledger sums to the balance less it.
    assertThat(p.ledger(user, "gems")).extracting(CurrencyTransaction::amount).containsExactly(10L);
    assertThat(p.balance(user, "gems")).extracting(CurrencyBalanceView::balance, CurrencyBalanceView::lifetimeEarned)
        .containsExactly(35L, 10L);
    // The row exists now: a new initial balance no longer moves it.
    p.amba.currencies().update("gems", CurrencyUpdate.create().initialBalance(0));
    assertThat(balance("gems")).isEqualTo(35);
  }

  @Test
  void row5_autoRecharge_creditsWholeIntervalsSinceTheLastOne_lazily_upToTheCap() {
    p.amba.currencies().create(NewCurrency.of("energy", "Energy").maxBalance(10).autoRecharge(1, 2));
    Instant created = fixture.clock.instant();
    grant("energy", 3);

    fixture.clock.advance(Duration.ofHours(2).minusMillis(1));
    assertThat(balance("energy")).isEqualTo(3);
    fixture.clock.advance(Duration.ofMillis(1));
    assertThat(balance("energy")).isEqualTo(4);
    // 5 more hours are two whole intervals; the half one left counts towards the next.
    fixture.clock.advance(Duration.ofHours(5));
    assertThat(balance("energy")).isEqualTo(6);
    fixture.clock.advance(Duration.ofHours(1));
    assertThat(balance("energy")).isEqualTo(7);

    List<CurrencyTransaction> recharges = p.ledger(user, "energy").stream()
        .filter(t -> t.transactionType().equals(CurrencyTransactionType.RECHARGE)).toList();
    assertThat(recharges).extracting(CurrencyTransaction::amount).containsExactly(1L, 2L, 1L);
    assertThat(recharges).allSatisfy(t -> assertThat(t.source()).isEqualTo(CurrencySource.SYSTEM));
    // Each recharge is dated at the end of the last interval it credits, by the emulator's clock.
    assertThat(recharges).extracting(CurrencyTransaction::createdAt).containsExactly(
        created.plus(Duration.ofHours(8)), created.plus(Duration.ofHours(6)), created.plus(Duration.ofHours(2)));

    // A long absence fills up to the cap once; the intervals spent full are not owed later.
    fixture.clock.advance(Duration.ofDays(30));
    assertThat(balance("energy")).isEqualTo(10);
    assertThat(p.ledger(user, "energy").get(0).amount()).isEqualTo(3);
    p.amba.currencies().update("energy", CurrencyUpdate.create().maxBalance(100));
    fixture.clock.advance(Duration.ofHours(2));
    assertThat(balance("energy")).isEqualTo(11);
  }

  @Test
  void row5_noRechargeWithoutARow_orWithOnlyOneOfTheTwoSettings() throws Exception {
    p.amba.currencies().create(NewCurrency.of("energy", "Energy").initialBalance(1).autoRecharge(1, 1));
    fixture.clock.advance(Duration.ofHours(5));
    assertThat(balance("energy")).isEqualTo(1);
    p.raw.admin("POST", "/currencies", "{\"code\":\"half\",\"name\":\"Half\",\"auto_recharge_amount\":5}");
    p.amba.currencies().grant(CurrencyGrant.of(user.uid(), "half", 1));
    fixture.clock.advance(Duration.ofHours(5));
    assertThat(balance("half")).isEqualTo(1);
  }

  @Test
  void row5_aRechargeIsSettledBeforeAGrant_soTheGrantSeesTheRechargedBalance() {
    p.amba.currencies().create(NewCurrency.of("energy", "Energy").maxBalance(10).autoRecharge(2, 1));
    grant("energy", 1);
    fixture.clock.advance(Duration.ofHours(3));
    CurrencyTransaction after = grant("energy", 10);
    assertThat(after.amount()).isEqualTo(3);
    assertThat(p.ledger(user, "energy")).extracting(CurrencyTransaction::transactionType).containsExactly(
        CurrencyTransactionType.GRANT, CurrencyTransactionType.RECHARGE, CurrencyTransactionType.GRANT);
  }

  @Test
  void row6_aFixedRuleCreditsEachEvent_asEarnFromEvent_referencingTheStoredEvent() {
    p.amba.currencies().create(NewCurrency.of("coins", "Coins"));
    p.amba.currencies().createGrantRule(NewGrantRule.fixed("coins", "level.completed", 10));
    user.events().track("level.completed");
    user.events().track("level.started");

    List<StoredEvent> stored = p.amba.events().listAll(EventListQuery.since(p.since).userId(user.uid())
        .eventName("level.completed")).toList();
    assertThat(p.ledger(user, "coins")).singleElement().satisfies(t -> {
      assertThat(t).extracting(CurrencyTransaction::amount, CurrencyTransaction::transactionType,
          CurrencyTransaction::source, CurrencyTransaction::reason)
          .containsExactly(10L, CurrencyTransactionType.EARN, CurrencySource.EVENT, "level.completed");
      assertThat(t.referenceId()).isEqualTo(stored.get(0).id());
    });
  }

  @Test
  void row6_aPropertyRuleCreditsTheFlooredProduct_andSkipsMissingNonNumericAndNonPositiveResults() {
    p.amba.currencies().create(NewCurrency.of("coins", "Coins"));
    p.amba.currencies().createGrantRule(NewGrantRule.fromProperty("coins", "run.finished", "km").multiplier(1.5));
    user.events().track("run.finished", Map.of("km", 3.9));
    user.events().track("run.finished", Map.of("km", 0.5));
    user.events().track("run.finished", Map.of("km", -2));
    user.events().track("run.finished", Map.of("km", "12"));
    user.events().track("run.finished", Map.of("miles", 12));
    user.events().track("run.finished", Map.of("km", 10));
    assertThat(p.ledger(user, "coins")).extracting(CurrencyTransaction::amount).containsExactly(15L, 5L);
  }

  @Test
  void row6_everyRuleOfTheEventFires_andMaxPerDayCountsCreditsPerUtcDay() {
    p.amba.currencies().create(NewCurrency.of("coins", "Coins"));
    p.amba.currencies().create(NewCurrency.of("gems", "Gems"));
    p.amba.currencies().createGrantRule(NewGrantRule.fixed("coins", "quest.done", 5).maxPerDay(2));
    p.amba.currencies().createGrantRule(NewGrantRule.fixed("coins", "quest.done", 1));
    p.amba.currencies().createGrantRule(NewGrantRule.fixed("gems", "quest.done", 2));
    for (int i = 0; i < 3; i++) {
      user.events().track("quest.done");
    }
    assertThat(balance("coins")).isEqualTo(5 + 5 + 3);
    assertThat(balance("gems")).isEqualTo(6);
    // The next UTC day the capped rule credits again; the cap belongs to each user.
    Instant midnight = fixture.clock.instant().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(1));
    fixture.clock.advance(Duration.between(fixture.clock.instant(), midnight));
    user.events().track("quest.done");
    assertThat(balance("coins")).isEqualTo(13 + 6);
    AmbaUser other = p.newUser();
    other.events().track("quest.done");
    assertThat(p.balance(other, "coins").balance()).isEqualTo(6);
  }

  @Test
  void row6_aCreditTheCapCutToNothing_doesNotCountAgainstMaxPerDay() {
    p.amba.currencies().create(NewCurrency.of("energy", "Energy").maxBalance(10));
    p.amba.currencies().createGrantRule(NewGrantRule.fixed("energy", "bonus", 10).maxPerDay(2));
    user.events().track("bonus");
    user.events().track("bonus");
    assertThat(p.ledger(user, "energy")).hasSize(1);
    p.amba.currencies().update("energy", CurrencyUpdate.create().maxBalance(100));
    user.events().track("bonus");
    assertThat(balance("energy")).isEqualTo(20);
    user.events().track("bonus");
    assertThat(balance("energy")).isEqualTo(20);
  }

  @Test
  void row6_ingestedEvents_runTheRulesForTheirUser_andDuplicatesCreditOnce() {
    p.amba.currencies().create(NewCurrency.of("coins", "Coins"));
    p.amba.currencies().createGrantRule(NewGrantRule.fixed("coins", "order.paid", 50));
    IngestEvent paid = IngestEvent.of(user.uid(), Event.of("order.paid").withEventId("order-1042"));
    p.amba.events().ingest(List.of(paid));
    p.amba.events().ingest(List.of(paid));
    assertThat(balance("coins")).isEqualTo(50);
  }

  @Test
  void row7_eachCause_writesItsTypeAndSource() {
    p.amba.currencies().create(NewCurrency.of("energy", "Energy").maxBalance(100).autoRecharge(1, 1));
    p.amba.currencies().createGrantRule(NewGrantRule.fixed("energy", "app.opened", 2));
    grant("energy", 1);
    user.events().track("app.opened");
    fixture.clock.advance(Duration.ofHours(1));
    assertThat(p.ledger(user, "energy")).extracting(t -> t.transactionType() + "/" + t.source())
        .containsExactly("recharge/system", "earn/event", "grant/admin");
  }

  @Test
  void row8_aDeletedCurrency_stopsItsRules_refusesGrants_andHidesItsBalancesAndLedger() {
    p.amba.currencies().create(NewCurrency.of("coins", "Coins"));
    p.amba.currencies().create(NewCurrency.of("gems", "Gems"));
    GrantRule rule = p.amba.currencies().createGrantRule(NewGrantRule.fixed("coins", "level.completed", 10));
    grant("coins", 100);
    grant("gems", 1);
    user.events().track("level.completed");

    p.amba.currencies().delete("coins");

    assertThat(user.currencies().balances()).extracting(CurrencyBalanceView::currencyCode).containsExactly("gems");
    assertThat(user.currencies().transactions().toList()).extracting(CurrencyTransaction::currencyCode)
        .containsExactly("gems");
    assertThat(p.ledger(user, "coins")).isEmpty();
    assertThat(p.amba.currencies().grantRules()).singleElement().satisfies(r -> {
      assertThat(r.id()).isEqualTo(rule.id());
      assertThat(r.isActive()).isFalse();
    });
    assertThatThrownBy(() -> grant("coins", 1)).isInstanceOfSatisfying(AmbaNotFoundException.class,
        e -> assertThat(e.code()).isEqualTo("currency_not_found"));
    user.events().track("level.completed");

    // A currency made again with the code starts every user afresh; the old rule stays stopped.
    p.amba.currencies().create(NewCurrency.of("coins", "Coins").initialBalance(1));
    user.events().track("level.completed");
    assertThat(p.balance(user, "coins")).isEqualTo(new CurrencyBalanceView("coins", null, "Coins", false, 1, 0, 0));
    assertThat(p.ledger(user, "coins")).isEmpty();
    assertThat(p.amba.currencies().transactions(user.uid(), TransactionFilter.all()).toList()).hasSize(1);
  }

  @Test
  void grant_toAnUnknownUserOrCurrency_is404WithItsCode_andChangesNothing() {
    p.amba.currencies().create(NewCurrency.of("coins", "Coins"));
    assertThatThrownBy(() -> p.amba.currencies().grant(CurrencyGrant.of("nobody", "coins", 1)))
        .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> assertThat(e.code()).isEqualTo("user_not_found"));
    String elsewhere = fixture.emulator.createUser(fixture.emulator.createProject());
    assertThatThrownBy(() -> p.amba.currencies().grant(CurrencyGrant.of(elsewhere, "coins", 1)))
        .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> assertThat(e.code()).isEqualTo("user_not_found"));
    assertThatThrownBy(() -> grant("rubies", 1))
        .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> assertThat(e.code()).isEqualTo("currency_not_found"));
    assertThatThrownBy(() -> p.amba.currencies().transactions("nobody", TransactionFilter.all()).toList())
        .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> assertThat(e.code()).isEqualTo("user_not_found"));
    assertThat(user.currencies().transactions().toList()).isEmpty();
  }

  @Test
  void grant_aBadBody_is400InvalidInput() throws Exception {
    p.amba.currencies().create(NewCurrency.of("coins", "Coins"));
    for (String body : new String[] {"{}", "{\"app_user_id\":\"" + user.uid() + "\",\"currency_code\":\"coins\",\"amount\":0}",
        "{\"app_user_id\":\"" + user.uid() + "\",\"currency_code\":\"coins\",\"amount\":1.5}",
        "{\"app_user_id\":\"" + user.uid() + "\",\"currency_code\":\"coins\",\"amount\":1,\"extra\":1}"}) {
      ModuleCalls.Answer answer = p.raw.admin("POST", "/currencies/grant", body);
      assertThat(answer.status()).as(body).isEqualTo(400);
      assertThat(answer.code()).as(body).isEqualTo("invalid_input");
    }
    assertThat(balance("coins")).isZero();
  }

  @Test
  void transactions_arePagedLazilyNewestFirst_andFilteredByCurrency() {
    p.amba.currencies().create(NewCurrency.of("coins", "Coins"));
    p.amba.currencies().create(NewCurrency.of("gems", "Gems"));
    for (int i = 1; i <= 60; i++) {
      grant("coins", i);
    }
    grant("gems", 5);
    List<CurrencyTransaction> coins = p.ledger(user, "coins");
    assertThat(coins).hasSize(60);
    assertThat(coins).extracting(CurrencyTransaction::amount).first().isEqualTo(60L);
    assertThat(coins).extracting(CurrencyTransaction::balanceAfter).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    assertThat(user.currencies().transactions().toList()).hasSize(61);

    fixture.emulator.clearRecordedRequests();
    assertThat(user.currencies().transactions(TransactionFilter.currency("coins")).limit(3).toList())
        .extracting(CurrencyTransaction::amount).containsExactly(60L, 59L, 58L);
    List<RecordedRequest> pages = fixture.emulator.recordedRequests().stream()
        .filter(r -> r.pathWithoutQuery().endsWith("/currencies/transactions")).toList();
    assertThat(pages).hasSize(1);
    assertThat(user.currencies().transactions(TransactionFilter.currency("rubies")).toList()).isEmpty();
  }

  @Test
  void transactions_withACurrencyCodeThatIsNoCode_is400() throws Exception {
    ModuleCalls.Answer answer = p.raw.admin("GET", "/currencies/transactions/" + user.uid() + "?currency_code=Bad-Code", null);
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.code()).isEqualTo("invalid_input");
  }
}
