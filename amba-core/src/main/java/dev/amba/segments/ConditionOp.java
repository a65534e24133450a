package dev.amba.segments;

/** The comparison of a {@link Condition} (amba-api-modules.md 36.3 #3). */
public enum ConditionOp {
  /** JSON equality. */
  EQ("eq"),
  /** JSON inequality: the negation of {@link #EQ}. */
  NEQ("neq"),
  /** Numbers, or instants when both sides are timestamps. */
  GT("gt"),
  /** Greater than or equal, for numbers or timestamps. */
  GTE("gte"),
  /** Less than, for numbers or timestamps. */
  LT("lt"),
  /** Less than or equal, for numbers or timestamps. */
  LTE("lte"),
  /** A substring of a string, or a member of an array. */
  CONTAINS("contains"),
  /** The negation of {@link #CONTAINS}. */
  NOT_CONTAINS("not_contains"),
  /** Present and not null. */
  EXISTS("exists"),
  /** Missing or null: the negation of {@link #EXISTS}. */
  NOT_EXISTS("not_exists"),
  /** A timestamp newer than now minus a duration. */
  WITHIN("within"),
  /** The negation of {@link #WITHIN}; also true when the field is not set. */
  NOT_WITHIN("not_within"),
  /** An operator this SDK does not know, in a segment read from the server; it cannot be sent back. */
  UNKNOWN(null);

  private final String wire;

  ConditionOp(String wire) {
    this.wire = wire;
  }

  /**
   * The name on the wire.
   *
   * @return the wire name, such as {@code not_contains}; null for {@link #UNKNOWN}
   */
  public String wireName() {
    return wire;
  }

  /**
   * The operator of a wire name.
   *
   * @param name the wire name, such as {@code gte}; may be null
   * @return the operator, or {@link #UNKNOWN} for a name this SDK does not know
   */
  public static ConditionOp fromWire(String name) {
    for (ConditionOp op : values()) {
      if (op.wire != null && op.wire.equals(name)) {
        return op;
      }
    }
    return UNKNOWN;
  }
}
