package dev.amba.benchmarks;

import java.time.Duration;
import java.util.List;

/**
 * How long and how often each part runs. {@code full} is the real measurement (about 14 minutes
 * on 2 cores; its load part runs {@code loadRuns} times, as one run's ratios are within their own
 * spread of the target), {@code quick} gives indicative numbers in about 2.5 minutes, {@code smoke} only
 * proves every part still runs (the unit test uses it).
 */
public record Settings(
    String mode,
    int jmhForks,
    int jmhWarmupIterations,
    Duration jmhWarmupTime,
    int jmhMeasurementIterations,
    Duration jmhMeasurementTime,
    List<Integer> callers,
    Duration loadWarmup,
    Duration loadPhase,
    int loadRounds,
    int coldRuns,
    int connectionCalls,
    int retentionCalls,
    int loadRuns) {

  public static Settings full() {
    return new Settings("full", 2, 3, Duration.ofSeconds(1), 4, Duration.ofSeconds(1),
        List.of(1, 16, 64), Duration.ofSeconds(2), Duration.ofSeconds(3), 4,
        11, 10_000, 2_000_000, 3);
  }

  public static Settings quick() {
    return new Settings("quick", 1, 3, Duration.ofMillis(500), 3, Duration.ofMillis(500),
        List.of(1, 16, 64), Duration.ofMillis(700), Duration.ofSeconds(1), 2,
        3, 10_000, 500_000, 1);
  }

  /** Tiny counts: exercises every code path in seconds; its numbers mean nothing. */
  public static Settings smoke() {
    return new Settings("smoke", 0, 0, Duration.ofMillis(10), 1, Duration.ofMillis(20),
        List.of(1, 16, 64), Duration.ofMillis(30), Duration.ofMillis(50), 2,
        1, 300, 20_000, 1);
  }

  /** The same settings with the load part run {@code runs} times. */
  public Settings withLoadRuns(int runs) {
    if (runs < 1) {
      throw new IllegalArgumentException("load runs must be at least 1, got " + runs);
    }
    return new Settings(mode, jmhForks, jmhWarmupIterations, jmhWarmupTime, jmhMeasurementIterations,
        jmhMeasurementTime, callers, loadWarmup, loadPhase, loadRounds, coldRuns, connectionCalls, retentionCalls, runs);
  }

  public static Settings named(String mode) {
    return switch (mode) {
      case "full" -> full();
      case "quick" -> quick();
      case "smoke" -> smoke();
      default -> throw new IllegalArgumentException("unknown mode " + mode + " (full, quick, smoke)");
    };
  }
}
