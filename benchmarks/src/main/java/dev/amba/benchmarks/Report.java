package dev.amba.benchmarks;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Renders {@link Results} as Markdown: the targets of issue 7 first, then each part's table. */
final class Report {

  private static final Map<String, String> JMH_LEGEND = Map.ofEntries(
      Map.entry("AsUserBenchmark.asUser", "client.asUser(uid), 36-character uid"),
      Map.entry("CallBenchmark.sdkTrack", "whole SDK track call over an in-memory HttpClient"),
      Map.entry("CallBenchmark.baselineTrack", "the baseline's track call over the same in-memory HttpClient"),
      Map.entry("CallBenchmark.sdkFind", "whole SDK find call (5 conditions, 50 rows) over an in-memory HttpClient"),
      Map.entry("CallBenchmark.baselineFind", "the baseline's find call over the same in-memory HttpClient"),
      Map.entry("CallBenchmark.sdkQualify", "whole SDK streaks.qualify call (UserStreak decoded) over an in-memory HttpClient"),
      Map.entry("CallBenchmark.baselineQualify", "the baseline's qualify call over the same in-memory HttpClient"),
      Map.entry("CallBenchmark.sdkListUsers", "whole SDK admin.users.list call (50 users) over an in-memory HttpClient"),
      Map.entry("CallBenchmark.baselineListUsers", "the baseline's users list over the same in-memory HttpClient"),
      Map.entry("CodecBenchmark.encodeTrackedEvent", "Event.of + wire map + JSON-B, to request bytes"),
      Map.entry("CodecBenchmark.encodeFindQuery", "Where/Query DSL + FindOptions + JSON-B + URL encoding"),
      Map.entry("CodecBenchmark.decodeTrackAnswer", "{\"data\":{\"tracked\":1}} into TrackResult (SDK envelope)"),
      Map.entry("CodecBenchmark.decodePageOf50",
          "JSON-B straight into 50 Post records + Page: the decode floor (the SDK's own decode is in sdkFind)"),
      Map.entry("FilterBenchmark.withoutFilter", "fresh request + chain, no filter (subtracted)"),
      Map.entry("FilterBenchmark.filter", "fresh request through AmbaFilter"),
      Map.entry("FilterBenchmark.filterResolvingUser", "AmbaFilter with a principal resolver (attaches asUser)"));

  private final Results r;
  private final StringBuilder md = new StringBuilder();

  private Report(Results r) {
    this.r = r;
  }

  static String markdown(Results results) {
    return new Report(results).render();
  }

  private String render() {
    md.append("# amba-java benchmark results\n\n");
    line("- mode: **%s** (%s)", r.settings.mode(), modeNote());
    line("- started: %s", r.startedAt);
    line("- Java %s (%s, %s), %d CPUs, %s %s", Runtime.version(), System.getProperty("java.vm.name"),
        System.getProperty("java.vendor"), Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
        System.getProperty("os.arch"));
    int cpus = Runtime.getRuntime().availableProcessors();
    boolean busy = Math.max(r.loadAverageBefore, r.loadAverageAfter) > cpus;
    line("- system load average: %s before, %s after%s%s", num(r.loadAverageBefore, 2), num(r.loadAverageAfter, 2),
        r.partsRun.contains("load") ? " (read before the load part, whose callers would count)" : "",
        busy ? " (**above the CPU count: other work shared the machine, so the figures are indicative only**)" : "");
    line("- parts run: %s", String.join(", ", r.partsRun));
    md.append('\n');
    performanceTargets();
    targets();
    jmh();
    listeners();
    load("Loopback load: SDK against the raw HttpClient baseline", r.load, loadNote());
    loadSpread();
    if (!r.emulatorLoad.isEmpty()) {
      load("Against the emulator (H2 behind every call; server time dominates)", r.emulatorLoad,
          "The same comparison against the real emulator. Its per-request work hides most of the client's cost, so"
              + " these ratios say little about the SDK; they show it behaves under a real server.");
    }
    coldStart();
    connections();
    retention();
    return md.toString();
  }

  /** The targets of issue 19: CPU, allocation, throughput from several runs, p99, cold start. */
  private void performanceTargets() {
    md.append("## Targets (issue 19)\n\n");
    md.append("| target | measured | verdict |\n|---|---|---|\n");
    for (String[] call : new String[][] {{"Track", "track"}, {"Find", "find (50 typed rows)"},
        {"Qualify", "streaks.qualify"}, {"ListUsers", "admin users list (50 users)"}}) {
      Optional<JmhPart.Row> sdk = jmhRow("CallBenchmark.sdk" + call[0]);
      Optional<JmhPart.Row> base = jmhRow("CallBenchmark.baseline" + call[0]);
      if (sdk.isEmpty() || base.isEmpty()) {
        row("CPU per call <= 1.05x raw: " + call[1], "not run", "-");
        row("allocation per call <= 1.2x raw: " + call[1], "not run", "-");
        continue;
      }
      double cpu = sdk.get().score() / base.get().score();
      row("CPU per call <= 1.05x raw: " + call[1], String.format(Locale.ROOT, "%.2fx (%.2f vs %.2f us)", cpu,
          sdk.get().score() / 1000, base.get().score() / 1000), verdict(cpu <= 1.05));
      double alloc = sdk.get().allocBytesPerOp() / base.get().allocBytesPerOp();
      row("allocation per call <= 1.2x raw: " + call[1], String.format(Locale.ROOT, "%.2fx (%,.0f vs %,.0f B)", alloc,
          sdk.get().allocBytesPerOp(), base.get().allocBytesPerOp()), verdict(alloc <= 1.2));
    }
    if (r.loadRuns.isEmpty() || r.baselineSendAsync) {
      row("throughput >= 0.97x raw at every N (median of the runs)", "not run", "-");
      row("p99 overhead < 100 us at N = 1", "not run", "-");
    } else {
      StringBuilder s = new StringBuilder();
      boolean all = true;
      for (int i = 0; i < r.load.size(); i++) {
        LoadRun.Row median = r.load.get(i);
        double min = Double.MAX_VALUE;
        double max = 0;
        for (List<LoadRun.Row> run : r.loadRuns) {
          min = Math.min(min, run.get(i).throughputRatio());
          max = Math.max(max, run.get(i).throughputRatio());
        }
        all &= median.throughputRatio() >= 0.97;
        s.append(s.length() == 0 ? "" : "; ").append(String.format(Locale.ROOT, "%s N=%d %.3f (%.3f-%.3f)",
            shortName(median.call()), median.callers(), median.throughputRatio(), min, max));
      }
      row(String.format(Locale.ROOT, "throughput >= 0.97x raw at every N (median of %d run(s), range)",
          r.loadRuns.size()), s.toString(), verdict(all));
      StringBuilder p = new StringBuilder();
      boolean under = true;
      int fewest = r.load.stream().mapToInt(LoadRun.Row::callers).min().getAsInt();
      for (int i = 0; i < r.load.size(); i++) {
        if (r.load.get(i).callers() != fewest) {
          continue;
        }
        List<Double> overheads = new java.util.ArrayList<>();
        for (List<LoadRun.Row> run : r.loadRuns) {
          LoadRun.Row x = run.get(i);
          overheads.add(x.sdk().p99Micros() - x.baseline().p99Micros());
        }
        java.util.Collections.sort(overheads);
        double median = overheads.get((overheads.size() - 1) / 2);
        under &= median < 100;
        p.append(p.length() == 0 ? "" : "; ").append(String.format(Locale.ROOT, "%s %+.0f us (runs: %s)",
            shortName(r.load.get(i).call()), median, joinMicros(overheads)));
      }
      row(String.format(Locale.ROOT, "p99 overhead < 100 us at N = %d (median of the runs)", fewest), p.toString(),
          verdict(under));
    }
    Optional<ColdStart.Stat> first = cold("toFirstCall");
    if (first.isPresent()) {
      String raw = cold("rawToFirstCall").map(b -> String.format(Locale.ROOT, "; by hand (raw HttpClient + JSON-B) %.1f ms",
          b.median())).orElse("");
      row("JVM start to first completed call <= 200 ms (median)", String.format(Locale.ROOT, "%.1f ms (%.1f-%.1f)%s",
          first.get().median(), first.get().min(), first.get().max(), raw), verdict(first.get().median() <= 200));
    } else {
      row("JVM start to first completed call <= 200 ms (median)", "not run", "-");
    }
    Optional<ColdStart.Stat> configure = cold("configureMs");
    row("configure <= 30 ms (median)", configure.map(c -> String.format(Locale.ROOT, "%.1f ms (%.1f-%.1f)",
        c.median(), c.min(), c.max())).orElse("not run"), configure.map(c -> verdict(c.median() <= 30)).orElse("-"));
    md.append('\n');
  }

  private static String joinMicros(List<Double> values) {
    StringBuilder s = new StringBuilder();
    for (double v : values) {
      s.append(s.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%+.0f", v));
    }
    return s.toString();
  }

  /** Each load run's ratio and p99, when there was more than one run: the spread is the error bar. */
  private void loadSpread() {
    if (r.loadRuns.size() < 2) {
      return;
    }
    md.append("### Load: every run\n\n");
    md.append(String.format(Locale.ROOT, "The table above shows, per row, the run with the median throughput ratio of"
        + " %d runs. Here every run: throughput ratio, and p99 SDK / baseline in us.%n%n", r.loadRuns.size()));
    md.append("| call | N |");
    for (int k = 0; k < r.loadRuns.size(); k++) {
      md.append(" run ").append(k + 1).append(" |");
    }
    md.append(" spread |\n|---|---:|");
    for (int k = 0; k < r.loadRuns.size(); k++) {
      md.append("---|");
    }
    md.append("---:|\n");
    for (int i = 0; i < r.load.size(); i++) {
      LoadRun.Row first = r.loadRuns.get(0).get(i);
      md.append("| ").append(first.call()).append(" | ").append(first.callers()).append(" |");
      double min = Double.MAX_VALUE;
      double max = 0;
      for (List<LoadRun.Row> run : r.loadRuns) {
        LoadRun.Row x = run.get(i);
        min = Math.min(min, x.throughputRatio());
        max = Math.max(max, x.throughputRatio());
        md.append(String.format(Locale.ROOT, " %.3f (p99 %.0f / %.0f) |", x.throughputRatio(), x.sdk().p99Micros(),
            x.baseline().p99Micros()));
      }
      md.append(String.format(Locale.ROOT, " %.3f |%n", max - min));
    }
    md.append('\n');
  }

  private String modeNote() {
    return switch (r.settings.mode()) {
      case "full" -> "the measurement run";
      case "quick" -> "short iterations: indicative only";
      default -> "smoke: proves the harness runs; the numbers mean nothing";
    };
  }

  private void targets() {
    md.append("## Targets (issue 7)\n\n");
    md.append("| target | measured | verdict |\n|---|---|---|\n");
    if (!r.load.isEmpty() && r.baselineSendAsync) {
      row("SDK throughput >= 0.95x baseline at every N", "not measured: diagnostic baseline (sendAsync), see below", "-");
      row("p50 overhead < 50 us", "not measured: diagnostic baseline (sendAsync), see below", "-");
    } else if (!r.load.isEmpty()) {
      LoadRun.Row worst = r.load.stream().min((a, b) -> Double.compare(a.throughputRatio(), b.throughputRatio())).get();
      boolean all = r.load.stream().allMatch(x -> x.throughputRatio() >= 0.95);
      row("SDK throughput >= 0.95x baseline at every N",
          String.format(Locale.ROOT, "lowest %.3fx (%s, N=%d); all: %s", worst.throughputRatio(), worst.call(),
              worst.callers(), ratios()), verdict(all));
      // With more callers than cores the loopback run is saturated: a call's latency is then mostly
      // queueing (Little's law: N / throughput), which the throughput ratio already covers. The
      // per-call overhead is read where nothing queues, at the smallest N.
      int fewest = r.load.stream().mapToInt(LoadRun.Row::callers).min().getAsInt();
      List<LoadRun.Row> unqueued = r.load.stream().filter(x -> x.callers() == fewest).toList();
      StringBuilder s = new StringBuilder();
      for (LoadRun.Row x : unqueued) {
        s.append(s.length() == 0 ? "" : ", ")
            .append(String.format(Locale.ROOT, "%s %+.1f us", shortName(x.call()), x.p50OverheadMicros()));
      }
      s.append(String.format(Locale.ROOT, " at N=%d (at higher N p50 is queueing time; see the load table)", fewest));
      row("p50 overhead < 50 us", s.toString(), verdict(unqueued.stream().allMatch(x -> x.p50OverheadMicros() < 50)));
    } else {
      row("SDK throughput >= 0.95x baseline at every N", "not run", "-");
      row("p50 overhead < 50 us", "not run", "-");
    }
    cpuOverhead();
    Optional<JmhPart.Row> asUser = jmhRow("AsUserBenchmark.asUser");
    if (asUser.isPresent()) {
      row("asUser < 50 ns", String.format(Locale.ROOT, "%.1f ns (allocates %.0f B/op, short-lived)",
          asUser.get().score(), asUser.get().allocBytesPerOp()), verdict(asUser.get().score() < 50));
    } else {
      row("asUser < 50 ns", "not run", "-");
    }
    if (r.retention != null) {
      Results.Retention t = r.retention;
      // A handle kept per call would be at least one 16-byte object per call.
      boolean none = t.weakAlive() == 0 && t.retainedBytesPerCall() < 1.0;
      row("asUser: no allocation retained after the call", String.format(Locale.ROOT,
          "%d of %d weakly held handles survived GC; live heap %+,d bytes after %,d calls (%.4f B/call)",
          t.weakAlive(), t.weakSample(), t.heapAfter() - t.heapBefore(), t.calls(), t.retainedBytesPerCall()),
          verdict(none));
    } else {
      row("asUser: no allocation retained after the call", "not run", "-");
    }
    Optional<JmhPart.Row> with = jmhRow("FilterBenchmark.filter");
    Optional<JmhPart.Row> without = jmhRow("FilterBenchmark.withoutFilter");
    if (with.isPresent() && without.isPresent()) {
      double overhead = with.get().score() - without.get().score();
      String resolving = jmhRow("FilterBenchmark.filterResolvingUser")
          .map(x -> String.format(Locale.ROOT, "; with a user resolver %.1f ns", x.score() - without.get().score()))
          .orElse("");
      row("filter overhead < 1 us per request", String.format(Locale.ROOT, "%.1f ns%s", overhead, resolving),
          verdict(overhead < 1000));
    } else {
      row("filter overhead < 1 us per request", "not run", "-");
    }
    Optional<ColdStart.Stat> configure = cold("configureMs");
    if (configure.isPresent()) {
      String toConfigured = cold("toConfigured").map(s -> String.format(Locale.ROOT,
          "; JVM start to configured client %.1f ms", s.median())).orElse("");
      row("configure < 50 ms in a fresh JVM", String.format(Locale.ROOT, "median %.1f ms%s",
          configure.get().median(), toConfigured), verdict(configure.get().median() < 50));
    } else {
      row("configure < 50 ms in a fresh JVM", "not run", "-");
    }
    List<ConnectionReuse.Row> sdkConnections = r.connections.stream().filter(c -> c.client().equals("SDK")).toList();
    if (!sdkConnections.isEmpty()) {
      StringBuilder s = new StringBuilder();
      for (ConnectionReuse.Row c : sdkConnections) {
        s.append(s.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "N=%d: %d", c.callers(), c.accepted()));
      }
      row(String.format(Locale.ROOT, "connections over %,d calls <= N", sdkConnections.get(0).calls()), s.toString(),
          verdict(sdkConnections.stream().allMatch(ConnectionReuse.Row::withinTarget)));
    } else {
      row("connections over 10,000 calls <= N", "not run", "-");
    }
    md.append('\n');
    if (!r.settings.mode().equals("full")) {
      md.append("Verdicts from a ").append(r.settings.mode())
          .append(" run are provisional; only a full run on a quiet machine decides them.\n\n");
    }
  }

  /** The SDK's own CPU per call, from the in-memory call benchmarks: the overhead with scheduling taken out. */
  private void cpuOverhead() {
    StringBuilder s = new StringBuilder();
    boolean under = true;
    for (String call : List.of("Track", "Find")) {
      Optional<JmhPart.Row> sdk = jmhRow("CallBenchmark.sdk" + call);
      Optional<JmhPart.Row> base = jmhRow("CallBenchmark.baseline" + call);
      if (sdk.isPresent() && base.isPresent()) {
        double micros = (sdk.get().score() - base.get().score()) / 1000;
        under &= micros < 50;
        s.append(s.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%s %+.1f us (%.1f vs %.1f us)",
            call.toLowerCase(Locale.ROOT), micros, sdk.get().score() / 1000, base.get().score() / 1000));
      }
    }
    if (s.length() > 0) {
      row("p50 overhead < 50 us, CPU part: a whole call over an in-memory HttpClient (JMH), SDK minus baseline",
          s.toString(), verdict(under));
    }
  }

  private String ratios() {
    StringBuilder s = new StringBuilder();
    for (LoadRun.Row x : r.load) {
      s.append(s.length() == 0 ? "" : ", ")
          .append(String.format(Locale.ROOT, "%s N=%d %.3f", shortName(x.call()), x.callers(), x.throughputRatio()));
    }
    return s.toString();
  }

  private static String shortName(String call) {
    return call.split(" ")[0];
  }

  private void jmh() {
    if (r.jmh.isEmpty()) {
      return;
    }
    md.append("## JMH micro-benchmarks\n\n");
    md.append(String.format(Locale.ROOT, "Average time per call, %d fork(s), %d x %d ms warm-up, %d x %d ms measured;"
            + " allocation from JMH's GC profiler (gc.alloc.rate.norm).%n%n", r.settings.jmhForks(),
        r.settings.jmhWarmupIterations(), r.settings.jmhWarmupTime().toMillis(), r.settings.jmhMeasurementIterations(),
        r.settings.jmhMeasurementTime().toMillis()));
    md.append("| benchmark | what | time | ± error (99.9%) | allocated |\n|---|---|---:|---:|---:|\n");
    for (JmhPart.Row j : r.jmh) {
      md.append(String.format(Locale.ROOT, "| %s | %s | %s %s | %s | %s B/op |%n", j.benchmark(),
          JMH_LEGEND.getOrDefault(j.benchmark(), ""), num(j.score(), 1), j.unit(), num(j.error(), 1),
          num(j.allocBytesPerOp(), 0)));
    }
    md.append('\n');
  }

  private void listeners() {
    if (r.listeners.isEmpty()) {
      return;
    }
    md.append("## Listener cost on the track call (issue 17)\n\n").append(listenersNote()).append("\n\n");
    md.append("| variant | CPU ns per call | ratio to no listener | allocated per call |\n|---|---:|---:|---:|\n");
    for (ListenerCost.Row x : r.listeners) {
      md.append(String.format(Locale.ROOT, "| %s | %.1f | %.3fx | %.0f B |%n", x.variant(), x.nanosPerCall(), x.ratio(),
          x.bytesPerCall()));
    }
    md.append('\n');
  }

  private String listenersNote() {
    return String.format(Locale.ROOT, "`asUser(uid).events().track(...)` over an in-memory HttpClient (no network),"
        + " through three clients in one JVM: no listener, a listener that overrides nothing, and AmbaMetrics on a"
        + " SimpleMeterRegistry. %d rounds of %d ms per client, the order rotating each round, after %d ms of warm-up"
        + " each; each figure is the median over the rounds of the calling thread's mean CPU time per call (not wall"
        + " time, which on a shared machine includes waiting to be scheduled), the ratio is against no listener in"
        + " the same rounds; allocation from the thread's allocated-bytes counter.", r.listeners.get(0).rounds(),
        r.settings.loadPhase().toMillis() / 3, r.settings.loadWarmup().toMillis());
  }

  private String loadNote() {
    return String.format(Locale.ROOT, "N callers (platform threads) call back to back for %d ms per phase, %d"
            + " phase(s) per side, sides alternating (baseline first in even rounds), after %d ms of warm-up each;"
            + " a canned in-process HTTP/1.1 server on 127.0.0.1 answers. Throughput counts completed calls over the"
            + " phase's wall time; latency is per call. With more callers than CPUs (%d here) client and server"
            + " saturate them and latency is mostly queueing (about N / throughput). A failed call is counted in the"
            + " last column and left out of throughput and latency (more than 0.1%% failed aborts the run): over"
            + " loopback the JDK client can lose a pooled connection to a race (JDK-8338569); the SDK retries such a"
            + " call, the baseline does not.%s%s", r.settings.loadPhase().toMillis(),
        r.settings.loadRounds(), r.settings.loadWarmup().toMillis(), Runtime.getRuntime().availableProcessors(),
        parityNote(), r.baselineSendAsync
            ? " **Diagnostic run: the baseline waited with sendAsync(...).get(timeout), as the SDK's transport does,"
                + " instead of send(...); the ratios below are not the targets' ratios.**"
            : " The baseline waits with HttpClient.send(...).");
  }

  private String parityNote() {
    if (r.parity.isEmpty()) {
      return "";
    }
    List<String> diffs = r.parityDifferences();
    return diffs.isEmpty()
        ? " Parity check: the SDK and the baseline sent identical requests (method, path, query, every header and the"
            + " body), apart from the per-call request id and event id."
        : " **Parity check found differences, so the comparison is not like for like:** " + String.join("; ", diffs);
  }

  private void load(String title, List<LoadRun.Row> rows, String note) {
    if (rows.isEmpty()) {
      return;
    }
    md.append("## ").append(title).append("\n\n").append(note).append("\n\n");
    md.append("| call | N | SDK ops/s | baseline ops/s | ratio | SDK p50 us | baseline p50 us | p50 overhead us"
        + " | SDK p99 us | baseline p99 us | p99 ratio | failed calls (SDK/baseline) |\n");
    md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (LoadRun.Row x : rows) {
      md.append(String.format(Locale.ROOT,
          "| %s | %d | %.0f | %.0f | %.3f | %.1f | %.1f | %+.1f | %.1f | %.1f | %.2f | %d/%d |%n",
          x.call(), x.callers(), x.sdk().opsPerSecond(), x.baseline().opsPerSecond(), x.throughputRatio(),
          x.sdk().p50Micros(), x.baseline().p50Micros(), x.p50OverheadMicros(), x.sdk().p99Micros(),
          x.baseline().p99Micros(), x.p99Ratio(), x.sdk().failures(), x.baseline().failures()));
    }
    md.append('\n');
  }

  private void coldStart() {
    if (r.coldStart.isEmpty()) {
      return;
    }
    md.append("## Cold start\n\n");
    md.append(String.format(Locale.ROOT, "A fresh JVM per run (same java and class path, default flags) configures a"
        + " client and tracks one event against a server started by the harness. JVM start is the moment the harness"
        + " spawned the process, so it includes the VM's own boot; the last row starts instead at the JVM's"
        + " RuntimeMXBean start time, which HotSpot records when VM creation is done. The baseline rows make the"
        + " same first call by hand (RawBaseline: the JDK HttpClient with its default TLS context, JSON-B) in a"
        + " fresh JVM right after each SDK run. Median of %d run(s).%n%n",
        r.settings.coldRuns()));
    md.append("| measure | median ms | min ms | max ms |\n|---|---:|---:|---:|\n");
    for (ColdStart.Stat s : r.coldStart) {
      md.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f |%n", s.what(), s.median(), s.min(), s.max()));
    }
    md.append('\n');
  }

  private void connections() {
    if (r.connections.isEmpty()) {
      return;
    }
    md.append("## Connection reuse\n\n");
    md.append("A fresh client and a fresh server per row; N callers share the calls (track one event); the server"
        + " counts every TCP connection it accepts.\n\n");
    md.append("| client | N | calls | connections accepted | <= N | failed calls |\n|---|---:|---:|---:|---|---:|\n");
    for (ConnectionReuse.Row c : r.connections) {
      md.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %s | %d |%n", c.client(), c.callers(), c.calls(),
          c.accepted(), c.withinTarget() ? "yes" : "no", c.failed()));
    }
    md.append('\n');
  }

  private void retention() {
    if (r.retention == null) {
      return;
    }
    Results.Retention t = r.retention;
    md.append("## asUser retention\n\n");
    md.append(String.format(Locale.ROOT, "In a fresh JVM: live heap after full GCs before and after %,d asUser calls"
            + " (each handle published to a volatile field, so its allocation cannot be elided): %,d -> %,d bytes"
            + " (%+,d, %.4f B per call). Of %,d handles held only weakly, %d survived a full GC.%n%n", t.calls(),
        t.heapBefore(), t.heapAfter(), t.heapAfter() - t.heapBefore(), t.retainedBytesPerCall(), t.weakSample(),
        t.weakAlive()));
  }

  private Optional<JmhPart.Row> jmhRow(String name) {
    return r.jmh.stream().filter(j -> j.benchmark().equals(name)).findFirst();
  }

  private Optional<ColdStart.Stat> cold(String key) {
    return r.coldStart.stream().filter(s -> s.key().equals(key)).findFirst();
  }

  private void row(String target, String measured, String verdict) {
    md.append("| ").append(target).append(" | ").append(measured).append(" | ").append(verdict).append(" |\n");
  }

  private static String verdict(boolean met) {
    return met ? "met" : "**missed**";
  }

  private static String num(double v, int decimals) {
    return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%." + decimals + "f", v);
  }

  private void line(String format, Object... args) {
    md.append(String.format(Locale.ROOT, format, args)).append('\n');
  }
}
