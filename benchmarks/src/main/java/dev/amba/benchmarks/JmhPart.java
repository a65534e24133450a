package dev.amba.benchmarks;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;
import org.openjdk.jmh.annotations.Mode;

/** Runs the JMH benchmarks in {@code dev.amba.benchmarks.jmh}, average time per call, with the GC profiler. */
final class JmhPart {

  /** One benchmark's figures. */
  record Row(String benchmark, double score, double error, String unit, double allocBytesPerOp) {}

  private final Settings settings;
  private final PrintStream log;

  JmhPart(Settings settings, PrintStream log) {
    this.settings = settings;
    this.log = log;
  }

  List<Row> run() throws Exception {
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include("dev\\.amba\\.benchmarks\\.jmh\\..*")
        .mode(Mode.AverageTime)
        .timeUnit(TimeUnit.NANOSECONDS)
        .forks(settings.jmhForks())
        .warmupIterations(settings.jmhWarmupIterations())
        .warmupTime(TimeValue.milliseconds(settings.jmhWarmupTime().toMillis()))
        .measurementIterations(settings.jmhMeasurementIterations())
        .measurementTime(TimeValue.milliseconds(settings.jmhMeasurementTime().toMillis()))
        .threads(1)
        // gc.alloc.rate.norm: bytes allocated per call.
        .addProfiler(GCProfiler.class)
        .shouldFailOnError(true)
        .verbosity(settings.mode().equals("smoke") ? VerboseMode.SILENT : VerboseMode.NORMAL);
    if (settings.jmhForks() > 0) {
      // A fixed heap in every fork, so GC sizing does not differ from one run to the next.
      options.jvmArgs("-Xms512m", "-Xmx512m");
    }
    Collection<RunResult> results = new Runner(options.build()).run();
    List<Row> rows = new ArrayList<>();
    for (RunResult r : results) {
      Result<?> primary = r.getPrimaryResult();
      Result<?> alloc = r.getSecondaryResults().get("gc.alloc.rate.norm");
      String name = r.getParams().getBenchmark().replace("dev.amba.benchmarks.jmh.", "");
      rows.add(new Row(name, primary.getScore(), primary.getScoreError(), primary.getScoreUnit(),
          alloc == null ? Double.NaN : alloc.getScore()));
    }
    rows.sort(Comparator.comparing(Row::benchmark));
    for (Row row : rows) {
      log.printf("  jmh %-40s %10.1f ± %.1f %s, %.0f B/op%n", row.benchmark(), row.score(), row.error(), row.unit(),
          row.allocBytesPerOp());
    }
    return rows;
  }
}
