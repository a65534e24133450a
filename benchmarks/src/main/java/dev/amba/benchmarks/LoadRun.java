package dev.amba.benchmarks;

import dev.amba.AmbaClient;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * N concurrent callers make the same call through the SDK and through the raw baseline, against
 * the same server, in the same JVM. The two sides run in alternating phases (baseline first in
 * even rounds, SDK first in odd ones) so that drift on a shared machine (other load, JIT, GC,
 * thermal) lands on both sides alike.
 */
final class LoadRun {

  /**
   * What one side achieved over all its measured phases; throughput and latency count completed
   * calls only.
   */
  record Side(long calls, long failures, double seconds, double opsPerSecond, double p50Micros, double p99Micros) {}

  /** One table row. */
  record Row(String call, int callers, Side sdk, Side baseline) {
    double throughputRatio() {
      return sdk.opsPerSecond() / baseline.opsPerSecond();
    }

    double p50OverheadMicros() {
      return sdk.p50Micros() - baseline.p50Micros();
    }

    double p99Ratio() {
      return sdk.p99Micros() / baseline.p99Micros();
    }
  }

  private final Settings settings;
  private final PrintStream log;

  LoadRun(Settings settings, PrintStream log) {
    this.settings = settings;
    this.log = log;
  }

  /**
   * Runs every workload at every concurrency level against one API root.
   *
   * @param clients makes a fresh SDK client per row, so no row inherits another's connections
   * @param baselines likewise for the baseline
   */
  List<Row> run(List<Workload> workloads, Supplier<AmbaClient> clients, Supplier<RawBaseline> baselines, String uid)
      throws Exception {
    List<Row> rows = new ArrayList<>();
    for (Workload w : workloads) {
      for (int n : settings.callers()) {
        try (AmbaClient client = clients.get()) {
          Row row = row(w, n, w.sdk(client, uid), w.baseline(baselines.get(), uid));
          log.printf("  load %-18s N=%-3d sdk %9.0f ops/s p50 %7.1f us p99 %8.1f us | baseline %9.0f ops/s p50 %7.1f us"
                  + " p99 %8.1f us | ratio %.3f%n",
              w.name(), n, row.sdk().opsPerSecond(), row.sdk().p50Micros(), row.sdk().p99Micros(),
              row.baseline().opsPerSecond(), row.baseline().p50Micros(), row.baseline().p99Micros(),
              row.throughputRatio());
          rows.add(row);
        }
      }
    }
    return rows;
  }

  /**
   * Per position, the row whose throughput ratio is the median of the runs (the lower middle one
   * for an even count), so a row's figures all come from one run.
   */
  static List<Row> medians(List<List<Row>> runs) {
    List<Row> out = new ArrayList<>();
    if (runs.isEmpty()) {
      return out;
    }
    for (int i = 0; i < runs.get(0).size(); i++) {
      List<Row> same = new ArrayList<>();
      for (List<Row> run : runs) {
        same.add(run.get(i));
      }
      same.sort(java.util.Comparator.comparingDouble(Row::throughputRatio));
      out.add(same.get((same.size() - 1) / 2));
    }
    return out;
  }

  private Row row(Workload w, int n, Workload.Call sdk, Workload.Call baseline) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
      Thread t = new Thread(r, "load-caller");
      t.setDaemon(true);
      return t;
    });
    try {
      // Warm both paths (JIT, connection pools) before anything is kept.
      phase(pool, n, baseline, settings.loadWarmup().toNanos(), w.name() + " baseline warm-up");
      phase(pool, n, sdk, settings.loadWarmup().toNanos(), w.name() + " SDK warm-up");
      List<Phase> sdkPhases = new ArrayList<>();
      List<Phase> basePhases = new ArrayList<>();
      long phaseNanos = settings.loadPhase().toNanos();
      for (int round = 0; round < settings.loadRounds(); round++) {
        if (round % 2 == 0) {
          basePhases.add(phase(pool, n, baseline, phaseNanos, w.name() + " baseline"));
          sdkPhases.add(phase(pool, n, sdk, phaseNanos, w.name() + " SDK"));
        } else {
          sdkPhases.add(phase(pool, n, sdk, phaseNanos, w.name() + " SDK"));
          basePhases.add(phase(pool, n, baseline, phaseNanos, w.name() + " baseline"));
        }
      }
      return new Row(w.name(), n, summarize(sdkPhases), summarize(basePhases));
    } finally {
      pool.shutdownNow();
    }
  }

  private record Phase(long nanos, List<Latencies> latencies) {}

  private static Phase phase(ExecutorService pool, int n, Workload.Call call, long durationNanos, String what)
      throws Exception {
    // Each phase starts from an empty young generation, so one side does not pay for the other's
    // garbage; a smoke run's phases are too short for that to matter, and the GC would dominate them.
    if (durationNanos >= TimeUnit.MILLISECONDS.toNanos(500)) {
      System.gc();
    }
    CountDownLatch ready = new CountDownLatch(n);
    CountDownLatch go = new CountDownLatch(1);
    AtomicLong deadline = new AtomicLong();
    List<Future<Latencies>> futures = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      futures.add(pool.submit(() -> {
        Latencies mine = new Latencies();
        ready.countDown();
        go.await();
        long end = deadline.get();
        long now = System.nanoTime();
        // At least one call each, so that even a tiny phase on a loaded machine measures something.
        do {
          try {
            call.run();
            long done = System.nanoTime();
            mine.add(done - now);
            now = done;
          } catch (Exception e) {
            // Counted, not fatal: the JDK client can lose a pooled connection to a race when the
            // server answers within microseconds (JDK-8338569); the report shows every failure.
            mine.fail(e);
            now = System.nanoTime();
          }
        } while (now < end);
        return mine;
      }));
    }
    ready.await();
    long start = System.nanoTime();
    deadline.set(start + durationNanos);
    go.countDown();
    List<Latencies> all = new ArrayList<>(n);
    for (Future<Latencies> f : futures) {
      try {
        all.add(f.get(durationNanos + TimeUnit.SECONDS.toNanos(60), TimeUnit.NANOSECONDS));
      } catch (java.util.concurrent.ExecutionException e) {
        throw new IllegalStateException(what + ": a caller stopped: " + e.getCause(), e.getCause());
      }
    }
    // Until the last caller's last call ended: the calls that overran the deadline count, so must their time.
    long elapsed = System.nanoTime() - start;
    long ok = 0;
    long failed = 0;
    Exception first = null;
    for (Latencies l : all) {
      ok += l.size();
      failed += l.failures();
      first = first == null ? l.firstFailure() : first;
    }
    if (failed > Math.max(1, ok / 1000)) {
      throw new IllegalStateException(what + ": " + failed + " of " + (ok + failed)
          + " calls failed, so this run measures nothing; the first: " + first, first);
    }
    return new Phase(elapsed, all);
  }

  private static Side summarize(List<Phase> phases) {
    List<Latencies> lists = new ArrayList<>();
    long nanos = 0;
    for (Phase p : phases) {
      lists.addAll(p.latencies());
      nanos += p.nanos();
    }
    long[] sorted = Latencies.sortedUnion(lists);
    long failures = lists.stream().mapToLong(Latencies::failures).sum();
    double seconds = nanos / 1e9;
    return new Side(sorted.length, failures, seconds, sorted.length / seconds,
        Latencies.percentile(sorted, 50) / 1e3, Latencies.percentile(sorted, 99) / 1e3);
  }
}
