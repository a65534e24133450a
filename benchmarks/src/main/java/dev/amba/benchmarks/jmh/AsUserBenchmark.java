package dev.amba.benchmarks.jmh;

import dev.amba.AmbaClient;
import dev.amba.AmbaUser;
import dev.amba.benchmarks.Fixtures;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** {@code asUser(uid)}: what a request handler pays to act for its caller. */
@State(Scope.Benchmark)
public class AsUserBenchmark {

  private AmbaClient client;
  private String uid;

  @Setup(Level.Trial)
  public void setUp() {
    // asUser sends nothing, so no server is needed.
    client = Fixtures.client("http://127.0.0.1:9");
    // A field, not a constant, so the uid check cannot be folded away.
    uid = new String(Fixtures.UID);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    client.close();
  }

  @Benchmark
  public AmbaUser asUser() {
    return client.asUser(uid);
  }
}
