package dev.amba.leagues;

import java.util.Objects;

/**
 * A cohort's status, by its wire value; a record so that a status the service adds later still
 * reads (the 4.x core already knows {@code settling}).
 *
 * @param value the wire value, such as {@code active}
 */
public record CohortStatus(String value) {

  /** This week's cohort: scores count and ranks move. */
  public static final CohortStatus ACTIVE = new CohortStatus("active");
  /** A past week's cohort, or one whose tier was deleted. */
  public static final CohortStatus CLOSED = new CohortStatus("closed");
  /** Being rolled over (services that settle asynchronously). */
  public static final CohortStatus SETTLING = new CohortStatus("settling");

  /**
   * A status by its wire value.
   *
   * @param value the wire value, not null
   * @throws NullPointerException if {@code value} is null
   */
  public CohortStatus {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value;
  }
}
