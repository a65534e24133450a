package dev.amba.wire.xp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amba.AmbaConflictException;
import dev.amba.AmbaUser;
import dev.amba.xp.NewXpGrant;
import dev.amba.xp.NewXpRule;
import dev.amba.xp.XpLedgerEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One user's events in parallel: no credit is lost, no cap overrun, no grant claimed twice. */
class XpConcurrencyWireTest {

  private static final int THREADS = 8;

  @RegisterExtension
  static final XpFixture fixture = new XpFixture();
  @RegisterExtension
  final XpFixture.Project p = fixture.new Project();
  private ExecutorService pool;

  @BeforeEach
  void setUp() {
    pool = Executors.newFixedThreadPool(THREADS);
  }

  @AfterEach
  void tearDown() throws InterruptedException {
    pool.shutdownNow();
    pool.awaitTermination(30, TimeUnit.SECONDS);
  }

  /** Runs {@code task} once on every thread, all released together; returns the results. */
  private <T> List<T> together(Callable<T> task) throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    List<Future<T>> futures = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      futures.add(pool.submit(() -> {
        go.await();
        return task.call();
      }));
    }
    go.countDown();
    List<T> results = new ArrayList<>();
    for (Future<T> f : futures) {
      results.add(f.get(2, TimeUnit.MINUTES));
    }
    return results;
  }

  @Test
  void concurrentEvents_neverLoseACredit_theTotalIsTheLedgersSum() throws Exception {
    p.amba.xp().createRule(NewXpRule.of("Tap", "tapped", 3));
    p.amba.xp().createRule(NewXpRule.of("Tap bonus", "tapped", 1));
    AmbaUser user = p.newUser();
    together(() -> {
      for (int i = 0; i < 10; i++) {
        user.events().track("tapped");
      }
      return null;
    });
    List<XpLedgerEntry> history = user.xp().history().toList();
    assertThat(history).hasSize(THREADS * 10 * 2);
    assertThat(user.xp().balance().totalXp()).isEqualTo(THREADS * 10 * 4)
        .isEqualTo(history.stream().mapToLong(XpLedgerEntry::xpAmount).sum());
    assertThat(history).extracting(XpLedgerEntry::id).doesNotHaveDuplicates();
    assertThat(p.count(user.uid(), "xp_awarded")).isEqualTo(THREADS * 10 * 2);
    // 320 XP crosses levels 2 and 3 once each, whatever the interleaving.
    assertThat(p.count(user.uid(), "level_up")).isEqualTo(2);
  }

  @Test
  void concurrentEvents_neverOverrunADailyCap() throws Exception {
    p.amba.xp().createRule(NewXpRule.of("Capped", "tapped", 5).maxPerDay(3));
    AmbaUser user = p.newUser();
    together(() -> user.events().track("tapped"));
    assertThat(user.xp().balance().totalXp()).isEqualTo(15);
    assertThat(user.xp().history().toList()).hasSize(3);
  }

  @Test
  void concurrentClaims_creditAGrantOnce() throws Exception {
    p.amba.xp().createGrant(NewXpGrant.of("welcome", 100));
    AmbaUser user = p.newUser();
    AtomicInteger refused = new AtomicInteger();
    List<Boolean> claimed = together(() -> {
      try {
        user.xp().claim("welcome");
        return true;
      } catch (AmbaConflictException e) {
        assertThat(e.code()).isEqualTo("already_claimed");
        refused.incrementAndGet();
        return false;
      }
    });
    assertThat(claimed).containsOnlyOnce(true);
    assertThat(refused.get()).isEqualTo(THREADS - 1);
    assertThat(user.xp().balance().totalXp()).isEqualTo(100);
  }

  @Test
  void concurrentCreditsOfDifferentUsers_eachLandOnTheirOwnBalance() throws Exception {
    p.amba.xp().createRule(NewXpRule.of("Tap", "tapped", 2));
    List<AmbaUser> users = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      users.add(p.newUser());
    }
    AtomicInteger next = new AtomicInteger();
    together(() -> {
      AmbaUser mine = users.get(next.getAndIncrement());
      for (int i = 0; i < 5; i++) {
        mine.events().track("tapped");
      }
      return null;
    });
    assertThat(users).allSatisfy(u -> assertThat(u.xp().balance().totalXp()).isEqualTo(10));
    assertThat(p.amba.xp().balances().toList()).hasSize(THREADS);
  }
}
