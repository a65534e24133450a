package dev.amba.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amba.AmbaClient;
import dev.amba.events.Event;
import dev.amba.internal.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import org.junit.jupiter.api.Test;

/**
 * Runs every part of the harness with tiny counts, so a change that breaks it fails the build.
 * It asserts that each part produced figures and that the comparison is like for like; it never
 * asserts a timing, because a test machine's timings mean nothing.
 */
class HarnessSmokeTest {

  @Test
  void everyPart_producesResults_withTinyCounts() throws Exception {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    // Two load runs, so the median-and-spread path runs too.
    Results results = BenchmarkMain.run(Settings.smoke().withLoadRuns(2), new LinkedHashSet<>(BenchmarkMain.ALL_PARTS),
        true, false, new PrintStream(log, true, StandardCharsets.UTF_8));

    assertThat(results.partsRun()).containsExactlyInAnyOrderElementsOf(BenchmarkMain.ALL_PARTS);
    assertThat(results.producedEverythingAskedFor()).as(log.toString(StandardCharsets.UTF_8)).isTrue();
    assertThat(results.jmhRows()).isGreaterThanOrEqualTo(12);
    assertThat(results.loadRows()).isEqualTo(Workload.all().size() * Settings.smoke().callers().size());
    assertThat(results.coldStartRows()).isPositive();
    assertThat(results.connectionRows()).isEqualTo(2 * Settings.smoke().callers().size());
    assertThat(results.retentionMeasured()).isTrue();

    String report = Report.markdown(results);
    assertThat(report).contains("## Targets (issue 19)", "## Targets (issue 7)", "## JMH micro-benchmarks",
        "## Listener cost", "## Loopback load", "### Load: every run", "CPU per call <= 1.05x raw: streaks.qualify",
        "by hand (raw HttpClient + JSON-B)",
        "## Against the emulator", "## Cold start", "## Connection reuse", "## asUser retention");
  }

  @Test
  void sdkAndBaseline_putTheSameRequestOnTheWire() throws Exception {
    for (Workload w : Workload.compared()) {
      assertThat(Parity.check(w).differences()).as(w.name()).isEmpty();
    }
  }

  @Test
  void findOptionsMirror_encodesToWhatTheBaselineSends() {
    Object mirror = Json.decode(Json.encode(FindQueries.findOptions(FindQueries.typical())), Object.class);
    Object handWritten = Json.decode(Json.encode(FindQueries.handWritten()), Object.class);

    assertThat(mirror).isEqualTo(handWritten);
  }

  @Test
  void trackWireMirror_isWhatTheSdkSends() throws Exception {
    try (LoopbackServer server = LoopbackServer.start(); AmbaClient client = Fixtures.client(server.apiUrl())) {
      server.capture(true);
      Event event = Event.of(Fixtures.EVENT_NAME, Fixtures.eventProperties());
      client.asUser(Fixtures.UID).events().track(event);

      Object sent = Json.decode(server.lastCaptured().body(), Object.class);
      Object mirror = Json.decode(Json.encode(Fixtures.trackWire(event)), Object.class);
      assertThat(sent).isEqualTo(mirror);
    }
  }

  @Test
  void parityCheck_noticesAHeaderOnlyOneSideSends() {
    LoopbackServer.Captured sdk = new LoopbackServer.Captured("POST", "/v1/client/events",
        java.util.Map.of("x-request-id", "a", "x-api-key", "k"), "{\"event\":\"e\",\"event_id\":\"1\"}".getBytes());
    LoopbackServer.Captured base = new LoopbackServer.Captured("POST", "/v1/client/events",
        java.util.Map.of("x-request-id", "b"), "{\"event\":\"e\",\"event_id\":\"2\"}".getBytes());

    assertThat(Parity.compare(sdk, base)).containsExactly("header x-api-key only sent by the SDK");
  }
}
