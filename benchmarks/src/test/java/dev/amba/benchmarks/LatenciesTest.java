package dev.amba.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LatenciesTest {

  @Test
  void percentiles_useTheNearestRank_acrossEveryCallersList() {
    Latencies a = new Latencies();
    Latencies b = new Latencies();
    for (int i = 1; i <= 100; i++) {
      (i % 2 == 0 ? a : b).add(i);
    }
    long[] sorted = Latencies.sortedUnion(List.of(a, b));

    assertThat(Latencies.percentile(sorted, 50)).isEqualTo(50);
    assertThat(Latencies.percentile(sorted, 99)).isEqualTo(99);
    assertThat(Latencies.percentile(sorted, 100)).isEqualTo(100);
    assertThat(Latencies.percentile(new long[0], 50)).isZero();
  }
}
