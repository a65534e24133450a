package dev.amba.experiments;

import java.util.Locale;
import java.util.Objects;

/**
 * An experiment's state (35.2), by its wire value; a status the service adds later still reads.
 * Only {@link #ACTIVE} experiments assign new users; the others still answer stored assignments.
 */
public record ExperimentStatus(String value) {

  public static final ExperimentStatus ACTIVE = new ExperimentStatus("active");
  public static final ExperimentStatus PAUSED = new ExperimentStatus("paused");
  public static final ExperimentStatus ENDED = new ExperimentStatus("ended");

  public ExperimentStatus {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("value must not be blank");
    }
    value = value.toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return value;
  }
}
