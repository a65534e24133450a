package dev.amba.testkit.internal.engagement;

import java.sql.SQLException;
import java.util.function.Consumer;

/**
 * One stage of the engagement pipeline (amba-api-modules.md M4): what a module does for every
 * stored event of a user, such as qualifying the streaks the event names or awarding XP.
 */
public interface EngagementStage {

  /** The stage's number in M4 (1 streaks ... 7 feed rules); stages run in this order. */
  int step();

  /**
   * Applies the stage to one event; events the stage derives (M5) go to {@code emit}, and the
   * pipeline stores and runs them after every stage has seen this one.
   */
  void apply(StoredEvent event, Consumer<DerivedEvent> emit) throws SQLException;

  /** What a stage does for one event: {@link #apply}, as a lambda. */
  @FunctionalInterface
  interface Work {
    void apply(StoredEvent event, Consumer<DerivedEvent> emit) throws SQLException;
  }

  /** The stage numbered {@code step} in M4 that does {@code work}, for a module whose stage is one call. */
  static EngagementStage of(int step, Work work) {
    return new EngagementStage() {
      @Override
      public int step() {
        return step;
      }

      @Override
      public void apply(StoredEvent event, Consumer<DerivedEvent> emit) throws SQLException {
        work.apply(event, emit);
      }
    };
  }
}
