package dev.amba.segments;

/** The comparison of a {@link Condition} (amba-api-modules.md 36.3 #3). */
public enum ConditionOp {
  /** JSON equality. */
  EQ("eq"),
  NEQ("neq"),
  /** Numbers, or instants when both sides are timestamps. */
  GT("gt"),
  GTE("gte"),
  LT("lt"),
  LTE("lte"),
  /** A substring of a string, or a member of an array. */
  CONTAINS("contains"),
  NOT_CONTAINS("not_contains"),
  /** Present and not null. */
  EXISTS("exists"),
  NOT_EXISTS("not_exists"),
  /** A timestamp newer than now minus a duration. */
  WITHIN("within"),
  NOT_WITHIN("not_within"),
  /** An operator this SDK does not know, in a segment read from the server; it cannot be sent back. */
  UNKNOWN(null);

  private final String wire;

  ConditionOp(String wire) {
    this.wire = wire;
  }

  /** The name on the wire ({@code not_contains}); null for {@link #UNKNOWN}. */
  public String wireName() {
    return wire;
  }

  /** The operator of a wire name, {@link #UNKNOWN} for a name this SDK does not know. */
  public static ConditionOp fromWire(String name) {
    for (ConditionOp op : values()) {
      if (op.wire != null && op.wire.equals(name)) {
        return op;
      }
    }
    return UNKNOWN;
  }
}
