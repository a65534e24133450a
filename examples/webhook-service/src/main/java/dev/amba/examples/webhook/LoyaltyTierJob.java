package dev.amba.examples.webhook;

import dev.amba.AmbaClient;
import dev.amba.events.Event;
import dev.amba.users.AppUser;
import dev.amba.users.ProfileUpdate;
import dev.amba.users.UserQuery;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
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
 * A background job that acts for every user, with no session and no request: it pages through the
 * project's users with the admin API and recomputes each one's loyalty tier as that user, through
 * {@code asUser}. Runs are asynchronous; their progress is kept in memory.
 */
@ApplicationScoped
public class LoyaltyTierJob {

  /** At most this many users are worked on at once, so a large project does not flood the API. */
  private static final int PARALLELISM = 4;
  private static final int PAGE_SIZE = 100;

  public record Status(String id, String state, int users, int changed, int failed, Instant startedAt,
      Instant finishedAt) {}

  @Inject AmbaClient amba;

  private final Map<String, Run> runs = new ConcurrentHashMap<>();
  // Plain executors work on every container; a Jakarta EE server could hand in a
  // ManagedExecutorService instead. Daemon threads never hold up a shutdown.
  private final ExecutorService coordinator = Executors.newSingleThreadExecutor(daemon("loyalty-tiers"));
  private final ExecutorService workers = Executors.newFixedThreadPool(PARALLELISM, daemon("loyalty-tiers-worker"));

  public Status start() {
    Run run = new Run(UUID.randomUUID().toString(), Instant.now());
    runs.put(run.id, run);
    coordinator.execute(() -> run.execute(this));
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

  static String tier(long points) {
    return points >= 200 ? "gold" : points >= 50 ? "silver" : "bronze";
  }

  /** Returns whether the user's tier changed. */
  private boolean recompute(String runId, AppUser user) {
    String tier = tier(Profiles.number(user.properties(), "loyalty_points"));
    Object previous = user.properties().get("tier");
    if (tier.equals(previous)) {
      return false;
    }
    var asUser = amba.asUser(user.id());
    asUser.users().update(ProfileUpdate.create().properties(Profiles.merged(user.properties(), Map.of("tier", tier))));
    asUser.events().track(Event.of("loyalty_tier_changed", Map.of("from", String.valueOf(previous), "to", tier))
        .withEventId("tier-" + runId + "-" + user.id()));
    return true;
  }

  private final class Run {
    final String id;
    final Instant startedAt;
    final AtomicInteger users = new AtomicInteger();
    final AtomicInteger changed = new AtomicInteger();
    final AtomicInteger failed = new AtomicInteger();
    final CompletableFuture<Void> done = new CompletableFuture<>();
    volatile String state = "running";
    volatile Instant finishedAt;

    Run(String id, Instant startedAt) {
      this.id = id;
      this.startedAt = startedAt;
    }

    void execute(LoyaltyTierJob job) {
      List<CompletableFuture<Void>> pending = new ArrayList<>();
      try (Stream<AppUser> all = amba.users().listAll(UserQuery.all().limit(PAGE_SIZE))) {
        all.forEach(user -> {
          users.incrementAndGet();
          pending.add(CompletableFuture.runAsync(() -> {
            if (job.recompute(id, user)) {
              changed.incrementAndGet();
            }
          }, workers).exceptionally(e -> {
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
        System.getLogger(LoyaltyTierJob.class.getName()).log(System.Logger.Level.WARNING, "loyalty tier job failed", e);
      } finally {
        finishedAt = Instant.now();
        done.complete(null);
      }
    }

    Status status() {
      return new Status(id, state, users.get(), changed.get(), failed.get(), startedAt, finishedAt);
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
