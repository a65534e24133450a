package dev.amba.segments;

import java.util.Locale;

/** How a group combines its conditions: all of them ({@code AND}) or any ({@code OR}). */
public enum SegmentOperator {
  /** Every rule of the group must hold; over nothing, it holds for everyone. */
  AND,
  /** At least one rule of the group must hold; over nothing, it holds for no one. */
  OR,
  /** An operator this SDK does not know, in a segment read from the server; it cannot be sent back. */
  UNKNOWN;

  /**
   * The operator of a wire name, in any case.
   *
   * @param name the wire name, such as {@code AND}; may be null
   * @return the operator, or {@link #UNKNOWN} for a name this SDK does not know
   */
  public static SegmentOperator fromWire(String name) {
    if (name != null) {
      for (SegmentOperator o : values()) {
        if (o != UNKNOWN && o.name().equals(name.toUpperCase(Locale.ROOT))) {
          return o;
        }
      }
    }
    return UNKNOWN;
  }
}
