package dev.amba.push;

import java.util.Objects;

/**
 * How a scheduled campaign's time is read; a record so that a mode the server adds later still reads.
 *
 * @param value the wire value, such as {@code local_time}; not null
 */
public record DeliveryMode(String value) {

  /** One instant for everyone ({@code scheduled_at}). */
  public static final DeliveryMode ABSOLUTE = new DeliveryMode("absolute");
  /** A wall-clock date and time in each user's own time zone ({@code local_date}, {@code local_time}). */
  public static final DeliveryMode LOCAL_TIME = new DeliveryMode("local_time");

  /**
   * A mode by its wire value.
   *
   * @param value the wire value, such as {@code local_time}
   * @throws NullPointerException if {@code value} is null
   */
  public DeliveryMode {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value;
  }
}
