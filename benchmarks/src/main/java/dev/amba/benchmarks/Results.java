package dev.amba.benchmarks;

import java.util.ArrayList;
import java.util.List;

/** Everything one harness run measured; a part that was not run leaves its list empty or null. */
public final class Results {

  /** The outcome of the asUser retention probe. */
  record Retention(long calls, long heapBefore, long heapAfter, int weakSample, int weakAlive) {
    double retainedBytesPerCall() {
      return (heapAfter - heapBefore) / (double) calls;
    }
  }

  Settings settings;
  boolean baselineSendAsync;
  String startedAt;
  double loadAverageBefore = Double.NaN;
  double loadAverageAfter = Double.NaN;
  final List<String> partsRun = new ArrayList<>();
  final List<Parity.Outcome> parity = new ArrayList<>();
  final List<JmhPart.Row> jmh = new ArrayList<>();
  final List<ListenerCost.Row> listeners = new ArrayList<>();
  /** Per (call, N), the row of the run with the median throughput ratio. */
  final List<LoadRun.Row> load = new ArrayList<>();
  /** Every load run's rows, in the same order. */
  final List<List<LoadRun.Row>> loadRuns = new ArrayList<>();
  final List<LoadRun.Row> emulatorLoad = new ArrayList<>();
  final List<ColdStart.Stat> coldStart = new ArrayList<>();
  final List<ConnectionReuse.Row> connections = new ArrayList<>();
  Retention retention;

  /** Whether each part that was asked for produced figures (what the smoke test checks). */
  public boolean producedEverythingAskedFor() {
    return (!partsRun.contains("jmh") || !jmh.isEmpty())
        && (!partsRun.contains("listeners") || listeners.size() == 3)
        && (!partsRun.contains("load") || (!load.isEmpty() && !parity.isEmpty()))
        && (!partsRun.contains("cold") || !coldStart.isEmpty())
        && (!partsRun.contains("connections") || !connections.isEmpty())
        && (!partsRun.contains("retention") || retention != null);
  }

  public List<String> partsRun() {
    return List.copyOf(partsRun);
  }

  /** Differences between what the SDK and the baseline sent; empty when the comparison is fair. */
  public List<String> parityDifferences() {
    List<String> all = new ArrayList<>();
    for (Parity.Outcome o : parity) {
      o.differences().forEach(d -> all.add(o.workload() + ": " + d));
    }
    return all;
  }

  public int jmhRows() {
    return jmh.size();
  }

  public int loadRows() {
    return load.size();
  }

  public int connectionRows() {
    return connections.size();
  }

  public int coldStartRows() {
    return coldStart.size();
  }

  public boolean retentionMeasured() {
    return retention != null;
  }
}
