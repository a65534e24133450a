package dev.amba.benchmarks;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The time from JVM start to a configured client and to the first completed call, each in a
 * fresh JVM (the same java and class path, no extra flags), against a server this JVM started;
 * the median of several runs. JVM start is when this process spawned the child: the JVM's own
 * start time ({@code RuntimeMXBean}) is the end of VM creation, which leaves out the VM's boot, and
 * {@code ProcessHandle}'s start instant is built on Linux from a boot time in whole seconds (it was
 * seen 0.8 s off).
 */
final class ColdStart {

  /** One measured quantity across the runs, in milliseconds. */
  record Stat(String key, String what, double median, double min, double max) {}

  private final Settings settings;
  private final PrintStream log;

  ColdStart(Settings settings, PrintStream log) {
    this.settings = settings;
    this.log = log;
  }

  List<Stat> run() throws Exception {
    Map<String, double[]> values = new LinkedHashMap<>();
    String[] keys = {"toMain", "configureMs", "toConfigured", "firstCallMs", "toFirstCall", "vmInitToConfigured",
      "rawConfigureMs", "rawFirstCallMs", "rawToFirstCall"};
    String[] labels = {
      "JVM start (process spawned) -> main()",
      "AmbaConfig + AmbaClient.configure() itself",
      "JVM start -> configured client",
      "first call (asUser + track, answer decoded) itself",
      "JVM start -> first completed call",
      "VM initialized (RuntimeMXBean start time) -> configured client",
      "baseline: raw HttpClient (default TLS context) + JSON-B built",
      "baseline: the same first call by hand, itself",
      "baseline: JVM start -> first completed call",
    };
    for (String k : keys) {
      values.put(k, new double[settings.coldRuns()]);
    }
    try (LoopbackServer server = LoopbackServer.start()) {
      for (int i = 0; i < settings.coldRuns(); i++) {
        FreshJvm.Result r = FreshJvm.run(List.of(), ColdStartProbe.class, server.apiUrl());
        double mainAt = r.value("PROBE", "mainAt");
        double configure = r.value("PROBE", "configureMs");
        double firstCall = r.value("PROBE", "firstCallMs");
        double toMain = mainAt - r.spawnedAtMillis();
        values.get("toMain")[i] = toMain;
        values.get("configureMs")[i] = configure;
        values.get("toConfigured")[i] = toMain + configure;
        values.get("firstCallMs")[i] = firstCall;
        values.get("toFirstCall")[i] = toMain + configure + firstCall;
        values.get("vmInitToConfigured")[i] = mainAt - r.value("PROBE", "vmInitialized") + configure;
        // The baseline right after, in the same conditions, so drift in the machine hits both.
        FreshJvm.Result raw = FreshJvm.run(List.of(), RawColdStartProbe.class, server.apiUrl());
        double rawToMain = raw.value("PROBE", "mainAt") - raw.spawnedAtMillis();
        values.get("rawConfigureMs")[i] = raw.value("PROBE", "configureMs");
        values.get("rawFirstCallMs")[i] = raw.value("PROBE", "firstCallMs");
        values.get("rawToFirstCall")[i] = rawToMain + raw.value("PROBE", "configureMs") + raw.value("PROBE", "firstCallMs");
        log.printf("  cold run %d: configure %.1f ms, JVM start -> configured %.1f ms, -> first call %.1f ms"
            + " (baseline %.1f ms)%n", i + 1, configure, toMain + configure, toMain + configure + firstCall,
            values.get("rawToFirstCall")[i]);
      }
    }
    List<Stat> stats = new ArrayList<>();
    for (int k = 0; k < keys.length; k++) {
      double[] v = values.get(keys[k]).clone();
      Arrays.sort(v);
      double median = v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
      stats.add(new Stat(keys[k], labels[k], median, v[0], v[v.length - 1]));
    }
    return stats;
  }
}
