package dev.amba.wire.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amba.AmbaApiException;
import dev.amba.AmbaClient;
import dev.amba.AmbaUser;
import dev.amba.RetryPolicy;
import dev.amba.catalog.CatalogItem;
import dev.amba.catalog.ItemType;
import dev.amba.currencies.CurrencyBalanceView;
import dev.amba.currencies.CurrencyTransaction;
import dev.amba.inventory.PurchaseResult;
import dev.amba.testkit.Fault;
import dev.amba.testkit.RecordedRequest;
import dev.amba.wire.Together;
import dev.amba.wire.catalog.CatalogFixture;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * 20.4 #3: concurrent purchases of one user never overspend, also when answers are lost and the SDK
 * retries with the same Idempotency-Key; purchases in two currencies, and purchases beside consumes,
 * serialise on the user's inventory too.
 */
class InventoryConcurrencyWireTest {

  private static final int THREADS = 64;
  private static final int PRICE = 10;
  /** Covers exactly 40 purchases. */
  private static final int FUNDS = 40 * PRICE;
  private static final String PURCHASE = "/v1/client/inventory/purchase";

  @RegisterExtension
  static final CatalogFixture fixture = new CatalogFixture();
  @RegisterExtension
  final CatalogFixture.Project p = fixture.new Project();
  private final Shop shop = new Shop(p);
  private final AmbaUser user = p.newUser();
  private CatalogItem potion;

  @BeforeEach
  void fortyPotionsWorth() {
    shop.currency("gems");
    potion = shop.item("potion", ItemType.CONSUMABLE, "gems", PRICE);
    shop.fund(user, "gems", FUNDS);
  }

  @AfterEach
  void noFaults() {
    fixture.emulator.faults().reset();
  }

  /** Each thread buys one potion through {@code buyer}; the answers, null for insufficient_balance. */
  private List<PurchaseResult> race(AmbaUser buyer, AtomicInteger refused) throws Exception {
    return Together.run(THREADS, t -> {
      try {
        return buyer.inventory().purchase("potion", "gems");
      } catch (AmbaApiException e) {
        assertThat(e.code()).isEqualTo("insufficient_balance");
        refused.incrementAndGet();
        return null;
      }
    });
  }

  /** Exactly 40 charged, the rest refused, and the balance, ledger, totals and inventory agree. */
  private void assertFortyCharged(List<PurchaseResult> answers, AtomicInteger refused) {
    List<PurchaseResult> bought = answers.stream().filter(Objects::nonNull).toList();
    CurrencyBalanceView wallet = shop.wallet(user, "gems");
    List<CurrencyTransaction> ledger = shop.ledger(user, "gems");
    assertThat(bought).hasSize(40);
    assertThat(refused.get()).isEqualTo(THREADS - 40);
    assertThat(wallet.balance()).isZero();
    assertThat(Shop.chain(ledger, 0)).isEqualTo(wallet.balance());
    assertThat(ledger.stream().mapToLong(CurrencyTransaction::amount).sum()).isEqualTo(wallet.balance());
    assertThat(ledger).filteredOn(t -> t.amount() < 0).hasSize(40).allSatisfy(t -> assertThat(t.amount()).isEqualTo(-PRICE));
    assertThat(wallet.lifetimeSpent()).isEqualTo(40L * PRICE);
    assertThat(shop.holdings(user)).isEqualTo(Map.of("potion", 40L));
    // Every success names its own debit; the balances after them are 390, 380, ..., 0, each once.
    assertThat(bought).extracting(PurchaseResult::transactionId).doesNotHaveDuplicates().doesNotContainNull();
    assertThat(bought).extracting(PurchaseResult::balanceAfter).doesNotHaveDuplicates()
        .allSatisfy(b -> assertThat(b % PRICE).isZero());
  }

  @Test
  void row3_sixtyFourBuyersOfOneBalanceCoveringForty_exactlyFortyAreCharged() throws Exception {
    AtomicInteger refused = new AtomicInteger();
    List<PurchaseResult> answers = race(user, refused);
    CurrencyBalanceView wallet = shop.wallet(user, "gems");
    List<CurrencyTransaction> ledger = shop.ledger(user, "gems");
    System.out.printf("inventory: %d concurrent purchases at %d from %d: %d succeeded, %d insufficient_balance, "
            + "balance %d, ledger %d rows summing to %d (chain ends at %d), lifetime_spent %d, inventory %d%n",
        THREADS, PRICE, FUNDS, answers.stream().filter(Objects::nonNull).count(), refused.get(), wallet.balance(),
        ledger.size(), ledger.stream().mapToLong(CurrencyTransaction::amount).sum(), Shop.chain(ledger, 0),
        wallet.lifetimeSpent(), shop.holdings(user).get("potion"));
    assertFortyCharged(answers, refused);
  }

  @Test
  void row3_withThirtyPercentOfAnswersLostAfterHandling_retriesReplay_andNothingIsChargedTwice() throws Exception {
    // Twenty attempts: a call loses 30% of its answers, so giving up would take twenty losses in a row.
    try (AmbaClient patient = AmbaClient.configure(fixture.emulator.config(p.project).toBuilder().sleeper(d -> { })
        .retryPolicy(RetryPolicy.defaults().withMaxAttempts(20)).build())) {
      fixture.emulator.clearRecordedRequests();
      fixture.emulator.faults().onlyFor(PURCHASE).randomly(0.3, 20_4_3, Fault.resetAfterHandling());
      AtomicInteger refused = new AtomicInteger();
      List<PurchaseResult> answers = race(patient.asUser(user.uid()), refused);
      long lost = fixture.emulator.faults().randomlyInjected();
      fixture.emulator.faults().reset();

      List<RecordedRequest> posts = fixture.emulator.recordedRequests().stream()
          .filter(r -> r.method().equals("POST") && r.pathWithoutQuery().equals(PURCHASE)).toList();
      Map<String, Long> attemptsByKey = posts.stream()
          .collect(Collectors.groupingBy(r -> r.header("idempotency-key"), TreeMap::new, Collectors.counting()));
      CurrencyBalanceView wallet = shop.wallet(user, "gems");
      List<CurrencyTransaction> ledger = shop.ledger(user, "gems");
      System.out.printf("inventory: %d concurrent purchases at %d from %d, %d answers lost after handling "
              + "(%d requests, at most %d for one purchase): %d succeeded, %d insufficient_balance, balance %d, "
              + "%d debits, ledger sum %d, lifetime_spent %d, inventory %d%n",
          THREADS, PRICE, FUNDS, lost, posts.size(),
          attemptsByKey.values().stream().mapToLong(Long::longValue).max().orElse(0),
          answers.stream().filter(Objects::nonNull).count(), refused.get(), wallet.balance(),
          ledger.stream().filter(t -> t.amount() < 0).count(), ledger.stream().mapToLong(CurrencyTransaction::amount).sum(),
          wallet.lifetimeSpent(), shop.holdings(user).get("potion"));
      assertThat(lost).isPositive();
      // One key per logical purchase, repeated on each retry: every lost answer cost one more request.
      assertThat(attemptsByKey).hasSize(THREADS);
      assertThat(posts).hasSize(THREADS + (int) lost);
      assertFortyCharged(answers, refused);
    }
  }

  @Test
  void row3_concurrentRepeatsOfOneKey_chargeOnce_andAllAnswerTheSamePurchase() throws Exception {
    List<PurchaseResult> answers = Together.run(16, t -> user.inventory().purchase("potion", "gems", null, "tap-1"));
    assertThat(answers.stream().distinct()).hasSize(1);
    assertThat(shop.balance(user, "gems")).isEqualTo(FUNDS - PRICE);
    assertThat(shop.holdings(user)).isEqualTo(Map.of("potion", 1L));
  }

  @Test
  void aDurableBoughtInTwoCurrenciesAtOnce_isOwnedOnce_andPaidOnce() throws Exception {
    shop.currency("coins");
    CatalogItem crown = shop.item("crown", ItemType.DURABLE, "gems", PRICE);
    p.amba.catalog().setPrice(crown.id(), "coins", BigDecimal.valueOf(PRICE));
    shop.fund(user, "coins", FUNDS);
    AtomicInteger owned = new AtomicInteger();
    List<PurchaseResult> answers = Together.run(32, t -> {
      try {
        return user.inventory().purchase("crown", t % 2 == 0 ? "gems" : "coins");
      } catch (AmbaApiException e) {
        assertThat(e.code()).isEqualTo("already_owned");
        owned.incrementAndGet();
        return null;
      }
    });
    assertThat(answers.stream().filter(Objects::nonNull)).hasSize(1);
    assertThat(owned.get()).isEqualTo(31);
    assertThat(shop.balance(user, "gems") + shop.balance(user, "coins")).isEqualTo(2L * FUNDS - PRICE);
    assertThat(shop.holdings(user)).isEqualTo(Map.of("crown", 1L));
  }

  @Test
  void purchasesAndConsumesAtOnce_loseNoUnit() throws Exception {
    p.amba.inventory().grant(user.uid(), potion.id(), 32);
    Together.run(THREADS, t -> t % 2 == 0 ? user.inventory().purchase("potion", "gems").granted()
        : user.inventory().consume("potion", 1));
    // 32 bought (the balance covers 40), 32 used up.
    assertThat(shop.holdings(user)).isEqualTo(Map.of("potion", 32L));
    assertThat(shop.balance(user, "gems")).isEqualTo(FUNDS - 32L * PRICE);
  }
}
