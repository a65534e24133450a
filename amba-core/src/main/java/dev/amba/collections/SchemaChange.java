package dev.amba.collections;

/**
 * The outcome of a schema change.
 *
 * @param version the collection's schema version after the change
 * @param status the server's word for it; {@value #APPLIED} once the change is live
 */
public record SchemaChange(String name, int version, String status) {

  public static final String APPLIED = "applied";

  /** Whether the change is live. */
  public boolean isApplied() {
    return APPLIED.equals(status);
  }
}
