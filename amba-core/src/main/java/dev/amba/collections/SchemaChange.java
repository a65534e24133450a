package dev.amba.collections;

/**
 * The outcome of a schema change.
 *
 * @param name the collection's name
 * @param version the collection's schema version after the change
 * @param status the server's word for it; {@value #APPLIED} once the change is live
 */
public record SchemaChange(String name, int version, String status) {

  /**
   * The status of a change that is live.
   */
  public static final String APPLIED = "applied";

  /**
   * Whether the change is live.
   *
   * @return true when the status is {@value #APPLIED}
   */
  public boolean isApplied() {
    return APPLIED.equals(status);
  }
}
