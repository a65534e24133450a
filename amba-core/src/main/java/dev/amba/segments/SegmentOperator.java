package dev.amba.segments;

import java.util.Locale;

/** How a group combines its conditions: all of them ({@code AND}) or any ({@code OR}). */
public enum SegmentOperator {
  AND,
  OR,
  /** An operator this SDK does not know, in a segment read from the server; it cannot be sent back. */
  UNKNOWN;

  /** The operator of a wire name, {@link #UNKNOWN} for a name this SDK does not know. */
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
