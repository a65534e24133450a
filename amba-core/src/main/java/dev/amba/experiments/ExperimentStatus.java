package dev.amba.experiments;

import dev.amba.internal.util.TextArguments;

/**
 * An experiment's state (35.2), by its wire value; a status the service adds later still reads.
 * Only {@link #ACTIVE} experiments assign new users; the others still answer stored assignments.
 */
public record ExperimentStatus(String value) {

  public static final ExperimentStatus ACTIVE = new ExperimentStatus("active");
  public static final ExperimentStatus PAUSED = new ExperimentStatus("paused");
  public static final ExperimentStatus ENDED = new ExperimentStatus("ended");

  public ExperimentStatus {
    value = TextArguments.wireValue(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
