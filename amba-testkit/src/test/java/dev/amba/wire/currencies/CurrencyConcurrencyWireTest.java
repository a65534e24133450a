package dev.amba.wire.currencies;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amba.AmbaUser;
import dev.amba.currencies.CurrencyBalanceView;
import dev.amba.currencies.CurrencyGrant;
import dev.amba.currencies.CurrencyTransaction;
import dev.amba.currencies.NewCurrency;
import dev.amba.currencies.NewGrantRule;
import dev.amba.wire.Together;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * 64 threads changing one user's balance at once (17.4 #2): no credit lost, no cap overrun, the
 * ledger a chain of balance_after values that sums to the balance. Debits come from inventory
 * purchases; their race is in InventoryConcurrencyWireTest (and, without HTTP, WalletsTest).
 */
class CurrencyConcurrencyWireTest {

  private static final int THREADS = 64;

  @RegisterExtension
  static final CurrencyFixture fixture = new CurrencyFixture();
  @RegisterExtension
  final CurrencyFixture.Project p = fixture.new Project();
  private final AmbaUser user = p.newUser();

  /** Oldest first, each row's balance_after is the one before plus its amount, from {@code start}. */
  private static void assertChain(List<CurrencyTransaction> newestFirst, long start) {
    List<CurrencyTransaction> oldestFirst = new ArrayList<>(newestFirst);
    oldestFirst.sort(Comparator.comparingLong(CurrencyTransaction::balanceAfter));
    long balance = start;
    for (CurrencyTransaction t : oldestFirst) {
      balance += t.amount();
      assertThat(t.balanceAfter()).as(t.toString()).isEqualTo(balance);
    }
  }

  @Test
  void concurrentGrants_loseNoCredit_andTheLedgerChainsToTheBalance() throws Exception {
    p.amba.currencies().create(NewCurrency.of("coins", "Coins").initialBalance(7));
    int perThread = 5;
    Together.run(THREADS, t -> {
      for (int i = 0; i < perThread; i++) {
        p.amba.currencies().grant(CurrencyGrant.of(user.uid(), "coins", t % 9 + 1));
      }
      return null;
    });
    long expected = 0;
    for (int t = 0; t < THREADS; t++) {
      expected += (long) (t % 9 + 1) * perThread;
    }
    List<CurrencyTransaction> ledger = p.ledger(user, "coins");
    CurrencyBalanceView balance = p.balance(user, "coins");
    System.out.printf("currencies: %d threads x %d grants: %d transactions, ledger sum %d, balance %d "
            + "(initial 7), lifetime_earned %d%n", THREADS, perThread, ledger.size(),
        ledger.stream().mapToLong(CurrencyTransaction::amount).sum(), balance.balance(), balance.lifetimeEarned());
    assertThat(ledger).hasSize(THREADS * perThread);
    assertThat(ledger).extracting(CurrencyTransaction::id).doesNotHaveDuplicates();
    assertThat(balance.lifetimeEarned()).isEqualTo(expected)
        .isEqualTo(ledger.stream().mapToLong(CurrencyTransaction::amount).sum());
    assertThat(balance.balance()).isEqualTo(7 + expected);
    assertChain(ledger, 7);
    // The ledger lists newest first by time and, within a millisecond, by the order written.
    assertThat(ledger).extracting(CurrencyTransaction::balanceAfter).isSortedAccordingTo(Comparator.reverseOrder());
  }

  @Test
  void concurrentGrantsIntoACap_fillItExactly_andTheRestWriteNothing() throws Exception {
    p.amba.currencies().create(NewCurrency.of("energy", "Energy").maxBalance(400));
    List<CurrencyTransaction> answers = Together.run(THREADS, t ->
        p.amba.currencies().grant(CurrencyGrant.of(user.uid(), "energy", 10)));
    long credited = answers.stream().filter(a -> a.id() != null).count();
    long empty = answers.stream().filter(a -> a.id() == null).count();
    System.out.printf("currencies: %d threads granting 10 under a cap of 400: %d credited, %d answered with "
        + "nothing credited, balance %d%n", THREADS, credited, empty, p.balance(user, "energy").balance());
    assertThat(credited).isEqualTo(40);
    assertThat(empty).isEqualTo(THREADS - 40);
    assertThat(answers).filteredOn(a -> a.id() == null).allSatisfy(a -> {
      assertThat(a.amount()).isZero();
      assertThat(a.balanceAfter()).isEqualTo(400);
    });
    assertThat(p.balance(user, "energy").balance()).isEqualTo(400);
    assertThat(p.ledger(user, "energy")).hasSize(40);
    assertChain(p.ledger(user, "energy"), 0);
  }

  @Test
  void concurrentEvents_neverOverrunAGrantRulesDailyCap() throws Exception {
    p.amba.currencies().create(NewCurrency.of("coins", "Coins"));
    p.amba.currencies().createGrantRule(NewGrantRule.fixed("coins", "tapped", 3).maxPerDay(10));
    Together.run(THREADS, t -> user.events().track("tapped"));
    System.out.printf("currencies: %d concurrent events under a rule capped at 10 a day: %d credits%n", THREADS,
        p.ledger(user, "coins").size());
    assertThat(p.ledger(user, "coins")).hasSize(10);
    assertThat(p.balance(user, "coins").balance()).isEqualTo(30);
  }

  @Test
  void concurrentGrantsToManyUsers_eachLandOnTheirOwnBalance() throws Exception {
    p.amba.currencies().create(NewCurrency.of("coins", "Coins"));
    List<AmbaUser> users = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      users.add(p.newUser());
    }
    Together.run(THREADS, t -> {
      for (int i = 0; i < 3; i++) {
        p.amba.currencies().grant(CurrencyGrant.of(users.get(t).uid(), "coins", t + 1));
      }
      return null;
    });
    for (int t = 0; t < THREADS; t++) {
      assertThat(p.balance(users.get(t), "coins").balance()).as("user " + t).isEqualTo(3L * (t + 1));
    }
  }
}
