package dev.amba.sync;

import java.util.List;

/**
 * The answer to a push.
 *
 * @param applied how many changes were written
 * @param conflicts the changes the server did not apply because their row changed after them
 * @param checkpointToken the checkpoint of the newest row the push wrote, to pull from; null when
 *     it wrote none
 * @param results one outcome per change, in push order; empty when the service does not send them
 */
public record SyncResult(int applied, List<SyncConflict> conflicts, String checkpointToken, List<ChangeResult> results) {

  /**
   * A push's answer; the lists are copied, and null reads as empty.
   *
   * @param applied how many changes were written
   * @param conflicts the changes not applied for a newer server row, or null
   * @param checkpointToken the checkpoint of the newest row written, or null
   * @param results one outcome per change, or null
   */
  public SyncResult {
    conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
    results = results == null ? List.of() : List.copyOf(results);
  }
}
