package dev.amba.internal.segments;

import dev.amba.internal.Json;
import dev.amba.internal.ProjectCalls;
import dev.amba.internal.WireForms;
import dev.amba.internal.endpoint.SegmentEndpoints;
import dev.amba.internal.util.ModuleNames;
import dev.amba.segments.NewSegment;
import dev.amba.segments.ProjectSegments;
import dev.amba.segments.Segment;
import dev.amba.segments.SegmentUpdate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The project's segments (server key). */
public final class SegmentAdmin implements ProjectSegments {

  private static final java.lang.reflect.Type ROWS = Json.parameterized(List.class, SegmentWire.Row.class);

  private final ProjectCalls calls;

  public SegmentAdmin(ProjectCalls calls) {
    this.calls = calls;
  }

  @Override
  public Segment create(NewSegment segment) {
    Objects.requireNonNull(segment, "segment");
    return calls.call(SegmentEndpoints.ADMIN_CREATE).body(WireForms.of(segment)).<SegmentWire.Row>data(SegmentWire.Row.class).toSegment();
  }

  @Override
  public List<Segment> list() {
    List<SegmentWire.Row> rows = calls.call(SegmentEndpoints.ADMIN_LIST).data(ROWS);
    return rows.stream().map(SegmentWire.Row::toSegment).toList();
  }

  @Override
  public Segment get(String segmentId) {
    ModuleNames.uuid(segmentId, "segmentId");
    return calls.call(SegmentEndpoints.ADMIN_GET, segmentId).<SegmentWire.Row>data(SegmentWire.Row.class).toSegment();
  }

  @Override
  public Segment update(String segmentId, SegmentUpdate update) {
    ModuleNames.uuid(segmentId, "segmentId");
    Map<String, Object> body = WireForms.ofUpdate(update);
    return calls.call(SegmentEndpoints.ADMIN_UPDATE, segmentId).body(body).<SegmentWire.Row>data(SegmentWire.Row.class).toSegment();
  }

  @Override
  public void delete(String segmentId) {
    ModuleNames.uuid(segmentId, "segmentId");
    calls.call(SegmentEndpoints.ADMIN_DELETE, segmentId).data(Map.class);
  }

  @Override
  public Segment evaluate(String segmentId) {
    ModuleNames.uuid(segmentId, "segmentId");
    return calls.call(SegmentEndpoints.ADMIN_EVALUATE, segmentId).<SegmentWire.Row>data(SegmentWire.Row.class).toSegment();
  }
}
