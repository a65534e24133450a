package dev.amba.benchmarks;

import dev.amba.AmbaClient;
import dev.amba.AmbaListener;
import dev.amba.micrometer.AmbaMetrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What an {@link AmbaListener} adds to the track call (issue 17): the same call through three clients
 * over one {@link InMemoryHttpClient} (no listener, a listener that overrides nothing, {@link
 * AmbaMetrics} on a {@code SimpleMeterRegistry}), in one JVM, in alternating rounds whose order
 * rotates, so drift and machine load fall on all three alike. Each figure is the median over the
 * rounds of the mean CPU time per call in that round (the calling thread's, which with an in-memory
 * HTTP client is the whole call's); the ratio is against the client without listener
 * measured in the same rounds.
 */
final class ListenerCost {

  /** One variant's figures; {@code ratio} is its median time over the absent baseline's. */
  record Row(String variant, double nanosPerCall, double ratio, double bytesPerCall, int rounds) {}

  private final Settings settings;
  private final PrintStream log;

  ListenerCost(Settings settings, PrintStream log) {
    this.settings = settings;
    this.log = log;
  }

  private record Variant(String name, Supplier<AmbaListener> listener) {}

  static final String ABSENT = "no listener";

  List<Row> run() {
    List<Variant> variants = List.of(
        new Variant(ABSENT, () -> null),
        new Variant("no-op listener", () -> new AmbaListener() {}),
        new Variant("AmbaMetrics (SimpleMeterRegistry)", () -> AmbaMetrics.of(new SimpleMeterRegistry())));
    InMemoryHttpClient http = new InMemoryHttpClient();
    Map<String, Object> properties = Fixtures.eventProperties();
    List<AmbaClient> clients = new ArrayList<>();
    try {
      for (Variant v : variants) {
        AmbaListener l = v.listener().get();
        clients.add(AmbaClient.configure(l == null
            ? Fixtures.config(API_URL).toBuilder().httpClient(http).build()
            : Fixtures.config(API_URL).toBuilder().httpClient(http).listener(l).build()));
      }
      for (AmbaClient c : clients) {
        timed(c, properties, settings.loadWarmup().toNanos());
      }
      int rounds = Math.max(3, settings.loadRounds() * 3);
      long phase = Math.max(1, settings.loadPhase().toNanos() / 3);
      double[][] nanos = new double[variants.size()][rounds];
      double[][] bytes = new double[variants.size()][rounds];
      for (int round = 0; round < rounds; round++) {
        for (int k = 0; k < variants.size(); k++) {
          int v = (round + k) % variants.size();
          double[] m = timed(clients.get(v), properties, phase);
          nanos[v][round] = m[0];
          bytes[v][round] = m[1];
        }
      }
      double absent = median(nanos[0]);
      List<Row> rows = new ArrayList<>();
      for (int v = 0; v < variants.size(); v++) {
        double t = median(nanos[v]);
        Row row = new Row(variants.get(v).name(), t, t / absent, median(bytes[v]), rounds);
        rows.add(row);
        log.printf("  listeners %-36s %8.1f CPU ns/call  %.3fx  %.0f B/call%n", row.variant(), row.nanosPerCall(),
            row.ratio(), row.bytesPerCall());
      }
      return rows;
    } finally {
      clients.forEach(AmbaClient::close);
    }
  }

  private static final String API_URL = "http://127.0.0.1:9";

  /**
   * Calls back to back for {@code budget} ns of wall time: the mean CPU time of this thread and the
   * bytes it allocated, per call. CPU time rather than wall time, because on a shared machine the
   * time the thread waits to be scheduled would land on whichever variant happened to be running.
   */
  private static double[] timed(AmbaClient client, Map<String, Object> properties, long budget) {
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();
    long allocated = threads.getThreadAllocatedBytes(thread);
    long cpu = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    long end = start + budget;
    long calls = 0;
    long now;
    do {
      // Checked in batches so reading the clock does not weigh on the call.
      for (int i = 0; i < 64; i++) {
        client.asUser(Fixtures.UID).events().track(Fixtures.EVENT_NAME, properties);
      }
      calls += 64;
      now = System.nanoTime();
    } while (now < end);
    return new double[] {(threads.getCurrentThreadCpuTime() - cpu) / (double) calls,
        (threads.getThreadAllocatedBytes(thread) - allocated) / (double) calls};
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
