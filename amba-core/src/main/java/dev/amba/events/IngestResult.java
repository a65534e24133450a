package dev.amba.events;

/**
 * What an ingest did.
 *
 * @param ingested events newly stored
 * @param duplicates events whose {@code event_id} the project already held; acknowledged, not stored again
 */
public record IngestResult(int ingested, int duplicates) {

  /**
   * This result plus another one's, for a list sent in several batches.
   *
   * @param other the result of another batch, not null
   * @return the sums of both counts
   */
  public IngestResult plus(IngestResult other) {
    return new IngestResult(ingested + other.ingested, duplicates + other.duplicates);
  }
}
