package dev.amba.achievements;

import java.util.Objects;

/**
 * What an achievement's criteria measure, by wire value. A record rather than an enum: a type the
 * server adds later still decodes, and {@link #isKnown()} tells the caller this SDK cannot send it.
 *
 * @param value the wire value, such as {@code event_count}
 */
public record CriteriaType(String value) {

  /** The user's stored events of one name, all time, derived ones included. */
  public static final CriteriaType EVENT_COUNT = new CriteriaType("event_count");
  /** The longest run ({@code longest_count}) the user reached on one streak. */
  public static final CriteriaType STREAK_LENGTH = new CriteriaType("streak_length");
  /** The user's total XP. */
  public static final CriteriaType XP_THRESHOLD = new CriteriaType("xp_threshold");
  /** The number at one key of the user's profile {@code properties}. */
  public static final CriteriaType PROPERTY_VALUE = new CriteriaType("property_value");

  /**
   * A type by its wire value.
   *
   * @param value the wire value, not null
   * @throws NullPointerException if {@code value} is null
   */
  public CriteriaType {
    Objects.requireNonNull(value, "value");
  }

  /**
   * Whether this SDK knows the type, and so can build and send criteria of it.
   *
   * @return true for the four types this class names as constants
   */
  public boolean isKnown() {
    return equals(EVENT_COUNT) || equals(STREAK_LENGTH) || equals(XP_THRESHOLD) || equals(PROPERTY_VALUE);
  }

  @Override
  public String toString() {
    return value;
  }
}
