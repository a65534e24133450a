package dev.amba.benchmarks;

import dev.amba.AmbaClient;
import dev.amba.AmbaUser;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs in a fresh JVM: does anything stay reachable after {@code asUser} returns? Two checks: the
 * live heap after a full GC, before and after many calls; and whether weakly held handles are all
 * collected (nothing in the client, such as a cache or registry, keeps them).
 */
public final class RetentionProbe {

  /** Each handle is published here, so the JIT cannot elide its allocation. */
  static volatile AmbaUser sink;

  private RetentionProbe() {}

  public static void main(String[] args) throws Exception {
    int calls = Integer.parseInt(args[0]);
    // asUser sends nothing, so the client needs no server.
    AmbaClient client = Fixtures.client("http://127.0.0.1:9");
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    churn(client, Math.min(calls, 200_000));
    sink = null;
    long before = liveHeap(memory);
    churn(client, calls);
    sink = null;
    long after = liveHeap(memory);

    int sample = 10_000;
    List<WeakReference<AmbaUser>> refs = new ArrayList<>(sample);
    for (int i = 0; i < sample; i++) {
      refs.add(new WeakReference<>(client.asUser(Fixtures.UID)));
    }
    liveHeap(memory);
    int alive = 0;
    for (WeakReference<AmbaUser> r : refs) {
      if (r.get() != null) {
        alive++;
      }
    }
    System.out.printf(java.util.Locale.ROOT,
        "RETENTION calls=%d before=%d after=%d delta=%d perCall=%.4f weakSample=%d weakAlive=%d%n",
        calls, before, after, after - before, (after - before) / (double) calls, sample, alive);
    client.close();
    System.exit(0);
  }

  private static void churn(AmbaClient client, int calls) {
    for (int i = 0; i < calls; i++) {
      sink = client.asUser(Fixtures.UID);
    }
  }

  /** Heap in use after full collections have settled. */
  private static long liveHeap(MemoryMXBean memory) throws InterruptedException {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 4; i++) {
      System.gc();
      Thread.sleep(50);
      used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
    }
    return used;
  }
}
