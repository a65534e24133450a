package dev.amba.benchmarks;

import dev.amba.AmbaClient;
import java.util.List;
import java.util.Map;

/** One kind of call made both through the SDK and through the raw baseline. */
interface Workload {

  /** One complete call, answer decoded; throws on any failure. */
  @FunctionalInterface
  interface Call {
    void run() throws Exception;
  }

  String name();

  Call sdk(AmbaClient client, String uid);

  Call baseline(RawBaseline baseline, String uid);

  /** Track one event with typical properties; the answer decodes into {@code TrackResult}. */
  Workload TRACK = new Workload() {
    @Override
    public String name() {
      return "track one event";
    }

    @Override
    public Call sdk(AmbaClient client, String uid) {
      Map<String, Object> properties = Fixtures.eventProperties();
      // asUser per call, as a request handler does it: its cost belongs to the SDK's side.
      return () -> expectTracked(client.asUser(uid).events().track(Fixtures.EVENT_NAME, properties).tracked());
    }

    @Override
    public Call baseline(RawBaseline baseline, String uid) {
      Map<String, Object> properties = Fixtures.eventProperties();
      return () -> expectTracked(baseline.track(uid, Fixtures.EVENT_NAME, properties).tracked());
    }
  };

  /**
   * Find one page: a query with five conditions, built per call as a handler would, answered by
   * 50 rows decoded into the caller's record.
   */
  Workload FIND = new Workload() {
    @Override
    public String name() {
      return "find one page";
    }

    @Override
    public Call sdk(AmbaClient client, String uid) {
      return () -> expectPage(client.asUser(uid).collection(Fixtures.COLLECTION, Post.class)
          .find(FindQueries.typical()).items());
    }

    @Override
    public Call baseline(RawBaseline baseline, String uid) {
      return () -> expectPage(baseline.find(uid, Fixtures.COLLECTION, FindQueries.handWritten()).data);
    }
  };

  static List<Workload> all() {
    return List.of(TRACK, FIND);
  }

  private static void expectPage(List<Post> rows) {
    if (rows.size() != Fixtures.PAGE_ROWS || rows.get(0).createdAt() == null) {
      throw new IllegalStateException("expected a decoded page of " + Fixtures.PAGE_ROWS + " rows, got " + rows.size());
    }
  }

  private static void expectTracked(int tracked) {
    if (tracked != 1) {
      throw new IllegalStateException("expected tracked=1, got " + tracked);
    }
  }
}
