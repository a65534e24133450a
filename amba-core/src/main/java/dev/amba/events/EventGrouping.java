package dev.amba.events;

import java.util.Objects;

/**
 * How {@link ProjectEvents#count} splits its total into buckets: the wire value of {@code group_by}.
 * A record rather than an enum, so a grouping the server adds later can be used before this SDK
 * knows its name.
 *
 * @param value the wire value, such as {@code day}; not blank
 */
public record EventGrouping(String value) {

  /** One bucket per UTC day, key {@code 2024-05-01}, in calendar order. */
  public static final EventGrouping DAY = new EventGrouping("day");

  /** One bucket per event name, busiest first. */
  public static final EventGrouping EVENT_NAME = new EventGrouping("event_name");

  /**
   * A grouping by its wire value.
   *
   * @param value the wire value, not blank
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public EventGrouping {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("groupBy value must not be blank");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
