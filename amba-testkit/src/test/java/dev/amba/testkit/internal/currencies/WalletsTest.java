package dev.amba.testkit.internal.currencies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.testkit.internal.ApiException;
import dev.amba.testkit.internal.engagement.EngagementStage;
import dev.amba.testkit.internal.engagement.StoredEvent;
import dev.amba.testkit.internal.engagement.Wallets;
import dev.amba.testkit.internal.engagement.Wallets.Cause;
import dev.amba.testkit.internal.engagement.Wallets.Change;
import dev.amba.testkit.internal.Ids;
import dev.amba.testkit.internal.kit.Resource;
import dev.amba.testkit.internal.kit.Resource.Scope;
import dev.amba.testkit.internal.kit.Row;
import dev.amba.testkit.internal.store.Database;
import dev.amba.testkit.internal.store.Stores;
import dev.amba.wire.ManualClock;
import dev.amba.wire.Together;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The {@link Wallets} contract the inventory and referral modules build on, without HTTP: 17.4 #1
 * (never below 0), debits and credits in a caller's step, the causes of 17.4 #7 for purchases and
 * referrals, and 64 threads debiting and crediting one balance.
 */
class WalletsTest {

  private static final int THREADS = 64;

  private final ManualClock clock = new ManualClock(Instant.parse("2030-01-07T09:00:00Z"));
  private Database db;
  private String projectId;
  private String alice;
  private Wallets wallets;
  private EngagementStage stage;

  @BeforeEach
  void open() throws Exception {
    db = Database.inMemory("wallets-" + System.nanoTime());
    Stores stores = Stores.over(db, clock);
    projectId = stores.projects().create(false).projectId();
    alice = stores.users().createAnonymous(projectId).id();
    CurrencyRoutes routes = new CurrencyRoutes(stores, clock);
    db.read(c -> {
      for (Resource r : routes.resources()) {
        r.ensureTable(c);
      }
      return null;
    });
    wallets = routes.wallets();
    assertThat(routes.stages()).singleElement().satisfies(s -> assertThat(s.step()).isEqualTo(3));
    stage = routes.stages().get(0);
  }

  @AfterEach
  void close() {
    db.close();
  }

  private Row define(String json) throws Exception {
    Resource.Values values = CurrencyTables.DEFINITIONS.forCreate(Json.createReader(new StringReader(json)).readObject());
    return db.transaction(c -> CurrencyTables.DEFINITIONS.insert(c, Scope.project(projectId), values, clock.instant()));
  }

  private Change credit(String code, long amount) throws Exception {
    return wallets.credit(projectId, alice, code, amount, new Cause("grant", "admin", null, null));
  }

  private Change debit(String code, long amount, Cause cause) throws Exception {
    return wallets.locked(projectId, alice, code, c -> wallets.debit(c, projectId, alice, code, amount, cause));
  }

  private List<Row> ledger() throws Exception {
    return db.read(c -> CurrencyTables.LEDGER.list(c, Scope.user(projectId, alice)));
  }

  private Row balanceRow(String code) throws Exception {
    return db.read(c -> CurrencyTables.BALANCES.list(c, Scope.user(projectId, alice))).stream()
        .filter(r -> r.string("currency_code").equals(code)).findFirst().orElseThrow();
  }

  @Test
  void row1_aDebitLargerThanTheBalance_is400InsufficientBalance_andChangesNothing() throws Exception {
    define("{\"code\":\"gems\",\"name\":\"Gems\"}");
    credit("gems", 30);
    assertThatThrownBy(() -> debit("gems", 31, Cause.purchase("p1", null)))
        .isInstanceOfSatisfying(ApiException.class, e -> {
          assertThat(e.status()).isEqualTo(400);
          assertThat(e.code()).isEqualTo("insufficient_balance");
        });
    assertThat(wallets.balance(projectId, alice, "gems")).isEqualTo(30);
    assertThat(ledger()).hasSize(1);
    Change all = debit("gems", 30, Cause.purchase("p2", null));
    assertThat(all.balanceAfter()).isZero();
    assertThatThrownBy(() -> debit("gems", 1, Cause.purchase("p3", null))).isInstanceOf(ApiException.class);
    assertThat(balanceRow("gems").bigint("lifetime_spent")).isEqualTo(30);
  }

  @Test
  void aFailureLaterInTheCallersStep_rollsBackItsDebitsToo() throws Exception {
    define("{\"code\":\"gems\",\"name\":\"Gems\"}");
    credit("gems", 100);
    assertThatThrownBy(() -> wallets.locked(projectId, alice, "gems", c -> {
      wallets.debit(c, projectId, alice, "gems", 60, Cause.purchase("p1", "sword"));
      assertThat(wallets.balance(c, projectId, alice, "gems")).isEqualTo(40);
      // The item grant fails after the debit: the whole purchase must leave no trace (20.4 #1).
      throw new ApiException(409, "already_owned", "owned");
    })).isInstanceOf(ApiException.class);
    assertThat(wallets.balance(projectId, alice, "gems")).isEqualTo(100);
    assertThat(ledger()).hasSize(1);
  }

  @Test
  void aPurchaseAndAReferral_writeTheirTypeSourceAndReference() throws Exception {
    define("{\"code\":\"gems\",\"name\":\"Gems\",\"initial_balance\":50,\"max_balance\":60}");
    Change bought = debit("gems", 20, Cause.purchase("purchase-1", "Sword"));
    assertThat(bought.amount()).isEqualTo(-20);
    assertThat(bought.balanceAfter()).isEqualTo(30);
    // A referral reward is cut to the cap like any credit (21.4 #3).
    Change reward = wallets.credit(projectId, alice, "gems", 100, Cause.referral("claim-1"));
    assertThat(reward.amount()).isEqualTo(30);
    assertThat(ledger()).extracting(r -> r.string("transaction_type") + "/" + r.string("source") + "/"
            + r.string("reference_id") + "/" + r.bigint("amount"))
        .containsExactly("grant/referral/claim-1/30", "purchase/store_purchase/purchase-1/-20");
    assertThat(ledger()).extracting(Row::id).containsExactly(reward.transactionId(), bought.transactionId());
  }

  @Test
  void aDebitWithoutARow_startsFromTheInitialBalance_andOneOfZeroWritesNothing() throws Exception {
    define("{\"code\":\"energy\",\"name\":\"Energy\",\"initial_balance\":10}");
    assertThat(debit("energy", 0, Cause.purchase("free", null))).isEqualTo(new Change(null, 0, 10));
    assertThat(ledger()).isEmpty();
    assertThat(debit("energy", 4, Cause.purchase("p", null)).balanceAfter()).isEqualTo(6);
    assertThatThrownBy(() -> debit("energy", -1, Cause.purchase("p", null))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aDueRecharge_isSettledBeforeADebit() throws Exception {
    define("{\"code\":\"energy\",\"name\":\"Energy\",\"initial_balance\":5,\"max_balance\":5,"
        + "\"auto_recharge_amount\":1,\"auto_recharge_interval_hours\":1}");
    debit("energy", 5, Cause.purchase("p1", null));
    clock.advance(Duration.ofHours(3));
    assertThatThrownBy(() -> debit("energy", 4, Cause.purchase("p2", null))).isInstanceOf(ApiException.class);
    assertThat(debit("energy", 3, Cause.purchase("p3", null)).balanceAfter()).isZero();
    assertThat(ledger()).extracting(r -> r.string("transaction_type")).containsExactly("purchase", "recharge", "purchase");
  }

  @Test
  void changes_needTheLockOfThatUserAndCurrency_andOneLockAtATime() throws Exception {
    define("{\"code\":\"gems\",\"name\":\"Gems\"}");
    define("{\"code\":\"coins\",\"name\":\"Coins\"}");
    assertThatThrownBy(() -> db.transaction(c -> wallets.credit(c, projectId, alice, "gems", 1, Cause.referral("x"))))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> wallets.locked(projectId, alice, "gems",
        c -> wallets.credit(c, projectId, alice, "coins", 1, Cause.referral("x"))))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> wallets.locked(projectId, alice, "gems",
        c -> wallets.credit(projectId, alice, "coins", 1, Cause.referral("x"))))
        .isInstanceOf(IllegalStateException.class);
    assertThat(ledger()).isEmpty();
  }

  @Test
  void onlyALiveCurrency_isOne_andChangesInAnyOtherAre404CurrencyNotFound() throws Exception {
    Row gems = define("{\"code\":\"gems\",\"name\":\"Gems\"}");
    assertThat(wallets.isCurrency(projectId, "gems")).isTrue();
    assertThat(wallets.isCurrency(projectId, "usd")).isFalse();
    // Codes and ids never mix (M1): a currency's id is no code.
    assertThat(wallets.isCurrency(projectId, gems.id())).isFalse();
    assertThatThrownBy(() -> credit("usd", 1)).isInstanceOfSatisfying(ApiException.class,
        e -> assertThat(e.code()).isEqualTo("currency_not_found"));
    db.transaction(c -> CurrencyTables.DEFINITIONS.delete(c, gems));
    assertThat(wallets.isCurrency(projectId, "gems")).isFalse();
    assertThatThrownBy(() -> debit("gems", 1, Cause.purchase("p", null))).isInstanceOfSatisfying(ApiException.class,
        e -> assertThat(e.code()).isEqualTo("currency_not_found"));
  }

  @Test
  void sixtyFourPurchasesFromABalanceCoveringForty_exactlyFortySucceed_andItEndsAtZero() throws Exception {
    define("{\"code\":\"gems\",\"name\":\"Gems\"}");
    credit("gems", 400);
    AtomicInteger refused = new AtomicInteger();
    List<Change> done = Together.run(THREADS, t -> {
      try {
        return debit("gems", 10, Cause.purchase("purchase-" + t, null));
      } catch (ApiException e) {
        assertThat(e.code()).isEqualTo("insufficient_balance");
        refused.incrementAndGet();
        return null;
      }
    });
    long succeeded = done.stream().filter(java.util.Objects::nonNull).count();
    Row row = balanceRow("gems");
    System.out.printf("currencies: %d concurrent purchases of 10 from 400: %d succeeded, %d insufficient_balance, "
        + "balance %d, lifetime_spent %d%n", THREADS, succeeded, refused.get(), row.bigint("balance"),
        row.bigint("lifetime_spent"));
    assertThat(succeeded).isEqualTo(40);
    assertThat(refused.get()).isEqualTo(24);
    assertThat(row.bigint("balance")).isZero();
    assertThat(row.bigint("lifetime_spent")).isEqualTo(400);
    assertThat(ledger().stream().mapToLong(r -> r.bigint("amount")).sum()).isZero();
    assertChain(0);
  }

  @Test
  void sixtyFourThreadsCreditingAndDebiting_neverLoseOrOverdraw_andTheLedgerSumsToTheBalance() throws Exception {
    define("{\"code\":\"coins\",\"name\":\"Coins\"}");
    dev.amba.testkit.internal.kit.Resource.Values rule = CurrencyTables.RULES.forCreate(Json.createReader(
        new StringReader("{\"currency_key\":\"coins\",\"event_name\":\"level.completed\",\"grant_amount\":4}")).readObject());
    String coinsId = db.read(c -> CurrencyLedger.requireCurrency(c, projectId, "coins")).id();
    rule.set("currency_id", Json.createValue(coinsId));
    db.transaction(c -> CurrencyTables.RULES.insert(c, Scope.project(projectId), rule, clock.instant()));
    int ops = 20;
    AtomicLong credited = new AtomicLong();
    AtomicLong debited = new AtomicLong();
    AtomicInteger refused = new AtomicInteger();
    Together.run(THREADS, t -> {
      Random random = new Random(t);
      for (int i = 0; i < ops; i++) {
        if (t % 4 == 0) {
          // A quarter of the threads earn through the grant rule (M4 stage 3), as tracked events do.
          stage.apply(new StoredEvent(Ids.uuid(), projectId, alice, "level.completed", JsonValue.EMPTY_JSON_OBJECT,
              clock.instant(), 0), d -> { });
          credited.addAndGet(4);
        } else if (i % 2 == 0) {
          credited.addAndGet(credit("coins", 1 + random.nextInt(10)).amount());
        } else {
          try {
            debited.addAndGet(-debit("coins", 1 + random.nextInt(15), Cause.purchase("p" + t + "_" + i, null)).amount());
          } catch (ApiException e) {
            refused.incrementAndGet();
          }
        }
      }
      return null;
    });
    Row row = balanceRow("coins");
    List<Row> ledger = ledger();
    System.out.printf("currencies: %d threads x %d changes: %d transactions, credited %d, debited %d, %d debits "
            + "refused as insufficient, balance %d, ledger sum %d%n", THREADS, ops, ledger.size(), credited.get(),
        debited.get(), refused.get(), row.bigint("balance"), ledger.stream().mapToLong(r -> r.bigint("amount")).sum());
    assertThat(ledger).hasSize(THREADS * ops - refused.get());
    assertThat(row.bigint("balance")).isEqualTo(credited.get() - debited.get())
        .isEqualTo(ledger.stream().mapToLong(r -> r.bigint("amount")).sum());
    assertThat(row.bigint("lifetime_earned")).isEqualTo(credited.get());
    assertThat(row.bigint("lifetime_spent")).isEqualTo(debited.get());
    assertThat(ledger).allSatisfy(r -> assertThat(r.bigint("balance_after")).isNotNegative());
    assertChain(0);
  }

  /** Oldest first (by the order written), each row's balance_after is the one before plus its amount. */
  private void assertChain(long start) throws Exception {
    List<Row> rows = new ArrayList<>(ledger());
    rows.sort(Comparator.comparingLong(r -> r.bigint("seq")));
    long balance = start;
    for (Row r : rows) {
      balance += r.bigint("amount");
      assertThat(r.bigint("balance_after")).as(r.toString()).isEqualTo(balance);
    }
  }
}
