package dev.amba.benchmarks.jmh;

import dev.amba.AmbaClient;
import dev.amba.OffsetPage;
import dev.amba.Page;
import dev.amba.benchmarks.FindQueries;
import dev.amba.benchmarks.Fixtures;
import dev.amba.benchmarks.InMemoryHttpClient;
import dev.amba.benchmarks.Post;
import dev.amba.benchmarks.RawBaseline;
import dev.amba.events.TrackResult;
import dev.amba.streaks.StreakQualification;
import dev.amba.users.AppUser;
import dev.amba.users.UserQuery;
import java.util.Map;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A whole call with the network taken out: the SDK and the baseline over an {@link
 * InMemoryHttpClient} that answers at once. {@code sdk*} minus {@code baseline*} is the CPU the SDK
 * adds to a call, measured through its real code path (whatever its internals do), apart from the
 * thread scheduling that only the loopback load run shows.
 */
@State(Scope.Benchmark)
public class CallBenchmark {

  private static final String API_URL = "http://127.0.0.1:9";

  private AmbaClient client;
  private RawBaseline baseline;
  private Map<String, Object> properties;

  @Setup(Level.Trial)
  public void setUp() {
    InMemoryHttpClient http = new InMemoryHttpClient();
    client = Fixtures.client(API_URL, http);
    baseline = new RawBaseline(API_URL, Fixtures.CLIENT_KEY, Fixtures.SERVER_KEY, http, false);
    properties = Fixtures.eventProperties();
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    client.close();
  }

  @Benchmark
  public TrackResult sdkTrack() {
    return client.asUser(Fixtures.UID).events().track(Fixtures.EVENT_NAME, properties);
  }

  @Benchmark
  public TrackResult baselineTrack() throws Exception {
    return baseline.track(Fixtures.UID, Fixtures.EVENT_NAME, properties);
  }

  @Benchmark
  public StreakQualification sdkQualify() {
    return client.asUser(Fixtures.UID).streaks().qualify(Fixtures.STREAK_KEY);
  }

  @Benchmark
  public RawBaseline.StreakRow baselineQualify() throws Exception {
    return baseline.qualify(Fixtures.UID, Fixtures.STREAK_KEY);
  }

  @Benchmark
  public OffsetPage<AppUser> sdkListUsers() {
    return client.users().list(UserQuery.all());
  }

  @Benchmark
  public RawBaseline.UserPage baselineListUsers() throws Exception {
    return baseline.listUsers(Fixtures.PROJECT_ID);
  }

  @Benchmark
  public Page<Post> sdkFind() {
    return client.asUser(Fixtures.UID).collection(Fixtures.COLLECTION, Post.class).find(FindQueries.typical());
  }

  @Benchmark
  public RawBaseline.PostPage baselineFind() throws Exception {
    return baseline.find(Fixtures.UID, Fixtures.COLLECTION, FindQueries.handWritten());
  }
}
