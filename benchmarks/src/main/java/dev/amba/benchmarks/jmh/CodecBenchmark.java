package dev.amba.benchmarks.jmh;

import dev.amba.Page;
import dev.amba.benchmarks.FindQueries;
import dev.amba.benchmarks.Fixtures;
import dev.amba.benchmarks.Post;
import dev.amba.collections.Query;
import dev.amba.events.Event;
import dev.amba.events.TrackResult;
import dev.amba.internal.Json;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Encoding a typical request and decoding a typical answer, through the SDK's own codec and in the
 * SDK's own steps.
 */
@State(Scope.Benchmark)
public class CodecBenchmark {

  private Map<String, Object> properties;
  private byte[] trackAnswer;
  private byte[] pageAnswer;

  @Setup(Level.Trial)
  public void setUp() {
    properties = Fixtures.eventProperties();
    trackAnswer = Fixtures.trackAnswer();
    pageAnswer = Fixtures.pageAnswer();
  }

  /**
   * From the caller's arguments to the request bytes of {@code track(name, properties)}: the
   * {@code Event} (properties copied, event id made), the wire map, JSON-B.
   */
  @Benchmark
  public byte[] encodeTrackedEvent() {
    return Json.encode(Fixtures.trackWire(Event.of(Fixtures.EVENT_NAME, properties)));
  }

  /**
   * From the DSL to the URL parameter of {@code find}: the query with five conditions built with
   * {@code Where}, its {@code FindOptions} map, JSON-B, URL encoding.
   */
  @Benchmark
  public String encodeFindQuery() {
    Query query = FindQueries.typical();
    String json = new String(Json.encode(FindQueries.findOptions(query)), StandardCharsets.UTF_8);
    return URLEncoder.encode(json, StandardCharsets.UTF_8);
  }

  /** {@code {"data": {"tracked": 1}}} into {@code TrackResult}, the way every single-item answer is read. */
  @Benchmark
  public TrackResult decodeTrackAnswer() {
    Json.DataEnvelope<TrackResult> envelope =
        Json.decode(trackAnswer, Json.parameterized(Json.DataEnvelope.class, TrackResult.class));
    return envelope.data();
  }

  /**
   * A cursor page of 50 rows straight into the caller's record type through the SDK's codec and
   * envelope, then a {@code Page}: the floor for decoding this answer. How the SDK itself decodes a
   * find answer (its internals may take other steps) is measured by {@code CallBenchmark.sdkFind}.
   */
  @Benchmark
  public Page<Post> decodePageOf50() {
    Json.CursorEnvelope<Post> envelope =
        Json.decode(pageAnswer, Json.parameterized(Json.CursorEnvelope.class, Post.class));
    return envelope.page();
  }
}
