package dev.amba.examples.webhook;

import dev.amba.AmbaClient;
import dev.amba.events.Event;
import dev.amba.xp.XpBalance;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A background job that pays this month's loyalty bonus, with no session and no request. It reads
 * the users' XP levels from Amba, highest first, a page at a time as it goes, and stops at the first
 * customer below silver: the long tail of bronze customers is never fetched. Each bonus is a coin
 * credit keyed by the month and the user, so running the job again (a scheduler that fires twice,
 * an operator who retries) pays nobody twice. Runs are asynchronous; their progress is kept in memory.
 */
@ApplicationScoped
public class LoyaltyBonusJob {

  /** At most this many users are worked on at once, so a large project does not flood the API. */
  private static final int PARALLELISM = 4;

  /**
   * @param usersRead how many users' XP the run read, including the first one below silver
   * @param paid bonuses credited by this run
   * @param alreadyPaid users whose bonus for the month an earlier run had credited
   */
  public record Status(String id, String state, String month, int usersRead, int paid, int alreadyPaid,
      int failed, Instant startedAt, Instant finishedAt) {}

  @Inject AmbaClient amba;

  Clock clock = Clock.systemUTC();
  private final Map<String, Run> runs = new ConcurrentHashMap<>();
  // Plain executors work on every container; a Jakarta EE server could hand in a
  // ManagedExecutorService instead. Daemon threads never hold up a shutdown.
  private final ExecutorService coordinator = Executors.newSingleThreadExecutor(daemon("loyalty-bonus"));
  private final ExecutorService workers = Executors.newFixedThreadPool(PARALLELISM, daemon("loyalty-bonus-worker"));

  public Status start() {
    Instant now = clock.instant();
    Run run = new Run(UUID.randomUUID().toString(), YearMonth.from(now.atZone(ZoneOffset.UTC)), now);
    runs.put(run.id, run);
    coordinator.execute(run::execute);
    return run.status();
  }

  /**
   * The run's status, once it has finished or after {@code wait} at most, so a caller can long-poll
   * instead of sleeping between polls.
   */
  public Optional<Status> status(String id, Duration wait) {
    Run run = runs.get(id);
    if (run == null) {
      return Optional.empty();
    }
    if (!wait.isZero()) {
      try {
        run.done.get(wait.toMillis(), TimeUnit.MILLISECONDS);
      } catch (TimeoutException stillRunning) {
        // Report progress so far.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (ExecutionException e) {
        // The run records its own failure in its state.
      }
    }
    return Optional.of(run.status());
  }

  @PreDestroy
  void stop() {
    coordinator.shutdownNow();
    workers.shutdownNow();
  }

  /** Returns whether this call credited the bonus, false when an earlier run had. */
  private boolean pay(YearMonth month, XpBalance xp) {
    int coins = Loyalty.monthlyBonus(xp.currentLevel());
    String tier = Loyalty.tier(xp.currentLevel());
    String key = "loyalty-" + month + "-" + xp.userId();
    return CoinCredits.once(amba, xp.userId(), coins, "loyalty bonus " + month + " (" + tier + ")", key,
        Event.of("loyalty_bonus_paid", Map.of("month", month.toString(), "tier", tier, "coins", coins))).firstTime();
  }

  private final class Run {
    final String id;
    final YearMonth month;
    final Instant startedAt;
    final AtomicInteger read = new AtomicInteger();
    final AtomicInteger paid = new AtomicInteger();
    final AtomicInteger alreadyPaid = new AtomicInteger();
    final AtomicInteger failed = new AtomicInteger();
    final CompletableFuture<Void> done = new CompletableFuture<>();
    volatile String state = "running";
    volatile Instant finishedAt;

    Run(String id, YearMonth month, Instant startedAt) {
      this.id = id;
      this.month = month;
      this.startedAt = startedAt;
    }

    void execute() {
      List<CompletableFuture<Void>> pending = new ArrayList<>();
      // Highest XP first, so everyone owed a bonus comes before the first who is not.
      try (Stream<XpBalance> levels = amba.xp().balances()) {
        levels.peek(xp -> read.incrementAndGet())
            .takeWhile(xp -> Loyalty.monthlyBonus(xp.currentLevel()) > 0)
            .forEach(xp -> {
              pending.add(CompletableFuture.runAsync(() -> (pay(month, xp) ? paid : alreadyPaid).incrementAndGet(),
                  workers).exceptionally(e -> {
                    failed.incrementAndGet();
                    return null;
                  }));
              // Bounded fan-out: wait for the oldest once PARALLELISM calls are in flight.
              if (pending.size() >= PARALLELISM) {
                pending.remove(0).join();
              }
            });
        pending.forEach(CompletableFuture::join);
        state = failed.get() == 0 ? "succeeded" : "finished_with_failures";
      } catch (RuntimeException e) {
        state = "failed";
        System.getLogger(LoyaltyBonusJob.class.getName()).log(System.Logger.Level.WARNING, "loyalty bonus job failed", e);
      } finally {
        finishedAt = clock.instant();
        done.complete(null);
      }
    }

    Status status() {
      return new Status(id, state, month.toString(), read.get(), paid.get(), alreadyPaid.get(), failed.get(),
          startedAt, finishedAt);
    }
  }

  private static ThreadFactory daemon(String name) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
