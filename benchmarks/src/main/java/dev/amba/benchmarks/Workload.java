package dev.amba.benchmarks;

import dev.amba.AmbaClient;
import dev.amba.users.UserQuery;
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

  /**
   * Qualify a streak, a product-module call: no body, one {@code UserStreak} decoded (the SDK through
   * its wire row and enum, the baseline into a record of its own).
   */
  Workload QUALIFY = new Workload() {
    @Override
    public String name() {
      return "qualify a streak";
    }

    @Override
    public Call sdk(AmbaClient client, String uid) {
      return () -> expectStreak(client.asUser(uid).streaks().qualify(Fixtures.STREAK_KEY).streak().currentCount());
    }

    @Override
    public Call baseline(RawBaseline baseline, String uid) {
      return () -> expectStreak(baseline.qualify(uid, Fixtures.STREAK_KEY).currentCount());
    }
  };

  /** One page of the admin users list with the server key: 50 users decoded. */
  Workload LIST_USERS = new Workload() {
    @Override
    public String name() {
      return "list users (admin)";
    }

    @Override
    public Call sdk(AmbaClient client, String uid) {
      return () -> expectUsers(client.users().list(UserQuery.all()).items().size());
    }

    @Override
    public Call baseline(RawBaseline baseline, String uid) {
      return () -> expectUsers(baseline.listUsers(Fixtures.PROJECT_ID).data.size());
    }
  };

  /** The calls of the loopback load run (track and find, as issue 19 asks). */
  static List<Workload> all() {
    return List.of(TRACK, FIND);
  }

  /** Every call the harness compares; each is parity-checked before any figure is taken. */
  static List<Workload> compared() {
    return List.of(TRACK, FIND, QUALIFY, LIST_USERS);
  }

  private static void expectStreak(int currentCount) {
    if (currentCount != 12) {
      throw new IllegalStateException("expected current_count 12, got " + currentCount);
    }
  }

  private static void expectUsers(int users) {
    if (users != Fixtures.USER_ROWS) {
      throw new IllegalStateException("expected " + Fixtures.USER_ROWS + " users, got " + users);
    }
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
