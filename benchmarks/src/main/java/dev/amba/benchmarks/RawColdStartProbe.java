package dev.amba.benchmarks;

import java.util.Map;

/**
 * {@link ColdStartProbe}'s baseline: the same first call made by hand in a fresh JVM, with the
 * JDK's HttpClient as {@link RawBaseline} builds it (default TLS context, as a hand-written
 * client has) and JSON-B for the body and the answer. It prints the same line, so the report can
 * put the two side by side.
 */
public final class RawColdStartProbe {

  private RawColdStartProbe() {}

  public static void main(String[] args) throws Exception {
    long mainAt = System.currentTimeMillis();
    long t0 = System.nanoTime();
    RawBaseline baseline = new RawBaseline(args[0], Fixtures.CLIENT_KEY, Fixtures.SERVER_KEY, false);
    long t1 = System.nanoTime();
    int tracked = baseline.track(Fixtures.UID, "app_opened", Map.of("cold_start", true)).tracked();
    long t2 = System.nanoTime();
    if (tracked != 1) {
      throw new IllegalStateException("tracked=" + tracked);
    }
    ColdStartProbe.report(mainAt, t0, t1, t2);
    System.exit(0);
  }
}
