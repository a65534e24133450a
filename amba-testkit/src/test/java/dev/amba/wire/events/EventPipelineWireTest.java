package dev.amba.wire.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaClient;
import dev.amba.AmbaConfig;
import dev.amba.RetryPolicy;
import dev.amba.events.Event;
import dev.amba.events.EventCountQuery;
import dev.amba.events.EventPipeline;
import dev.amba.events.EventPipelineFailure;
import dev.amba.events.EventPipelineFullException;
import dev.amba.events.EventPipelineOptions;
import dev.amba.events.EventPipelineStats;
import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.AmbaEmulatorExtension;
import dev.amba.testkit.EmulatorProject;
import dev.amba.testkit.Fault;
import dev.amba.testkit.Hold;
import dev.amba.testkit.RecordedRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The no-loss promise of the event pipeline, against an emulator that fails a share of calls. The
 * figures are printed so the README's reliability section can quote them.
 */
@ExtendWith(AmbaEmulatorExtension.class)
class EventPipelineWireTest {

  private static final int EVENTS = Integer.getInteger("amba.pipeline.events", 100_000);
  private static final int THREADS = 32;

  /** A client on its own project, so counts are exact, that retries without really sleeping. */
  private static AmbaClient isolatedClient(AmbaEmulator emulator, EmulatorProject project) {
    return AmbaClient.configure(emulator.config(project).toBuilder()
        .sleeper(d -> Thread.yield())
        .retryPolicy(RetryPolicy.defaults().withMaxAttempts(4))
        .requestTimeout(Duration.ofSeconds(20))
        .build());
  }

  private static long stored(AmbaClient amba, Instant since) {
    return amba.events().count(EventCountQuery.since(since)).total();
  }

  private static List<String> users(AmbaEmulator emulator, EmulatorProject p, int n) {
    List<String> uids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      uids.add(emulator.createUser(p));
    }
    return uids;
  }

  @Test
  void underThirtyPercentFaults_everyEventIsStoredExactlyOnce(AmbaEmulator emulator) throws Exception {
    EmulatorProject p = emulator.createProject();
    List<String> uids = users(emulator, p, 64);
    Instant since = Instant.now().minusSeconds(60);
    List<EventPipelineFailure> failures = new CopyOnWriteArrayList<>();
    long start = System.nanoTime();
    try (AmbaClient amba = isolatedClient(emulator, p)) {
      emulator.faults().onlyFor("/v1/admin/projects/" + p.projectId() + "/events").randomly(0.3, 7L,
          Fault.status(503), Fault.resetBeforeHandling(), Fault.resetAfterHandling(), Fault.delay(Duration.ofMillis(30)),
          Fault.status(502));
      // Producers outrun any server here; they wait for room (bounded) rather than fail.
      EventPipeline pipeline = amba.events().pipeline(EventPipelineOptions.defaults().offerTimeout(Duration.ofMinutes(2))
          .flushInterval(Duration.ofMillis(50)).maxRetryBackoff(Duration.ofMillis(20)).onFailure(failures::add));
      runProducers(THREADS, EVENTS, i -> pipeline.track(uids.get(i % uids.size()), Event.of("load_tested", Map.of("i", i))));
      pipeline.close();
      EventPipelineStats stats = pipeline.stats();
      long injected = emulator.faults().randomlyInjected();
      emulator.faults().reset();
      long stored = stored(amba, since);
      System.out.printf("pipeline under faults: %d events from %d threads, %d stored, %d duplicates acknowledged,"
              + " %d lost, %d ingest calls, %d batch retries, %d faults injected, %.1f s%n",
          EVENTS, THREADS, stored, stats.duplicates(), stats.accepted() - stored, stats.requests(), stats.retries(),
          injected, (System.nanoTime() - start) / 1e9);
      assertThat(stats.accepted()).isEqualTo(EVENTS);
      assertThat(stats.delivered()).isEqualTo(EVENTS);
      assertThat(stats.failed()).isZero();
      assertThat(stats.pending()).isZero();
      assertThat(stored).isEqualTo(EVENTS);
      assertThat(injected).as("faults were injected").isGreaterThan(EVENTS / 500 / 10);
      assertThat(failures).allMatch(EventPipelineFailure::willRetry);
    } finally {
      emulator.faults().reset();
    }
  }

  @Test
  void closeWhileEventsAreInFlight_deliversEverythingAccepted(AmbaEmulator emulator) throws Exception {
    EmulatorProject p = emulator.createProject();
    List<String> uids = users(emulator, p, 8);
    Instant since = Instant.now().minusSeconds(60);
    try (AmbaClient amba = isolatedClient(emulator, p)) {
      emulator.faults().onlyFor("/v1/admin/projects/" + p.projectId() + "/events").randomly(0.3, 11L,
          Fault.status(503), Fault.resetAfterHandling(), Fault.delay(Duration.ofMillis(20)));
      EventPipeline pipeline = amba.events().pipeline(EventPipelineOptions.defaults()
          .offerTimeout(Duration.ofMinutes(2)).maxRetryBackoff(Duration.ofMillis(20)));
      AtomicLong refusedAfterClose = new AtomicLong();
      AtomicLong finishedBeforeClose = new AtomicLong();
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      List<Future<?>> producers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        producers.add(pool.submit(() -> {
          for (int i = 0; i < 5_000; i++) {
            try {
              pipeline.track(uids.get(thread % uids.size()), Event.of("closing_race"));
            } catch (IllegalStateException closed) {
              refusedAfterClose.incrementAndGet();
              return;
            }
          }
          finishedBeforeClose.incrementAndGet();
        }));
      }
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
      while (pipeline.stats().accepted() < THREADS * 200L) {
        assertThat(System.nanoTime()).as("producers get going").isLessThan(deadline);
        Thread.onSpinWait();
        Thread.yield();
      }
      pipeline.close();
      for (Future<?> f : producers) {
        f.get(60, TimeUnit.SECONDS);
      }
      pool.shutdown();
      emulator.faults().reset();
      EventPipelineStats stats = pipeline.stats();
      long stored = stored(amba, since);
      System.out.printf("pipeline closed mid-stream: %d accepted before close, %d stored, %d refused after close%n",
          stats.accepted(), stored, refusedAfterClose.get());
      assertThat(stats.accepted()).isGreaterThanOrEqualTo(THREADS * 200L);
      assertThat(refusedAfterClose.get()).as("producers stopped by close").isPositive();
      assertThat(refusedAfterClose.get() + finishedBeforeClose.get()).isEqualTo(THREADS);
      assertThat(stats.failed()).isZero();
      assertThat(stored).isEqualTo(stats.accepted());
    } finally {
      emulator.faults().reset();
    }
  }

  @Test
  void batchesNeverExceed500(AmbaEmulator emulator) throws Exception {
    EmulatorProject p = emulator.createProject();
    String uid = emulator.createUser(p);
    try (AmbaClient amba = isolatedClient(emulator, p)) {
      emulator.clearRecordedRequests();
      try (EventPipeline pipeline = amba.events().pipeline(EventPipelineOptions.defaults())) {
        runProducers(4, 1_234, i -> pipeline.track(uid, Event.of("batched")));
        pipeline.flush();
        assertThat(pipeline.stats().delivered()).isEqualTo(1_234);
      }
      List<RecordedRequest> posts = emulator.recordedRequests().stream()
          .filter(r -> r.method().equals("POST") && r.path().endsWith("/events")).toList();
      int total = 0;
      for (RecordedRequest r : posts) {
        int n = r.body().split("\"event_id\"", -1).length - 1;
        assertThat(n).isBetween(1, 500);
        total += n;
      }
      assertThat(total).isEqualTo(1_234);
    }
  }

  @Test
  void fullQueue_failsTheCallerAfterTheOfferTimeout_andCountsIt(AmbaEmulator emulator) throws Exception {
    EmulatorProject p = emulator.createProject();
    String uid = emulator.createUser(p);
    try (AmbaClient amba = isolatedClient(emulator, p);
         // The sender's first batch waits in the emulator until the queue has been seen full.
         Hold firstBatch = emulator.faults().onlyFor("/v1/admin/projects/" + p.projectId() + "/events").holdNext(1)) {
      // No flush by age: the first batch is sent when it has all 10 events, however slow this thread.
      EventPipeline pipeline = amba.events().pipeline(EventPipelineOptions.defaults()
          .capacity(10).batchSize(10).offerTimeout(Duration.ZERO).flushInterval(Duration.ofHours(1)));
      for (int i = 0; i < 10; i++) {
        pipeline.track(uid, Event.of("queued"));
      }
      firstBatch.awaitHeld(1, Duration.ofSeconds(30));
      for (int i = 0; i < 10; i++) {
        pipeline.track(uid, Event.of("queued"));
      }
      assertThatThrownBy(() -> pipeline.track(uid, Event.of("one_too_many")))
          .isInstanceOf(EventPipelineFullException.class).hasMessageContaining("10 events");
      firstBatch.release();
      pipeline.close();
      EventPipelineStats stats = pipeline.stats();
      assertThat(stats.rejectedFull()).isEqualTo(1);
      assertThat(stats.delivered()).isEqualTo(20);
      assertThatThrownBy(() -> pipeline.track(uid, Event.of("late"))).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void refusedBatch_isReportedWithItsEvents_notRetried(AmbaEmulator emulator) {
    EmulatorProject p = emulator.createProject();
    String uid = emulator.createUser(p);
    List<EventPipelineFailure> failures = new CopyOnWriteArrayList<>();
    try (AmbaClient amba = isolatedClient(emulator, p)) {
      emulator.faults().onlyFor("/v1/admin/projects/" + p.projectId() + "/events").failNext(1, 400);
      try (EventPipeline pipeline = amba.events().pipeline(EventPipelineOptions.defaults().onFailure(failures::add))) {
        pipeline.track(uid, Event.of("refused_one"));
        pipeline.flush();
        assertThat(pipeline.stats().failed()).isEqualTo(1);
        pipeline.track(uid, Event.of("accepted_one"));
        pipeline.flush();
        assertThat(pipeline.stats().delivered()).isEqualTo(1);
      }
      assertThat(failures).singleElement().satisfies(f -> {
        assertThat(f.willRetry()).isFalse();
        assertThat(f.events()).singleElement().satisfies(e -> assertThat(e.event().name()).isEqualTo("refused_one"));
      });
      // What the callback got can be re-ingested as it is.
      assertThat(amba.events().ingest(failures.get(0).events()).ingested()).isEqualTo(1);
    }
  }

  @Test
  void closingTheClient_flushesItsPipelines(AmbaEmulator emulator) {
    EmulatorProject p = emulator.createProject();
    String uid = emulator.createUser(p);
    Instant since = Instant.now().minusSeconds(60);
    AmbaClient amba = isolatedClient(emulator, p);
    EventPipeline pipeline = amba.events().pipeline(EventPipelineOptions.defaults().flushInterval(Duration.ofHours(1)));
    for (int i = 0; i < 42; i++) {
      pipeline.track(uid, Event.of("flushed_on_close"));
    }
    amba.close();
    assertThat(pipeline.stats().delivered()).isEqualTo(42);
    try (AmbaClient reader = AmbaClient.configure(emulator.config(p))) {
      assertThat(stored(reader, since)).isEqualTo(42);
    }
  }

  private interface Producer {
    void produce(int i);
  }

  private static void runProducers(int threads, int total, Producer producer) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        futures.add(pool.submit(() -> {
          for (int i = thread; i < total; i += threads) {
            producer.produce(i);
          }
        }));
      }
      for (Future<?> f : futures) {
        f.get(5, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdown();
    }
  }
}
