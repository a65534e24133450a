package dev.amba.benchmarks;

import dev.amba.AmbaClient;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the TCP connections a fresh server accepts while a fresh client makes a fixed number of
 * calls from N concurrent callers. A pooling client needs at most N; one connection per call would
 * show up as thousands.
 */
final class ConnectionReuse {

  /** @param failed calls that failed (see {@link LoadRun} on the JDK race); a lost connection is replaced */
  record Row(String client, int callers, int calls, int accepted, int failed) {
    boolean withinTarget() {
      return accepted <= callers;
    }
  }

  private final Settings settings;
  private final PrintStream log;

  ConnectionReuse(Settings settings, PrintStream log) {
    this.settings = settings;
    this.log = log;
  }

  List<Row> run() throws Exception {
    List<Row> rows = new ArrayList<>();
    for (int n : settings.callers()) {
      rows.add(measure("SDK", n, url -> {
        AmbaClient client = Fixtures.client(url);
        return new Closing(Workload.TRACK.sdk(client, Fixtures.UID), client::close);
      }));
      rows.add(measure("baseline", n, url -> new Closing(
          Workload.TRACK.baseline(new RawBaseline(url, Fixtures.CLIENT_KEY, Fixtures.SERVER_KEY), Fixtures.UID),
          () -> {})));
    }
    return rows;
  }

  private record Closing(Workload.Call call, Runnable close) {}

  private interface Factory {
    Closing open(String apiUrl);
  }

  private Row measure(String clientName, int n, Factory factory) throws Exception {
    int calls = settings.connectionCalls();
    // A server of its own, so connections still pooled by an earlier client cannot blur the count.
    try (LoopbackServer server = LoopbackServer.start()) {
      Closing c = factory.open(server.apiUrl());
      ExecutorService pool = Executors.newFixedThreadPool(n);
      try {
        AtomicInteger left = new AtomicInteger(calls);
        AtomicInteger failed = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          futures.add(pool.submit(() -> {
            while (left.getAndDecrement() > 0) {
              try {
                c.call().run();
              } catch (Exception e) {
                if (failed.incrementAndGet() > Math.max(1, calls / 1000)) {
                  throw e;
                }
              }
            }
            return null;
          }));
        }
        for (Future<?> f : futures) {
          f.get();
        }
        if (server.requests() < calls - failed.get()) {
          throw new IllegalStateException("the server saw " + server.requests() + " requests for " + calls + " calls");
        }
        Row row = new Row(clientName, n, calls, server.acceptedConnections(), failed.get());
        log.printf("  connections %-8s N=%-3d %d calls -> %d accepted, %d failed%n", clientName, n, calls,
            row.accepted(), row.failed());
        return row;
      } finally {
        pool.shutdownNow();
        c.close().run();
      }
    }
  }
}
