package dev.amba.wire;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Races: a task run once on each of many threads, all released at the same moment. */
public final class Together {

  /** One thread's part of a race; {@code thread} numbers it from 0. */
  @FunctionalInterface
  public interface Task<T> {
    T run(int thread) throws Exception;
  }

  private Together() {}

  /**
   * Runs {@code task} once on each of {@code threads} threads, released together once all have
   * started, and returns the results in thread order; the first failure is rethrown.
   */
  public static <T> List<T> run(int threads, Task<T> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch ready = new CountDownLatch(threads);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        futures.add(pool.submit(() -> {
          ready.countDown();
          go.await();
          return task.run(thread);
        }));
      }
      if (!ready.await(1, TimeUnit.MINUTES)) {
        throw new IllegalStateException("not all " + threads + " threads started within a minute");
      }
      go.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> f : futures) {
        results.add(f.get(3, TimeUnit.MINUTES));
      }
      return results;
    } finally {
      pool.shutdownNow();
      pool.awaitTermination(30, TimeUnit.SECONDS);
    }
  }
}
