package dev.amba.wire.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.amba.AmbaClient;
import dev.amba.RetryPolicy;
import dev.amba.events.Event;
import dev.amba.events.EventCountQuery;
import dev.amba.events.EventPipeline;
import dev.amba.events.EventPipelineFailure;
import dev.amba.events.EventPipelineOptions;
import dev.amba.events.EventPipelineStats;
import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.AmbaEmulatorExtension;
import dev.amba.testkit.EmulatorProject;
import dev.amba.testkit.Fault;
import jakarta.json.bind.JsonbException;
import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The pipeline's sender survives whatever one batch throws: the batch is reported through
 * onFailure, counted as failed, and the next batch is delivered. Each test sends a first batch that
 * meets one of the throwables seen in the field, then a second one that must reach the emulator;
 * every accepted event must then be either stored or reported, stats() must agree, and flush() must
 * return. The timeouts are guards only, so that a regression fails instead of hanging the build.
 */
@ExtendWith(AmbaEmulatorExtension.class)
class EventPipelineContainmentWireTest {

  private static final Duration GUARD = Duration.ofSeconds(30);
  private static final int FIRST = 3;
  private static final int SECOND = 2;
  private static final String PAYLOAD_MARKER = "payload-marker-7731";

  @RegisterExtension
  final dev.amba.wire.CapturedLog log = dev.amba.wire.CapturedLog.of("dev.amba", Level.WARNING);

  // ---- the four triggers of the finding, each simulated where it is now refused up front ----

  @Test
  void pipelineSender_survivesAnEncodingError_reportsTheBatchAndDeliversTheNext(AmbaEmulator emulator) {
    // What a NaN property made Yasson throw while the sender encoded the batch.
    assertContained(emulator, () -> new JsonbException("Infinite or NaN"), JsonbException.class);
  }

  @Test
  void pipelineSender_survivesAStackOverflowError_reportsTheBatchAndDeliversTheNext(AmbaEmulator emulator) {
    // What a map containing itself made the encoder throw: an Error, not an exception.
    assertContained(emulator, StackOverflowError::new, StackOverflowError.class);
  }

  @Test
  void pipelineSender_survivesTheJdksIllegalArgumentException_reportsTheBatchAndDeliversTheNext(AmbaEmulator emulator) {
    // What HttpRequest throws for a header value with CR/LF in it (a key pasted with its newline).
    assertContained(emulator, () -> new IllegalArgumentException("invalid header value"), IllegalArgumentException.class);
  }

  @Test
  void pipelineSender_survivesABareRuntimeException_reportsTheBatchAndDeliversTheNext(AmbaEmulator emulator) {
    assertContained(emulator, () -> new RuntimeException("something nobody expected"), RuntimeException.class);
  }

  @Test
  void pipelineSender_survivesAnErrorBodyNestedTooDeep_reportsTheBatchAndDeliversTheNext(AmbaEmulator emulator) {
    EmulatorProject p = emulator.createProject();
    String uid = emulator.createUser(p);
    Instant since = Instant.now().minusSeconds(60);
    List<EventPipelineFailure> failures = new CopyOnWriteArrayList<>();
    // Deeper than the JSON parser's 1,000 levels. Whether the decoder reads it as a bad answer or
    // the parser's bare RuntimeException reaches the sender, the batch must be reported, not lost.
    String body = "{\"a\":".repeat(2_000);
    emulator.faults().onlyFor(ingestPath(p)).next(1, Fault.raw(400, body, Map.of("Content-Type", "application/json")));
    try (AmbaClient amba = client(emulator, p, null)) {
      EventPipelineStats stats = twoBatches(amba, uid, failures::add);
      assertEverythingAccountedFor(amba, since, stats, failures);
    }
  }

  @Test
  void pipelineSender_survivesAnErrorThrownByOnFailure_andLogsItOnce(AmbaEmulator emulator) {
    EmulatorProject p = emulator.createProject();
    String uid = emulator.createUser(p);
    Instant since = Instant.now().minusSeconds(60);
    List<EventPipelineFailure> failures = new CopyOnWriteArrayList<>();
    emulator.faults().onlyFor(ingestPath(p)).failNext(2, 400);
    Consumer<EventPipelineFailure> buggy = f -> {
      failures.add(f);
      if (failures.size() == 1) {
        throw new AssertionError("a bug in the caller's callback");
      }
      throw new IllegalStateException("another bug in the caller's callback");
    };
    try (AmbaClient amba = client(emulator, p, null)) {
      try (EventPipeline pipeline = amba.events().pipeline(options(buggy))) {
        track(pipeline, uid, "refused_first", 2);
        flushWithinGuard(pipeline);
        track(pipeline, uid, "refused_second", 1);
        flushWithinGuard(pipeline);
        track(pipeline, uid, "second_batch", SECOND);
        flushWithinGuard(pipeline);
        EventPipelineStats stats = pipeline.stats();
        assertThat(stats.accepted()).isEqualTo(3 + SECOND);
        assertThat(stats.failed()).isEqualTo(3);
        assertThat(stats.delivered()).isEqualTo(SECOND);
        assertThat(stats.pending()).isZero();
      }
      assertThat(failures).hasSize(2).noneMatch(EventPipelineFailure::willRetry);
      assertThat(stored(amba, since, "second_batch")).isEqualTo(SECOND);
    }
    List<String> callbackLines = log.lines().stream().filter(l -> l.contains("onFailure")).toList();
    assertThat(callbackLines).as("the throwing callback is logged once per pipeline").hasSize(1);
    assertThat(callbackLines.get(0)).contains("AssertionError")
        .doesNotContain(PAYLOAD_MARKER).doesNotContain(p.serverKey()).doesNotContain(p.clientKey());
  }

  @Test
  void flushInsideOnFailure_failsAtOnce_insteadOfHanging(AmbaEmulator emulator) {
    EmulatorProject p = emulator.createProject();
    String uid = emulator.createUser(p);
    Instant since = Instant.now().minusSeconds(60);
    List<EventPipelineFailure> failures = new CopyOnWriteArrayList<>();
    AtomicReference<EventPipeline> self = new AtomicReference<>();
    List<RuntimeException> refusals = new CopyOnWriteArrayList<>();
    emulator.faults().onlyFor(ingestPath(p)).failNext(1, 400);
    Consumer<EventPipelineFailure> flushing = f -> {
      failures.add(f);
      try {
        self.get().flush();
      } catch (RuntimeException e) {
        refusals.add(e);
      }
    };
    try (AmbaClient amba = client(emulator, p, null)) {
      try (EventPipeline pipeline = amba.events().pipeline(options(flushing))) {
        self.set(pipeline);
        EventPipelineStats stats = twoBatches(pipeline, uid);
        assertEverythingAccountedFor(amba, since, stats, failures);
      }
    }
    assertThat(refusals).singleElement().isInstanceOf(IllegalStateException.class)
        .satisfies(e -> assertThat(e.getMessage()).contains("flush").contains("onFailure"));
  }

  @Test
  void closeInsideOnFailure_closesWithoutWaitingForItself(AmbaEmulator emulator) {
    EmulatorProject p = emulator.createProject();
    String uid = emulator.createUser(p);
    List<EventPipelineFailure> failures = new CopyOnWriteArrayList<>();
    AtomicReference<EventPipeline> self = new AtomicReference<>();
    List<RuntimeException> refusals = new CopyOnWriteArrayList<>();
    emulator.faults().onlyFor(ingestPath(p)).failNext(1, 400);
    Consumer<EventPipelineFailure> closing = f -> {
      failures.add(f);
      try {
        self.get().close();
      } catch (RuntimeException e) {
        refusals.add(e);
      }
    };
    try (AmbaClient amba = client(emulator, p, null)) {
      EventPipeline pipeline = amba.events().pipeline(options(closing));
      self.set(pipeline);
      track(pipeline, uid, "first_batch", FIRST);
      flushWithinGuard(pipeline);
      assertTimeoutPreemptively(GUARD, pipeline::close);
      assertThat(pipeline.stats()).satisfies(s -> {
        assertThat(s.accepted()).isEqualTo(FIRST);
        assertThat(s.failed()).isEqualTo(FIRST);
        assertThat(s.pending()).isZero();
      });
      assertThat(failures).singleElement().satisfies(f -> assertThat(f.events()).hasSize(FIRST));
      // The close asked for inside the callback took effect.
      assertThat(catchTrack(pipeline, uid)).isInstanceOf(IllegalStateException.class);
    }
    assertThat(refusals).isEmpty();
  }

  // ---- what is now refused before it is accepted ----

  @Test
  void eventOf_refusesNonFiniteNumbers_namingTheProperty_beforeAnythingIsSent(AmbaEmulator emulator) {
    EmulatorProject p = emulator.createProject();
    String uid = emulator.createUser(p);
    Map<String, Object> nested = new LinkedHashMap<>();
    nested.put("ok", 1.5);
    nested.put("ratio", Double.POSITIVE_INFINITY);
    try (AmbaClient amba = client(emulator, p, null)) {
      emulator.clearRecordedRequests();
      assertThatIllegalArgumentException().isThrownBy(() -> Event.of("scored", Map.of("score", Double.NaN)))
          .withMessageContaining("score").withMessageContaining("NaN");
      assertThatIllegalArgumentException().isThrownBy(() -> Event.of("scored", Map.of("stats", nested)))
          .withMessageContaining("stats.ratio").withMessageContaining("Infinity");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> amba.asUser(uid).events().track("scored", Map.of("list", List.of(1, Float.NaN))))
          .withMessageContaining("list[1]");
      assertThat(emulator.recordedRequests()).as("nothing was sent").isEmpty();
    }
  }

  @Test
  void eventOf_refusesACycle_namingTheProperty_beforeAnythingIsSent(AmbaEmulator emulator) {
    EmulatorProject p = emulator.createProject();
    String uid = emulator.createUser(p);
    Map<String, Object> self = new LinkedHashMap<>();
    self.put("name", "loop");
    self.put("me", self);
    List<Object> list = new ArrayList<>();
    list.add(Map.of("inner", list));
    try (AmbaClient amba = client(emulator, p, null)) {
      emulator.clearRecordedRequests();
      assertThatIllegalArgumentException().isThrownBy(() -> Event.of("looped", self))
          .withMessageContaining("me").withMessageContaining("cycle");
      assertThatIllegalArgumentException().isThrownBy(() -> amba.asUser(uid).events().track("looped", Map.of("l", list)))
          .withMessageContaining("l[0].inner").withMessageContaining("cycle");
      assertThat(emulator.recordedRequests()).as("nothing was sent").isEmpty();
    }
  }

  // ---- helpers ----

  /**
   * The first ingest request the pipeline makes throws {@code thrown} from the HTTP client (as if
   * encoding or building the request had failed); every later request goes to the emulator.
   */
  private void assertContained(AmbaEmulator emulator, Supplier<Throwable> thrown, Class<? extends Throwable> type) {
    EmulatorProject p = emulator.createProject();
    String uid = emulator.createUser(p);
    Instant since = Instant.now().minusSeconds(60);
    List<EventPipelineFailure> failures = new CopyOnWriteArrayList<>();
    ThrowingOnceHttpClient http = new ThrowingOnceHttpClient(thrown, "/v1/admin/projects/" + p.projectId() + "/events");
    try (AmbaClient amba = client(emulator, p, http)) {
      EventPipelineStats stats = twoBatches(amba, uid, failures::add);
      assertThat(http.thrown.get()).as("the injected throwable was thrown").isTrue();
      assertEverythingAccountedFor(amba, since, stats, failures);
      assertThat(causes(failures.get(0).cause())).anyMatch(type::isInstance);
    }
  }

  private EventPipelineStats twoBatches(AmbaClient amba, String uid, Consumer<EventPipelineFailure> onFailure) {
    try (EventPipeline pipeline = amba.events().pipeline(options(onFailure))) {
      return twoBatches(pipeline, uid);
    }
  }

  private EventPipelineStats twoBatches(EventPipeline pipeline, String uid) {
    track(pipeline, uid, "first_batch", FIRST);
    flushWithinGuard(pipeline);
    track(pipeline, uid, "second_batch", SECOND);
    flushWithinGuard(pipeline);
    return pipeline.stats();
  }

  /** accepted = delivered + reported, stats() agrees, and what was delivered is stored. */
  private static void assertEverythingAccountedFor(AmbaClient amba, Instant since, EventPipelineStats stats,
      List<EventPipelineFailure> failures) {
    long reported = failures.stream().filter(f -> !f.willRetry()).mapToLong(f -> f.events().size()).sum();
    assertThat(failures).singleElement().satisfies(f -> {
      assertThat(f.willRetry()).isFalse();
      assertThat(f.cause()).isNotNull();
      assertThat(f.events()).hasSize(FIRST).allMatch(e -> e.event().name().equals("first_batch"));
    });
    assertThat(stats.accepted()).isEqualTo(FIRST + SECOND);
    assertThat(stats.delivered()).isEqualTo(SECOND);
    assertThat(stats.failed()).isEqualTo(reported).isEqualTo(FIRST);
    assertThat(stats.pending()).isZero();
    assertThat(stats.accepted()).isEqualTo(stats.delivered() + reported);
    assertThat(stored(amba, since, "second_batch")).isEqualTo(SECOND);
    assertThat(stored(amba, since, "first_batch")).isZero();
  }

  private static EventPipelineOptions options(Consumer<EventPipelineFailure> onFailure) {
    // Batches are cut by flush() alone, so each test decides exactly what goes in which.
    return EventPipelineOptions.defaults().flushInterval(Duration.ofHours(1)).closeTimeout(Duration.ofSeconds(5))
        .maxRetryBackoff(Duration.ofMillis(10)).onFailure(onFailure);
  }

  private static void track(EventPipeline pipeline, String uid, String name, int n) {
    for (int i = 0; i < n; i++) {
      pipeline.track(uid, Event.of(name, Map.of("marker", PAYLOAD_MARKER, "i", i)));
    }
  }

  private static void flushWithinGuard(EventPipeline pipeline) {
    assertTimeoutPreemptively(GUARD, pipeline::flush, "flush() returns");
  }

  private static RuntimeException catchTrack(EventPipeline pipeline, String uid) {
    try {
      pipeline.track(uid, Event.of("late"));
      return null;
    } catch (RuntimeException e) {
      return e;
    }
  }

  private static List<Throwable> causes(Throwable t) {
    List<Throwable> chain = new ArrayList<>();
    for (Throwable c = t; c != null && !chain.contains(c); c = c.getCause()) {
      chain.add(c);
    }
    return chain;
  }

  private static long stored(AmbaClient amba, Instant since, String name) {
    return amba.events().count(EventCountQuery.since(since).eventName(name)).total();
  }

  private static String ingestPath(EmulatorProject p) {
    return "/v1/admin/projects/" + p.projectId() + "/events";
  }

  private static AmbaClient client(AmbaEmulator emulator, EmulatorProject p, HttpClient http) {
    var b = emulator.config(p).toBuilder()
        .sleeper(d -> Thread.yield())
        .retryPolicy(RetryPolicy.defaults().withMaxAttempts(2))
        .requestTimeout(Duration.ofSeconds(20));
    if (http != null) {
      b.httpClient(http);
    }
    return AmbaClient.configure(b.build());
  }

  /** A real HTTP client, except that the first POST to one path throws what it is told to. */
  private static final class ThrowingOnceHttpClient extends HttpClient {
    private final HttpClient real = HttpClient.newBuilder().followRedirects(Redirect.NEVER).build();
    private final Supplier<Throwable> throwable;
    private final String path;
    final AtomicBoolean thrown = new AtomicBoolean();

    ThrowingOnceHttpClient(Supplier<Throwable> throwable, String path) {
      this.throwable = throwable;
      this.path = path;
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
        throws IOException, InterruptedException {
      if (request.method().equals("POST") && request.uri().getPath().equals(path) && thrown.compareAndSet(false, true)) {
        Throwable t = throwable.get();
        if (t instanceof RuntimeException r) {
          throw r;
        }
        throw (Error) t;
      }
      return real.send(request, handler);
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
      return real.sendAsync(request, handler);
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
        HttpResponse.PushPromiseHandler<T> push) {
      return real.sendAsync(request, handler, push);
    }

    @Override
    public Optional<CookieHandler> cookieHandler() {
      return real.cookieHandler();
    }

    @Override
    public Optional<Duration> connectTimeout() {
      return real.connectTimeout();
    }

    @Override
    public Redirect followRedirects() {
      return real.followRedirects();
    }

    @Override
    public Optional<ProxySelector> proxy() {
      return real.proxy();
    }

    @Override
    public SSLContext sslContext() {
      return real.sslContext();
    }

    @Override
    public SSLParameters sslParameters() {
      return real.sslParameters();
    }

    @Override
    public Optional<Authenticator> authenticator() {
      return real.authenticator();
    }

    @Override
    public Version version() {
      return real.version();
    }

    @Override
    public Optional<Executor> executor() {
      return real.executor();
    }
  }
}
