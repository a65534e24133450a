package dev.amba.benchmarks;

import dev.amba.AmbaClient;
import dev.amba.AmbaConfig;
import java.lang.management.ManagementFactory;
import java.util.Map;

/**
 * Runs in a fresh JVM: configures a client and makes one call, then prints when main() began
 * (epoch milliseconds, compared by the parent with when it spawned this JVM) and how long each
 * step took. Nothing is touched before the steps that would warm them; the management API (itself
 * tens of milliseconds of class loading) is read only afterwards.
 */
public final class ColdStartProbe {

  private ColdStartProbe() {}

  public static void main(String[] args) {
    long mainAt = System.currentTimeMillis();
    long t0 = System.nanoTime();
    AmbaClient client = AmbaClient.configure(AmbaConfig.builder()
        .projectId(Fixtures.PROJECT_ID)
        .clientKey(Fixtures.CLIENT_KEY)
        .serverKey(Fixtures.SERVER_KEY)
        .apiUrl(args[0])
        .build());
    long t1 = System.nanoTime();
    int tracked = client.asUser(Fixtures.UID).events().track("app_opened", Map.of("cold_start", true)).tracked();
    long t2 = System.nanoTime();
    if (tracked != 1) {
      throw new IllegalStateException("tracked=" + tracked);
    }
    report(mainAt, t0, t1, t2);
    client.close();
    // The JDK 17 HttpClient cannot be closed; exiting does not wait for its threads.
    System.exit(0);
  }

  /** The line {@link ColdStart} reads: when main() began, and how long configuring and the call took. */
  static void report(long mainAt, long configureStart, long configured, long answered) {
    // The end of VM creation (HotSpot's "init done" time), not process start: the parent adds the spawn side.
    long vmInitialized = ManagementFactory.getRuntimeMXBean().getStartTime();
    System.out.printf(java.util.Locale.ROOT, "PROBE vmInitialized=%d mainAt=%d configureMs=%.3f firstCallMs=%.3f%n",
        vmInitialized, mainAt, (configured - configureStart) / 1e6, (answered - configured) / 1e6);
  }
}
