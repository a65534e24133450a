package dev.amba.benchmarks;

import java.util.Arrays;

/** Call durations in nanoseconds and failures, one list per caller thread (no sharing, no locks). */
final class Latencies {

  private long[] values = new long[4096];
  private int size;
  private long failures;
  private Exception firstFailure;

  void add(long nanos) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = nanos;
  }

  int size() {
    return size;
  }

  /** A call that failed: kept out of the durations, counted. */
  void fail(Exception e) {
    if (firstFailure == null) {
      firstFailure = e;
    }
    failures++;
  }

  long failures() {
    return failures;
  }

  Exception firstFailure() {
    return firstFailure;
  }

  /** All values of all the lists, sorted. */
  static long[] sortedUnion(Iterable<Latencies> lists) {
    int total = 0;
    for (Latencies l : lists) {
      total += l.size;
    }
    long[] all = new long[total];
    int at = 0;
    for (Latencies l : lists) {
      System.arraycopy(l.values, 0, all, at, l.size);
      at += l.size;
    }
    Arrays.sort(all);
    return all;
  }

  /** The nearest-rank percentile of sorted values. */
  static long percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }
}
