package dev.amba.testkit.internal.engagement;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Runs every stage for each stored event, in M4 order, then stores the events the stages derived
 * and runs them too, depth first, in emission order. A derived event at {@link #MAX_DEPTH} is
 * stored but runs no stage, so no rule can loop. The emulator runs the pipeline before it
 * answers; Amba runs it later, so nothing a client sees may depend on either.
 */
public final class EngagementPipeline {

  /** M4 stage 9: a tracked event is depth 0; a depth-3 derived event stops the chain. */
  public static final int MAX_DEPTH = 3;

  /** Where derived events are written: the events table, so they list and count as tracked ones do. */
  @FunctionalInterface
  public interface DerivedSink {
    /** Stores a derived event for the user and returns it as stored. */
    StoredEvent store(StoredEvent parent, DerivedEvent derived) throws SQLException;
  }

  private final List<EngagementStage> stages;
  private final DerivedSink sink;

  public EngagementPipeline(List<EngagementStage> stages, DerivedSink sink) {
    List<EngagementStage> ordered = new ArrayList<>(stages);
    ordered.sort(Comparator.comparingInt(EngagementStage::step));
    this.stages = List.copyOf(ordered);
    this.sink = sink;
  }

  /** Runs the pipeline for an event that was just stored (never for a duplicate event id). */
  public void run(StoredEvent event) throws SQLException {
    if (event.depth() >= MAX_DEPTH) {
      return;
    }
    List<DerivedEvent> derived = new ArrayList<>();
    for (EngagementStage stage : stages) {
      stage.apply(event, derived::add);
    }
    for (DerivedEvent d : derived) {
      run(sink.store(event, d));
    }
  }
}
