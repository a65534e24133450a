package dev.amba.benchmarks;

import dev.amba.AmbaClient;
import dev.amba.AmbaConfig;
import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.EmulatorProject;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The one entry point of the harness: runs the parts asked for and writes the Markdown report.
 *
 * <pre>
 * --full | --quick | --smoke      how long to measure (default --full)
 * --parts=jmh,listeners,load,cold,connections,retention   a subset (default: all)
 * --load-runs=K   run the load part K times (full: 3); the tables show the median run and the spread
 * --emulator                      also run the load comparison against the real emulator
 * --baseline-sendasync            (diagnostic) the baseline waits with sendAsync(...).get(timeout),
 *                                 as the SDK's transport does, instead of send(...)
 * --out=FILE                      where to write the report (default target/results.md)
 * </pre>
 */
public final class BenchmarkMain {

  /** Every part, in the order they run: the micro-benchmarks first, while the machine is calmest. */
  public static final List<String> ALL_PARTS = List.of("jmh", "listeners", "retention", "cold", "connections", "load");

  private BenchmarkMain() {}

  public static void main(String[] args) throws Exception {
    Settings settings = Settings.full();
    Set<String> parts = new LinkedHashSet<>(ALL_PARTS);
    boolean emulator = false;
    boolean baselineSendAsync = false;
    Path out = Path.of("target", "results.md");
    Integer loadRuns = null;
    for (String raw : args) {
      for (String arg : raw.trim().split("\\s+")) {
        if (arg.isEmpty()) {
          continue;
        }
        if (arg.equals("--full") || arg.equals("--quick") || arg.equals("--smoke")) {
          settings = Settings.named(arg.substring(2));
        } else if (arg.startsWith("--parts=")) {
          parts = parseParts(arg.substring("--parts=".length()));
        } else if (arg.equals("--emulator")) {
          emulator = true;
        } else if (arg.equals("--baseline-sendasync")) {
          baselineSendAsync = true;
        } else if (arg.startsWith("--load-runs=")) {
          loadRuns = Integer.parseInt(arg.substring("--load-runs=".length()));
        } else if (arg.startsWith("--out=")) {
          out = Path.of(arg.substring("--out=".length()));
        } else {
          System.err.println("unknown argument " + arg + "\n"
              + "usage: BenchmarkMain [--full|--quick|--smoke] [--parts=" + String.join(",", ALL_PARTS) + "]"
              + " [--load-runs=K] [--emulator] [--baseline-sendasync] [--out=FILE]");
          System.exit(2);
        }
      }
    }
    if (loadRuns != null) {
      settings = settings.withLoadRuns(loadRuns);
    }
    Results results = run(settings, parts, emulator, baselineSendAsync, System.out);
    String markdown = Report.markdown(results);
    write(out, markdown);
    System.out.println();
    System.out.println(markdown);
    System.out.println("written to " + out.toAbsolutePath());
    // JDK 17's HttpClient threads would otherwise keep the JVM up until they idle out.
    System.exit(0);
  }

  static Set<String> parseParts(String list) {
    Set<String> parts = new LinkedHashSet<>();
    for (String p : list.split(",")) {
      String part = p.trim();
      if (!ALL_PARTS.contains(part)) {
        throw new IllegalArgumentException("unknown part " + part + "; parts are " + ALL_PARTS);
      }
      parts.add(part);
    }
    return parts;
  }

  /** Runs the parts in {@code parts} and returns what they measured; also used by the smoke test. */
  public static Results run(Settings settings, Set<String> parts, boolean emulator, boolean baselineSendAsync,
      PrintStream log) throws Exception {
    Results results = new Results();
    results.settings = settings;
    results.baselineSendAsync = baselineSendAsync;
    results.startedAt = OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString();
    results.loadAverageBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    for (String part : ALL_PARTS) {
      if (!parts.contains(part)) {
        continue;
      }
      if (part.equals("load")) {
        // Read before the load part: its own 64 callers would otherwise pass for other work on the machine.
        results.loadAverageAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
      }
      long start = System.nanoTime();
      log.println("== " + part + " (" + settings.mode() + ")");
      switch (part) {
        case "jmh" -> results.jmh.addAll(new JmhPart(settings, log).run());
        case "listeners" -> results.listeners.addAll(new ListenerCost(settings, log).run());
        case "retention" -> results.retention = retention(settings, log);
        case "cold" -> results.coldStart.addAll(new ColdStart(settings, log).run());
        case "connections" -> results.connections.addAll(new ConnectionReuse(settings, log).run());
        case "load" -> load(settings, emulator, baselineSendAsync, results, log);
        default -> throw new IllegalStateException(part);
      }
      results.partsRun.add(part);
      log.printf("   %s took %.1f s%n", part, (System.nanoTime() - start) / 1e9);
    }
    if (!parts.contains("load")) {
      results.loadAverageAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
    return results;
  }

  private static void load(Settings settings, boolean emulator, boolean baselineSendAsync, Results results,
      PrintStream log) throws Exception {
    for (Workload w : Workload.compared()) {
      Parity.Outcome outcome = Parity.check(w);
      results.parity.add(outcome);
      log.println("  parity " + w.name() + ": " + (outcome.same() ? "same request on the wire" : outcome.differences()));
    }
    LoadRun run = new LoadRun(settings, log);
    try (LoopbackServer server = LoopbackServer.start()) {
      for (int i = 0; i < settings.loadRuns(); i++) {
        if (settings.loadRuns() > 1) {
          log.printf("  load run %d of %d%n", i + 1, settings.loadRuns());
        }
        results.loadRuns.add(run.run(Workload.all(), () -> Fixtures.client(server.apiUrl()),
            () -> new RawBaseline(server.apiUrl(), Fixtures.CLIENT_KEY, Fixtures.SERVER_KEY, baselineSendAsync),
            Fixtures.UID));
      }
    }
    results.load.addAll(LoadRun.medians(results.loadRuns));
    if (emulator) {
      log.println("  against the emulator:");
      try (AmbaEmulator emu = AmbaEmulator.start()) {
        EmulatorProject project = emu.defaultProject();
        String uid = emu.createUser(project);
        AmbaConfig config = emu.config();
        // Events only: a find would first need a defined collection and rows, and these numbers are
        // for reference (the emulator's H2 work dominates), not for the targets.
        results.emulatorLoad.addAll(run.run(List.of(Workload.TRACK), () -> AmbaClient.configure(config),
            () -> new RawBaseline(emu.apiUrl(), project.clientKey(), project.serverKey(), baselineSendAsync), uid));
      }
    }
  }

  private static Results.Retention retention(Settings settings, PrintStream log) throws Exception {
    FreshJvm.Result r = FreshJvm.run(List.of("-Xms256m", "-Xmx256m"), RetentionProbe.class,
        Integer.toString(settings.retentionCalls()));
    Results.Retention t = new Results.Retention((long) r.value("RETENTION", "calls"),
        (long) r.value("RETENTION", "before"), (long) r.value("RETENTION", "after"),
        (int) r.value("RETENTION", "weakSample"), (int) r.value("RETENTION", "weakAlive"));
    log.printf("  retention: %d weakly held handles of %d survived; live heap %+d bytes after %d calls%n",
        t.weakAlive(), t.weakSample(), t.heapAfter() - t.heapBefore(), t.calls());
    return t;
  }

  private static void write(Path out, String markdown) {
    try {
      if (out.getParent() != null) {
        Files.createDirectories(out.getParent());
      }
      Files.writeString(out, markdown, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out, e);
    }
  }
}
