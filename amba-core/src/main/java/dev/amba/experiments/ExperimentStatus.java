package dev.amba.experiments;

import dev.amba.internal.util.TextArguments;

/**
 * An experiment's state (35.2), by its wire value; a status the service adds later still reads.
 * Only {@link #ACTIVE} experiments assign new users; the others still answer stored assignments.
 *
 * @param value the wire value, lowercase, such as {@code active}
 */
public record ExperimentStatus(String value) {

  /** Running: assigns new users. */
  public static final ExperimentStatus ACTIVE = new ExperimentStatus("active");
  /** Stopped for now: assigns no new users; may be made active again. */
  public static final ExperimentStatus PAUSED = new ExperimentStatus("paused");
  /** Over: assigns no new users; its results stay readable. */
  public static final ExperimentStatus ENDED = new ExperimentStatus("ended");

  /**
   * A status by its wire value, lowercased.
   *
   * @param value the wire value; refused when null or blank
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public ExperimentStatus {
    value = TextArguments.wireValue(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
