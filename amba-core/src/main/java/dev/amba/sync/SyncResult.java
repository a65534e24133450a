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

  public SyncResult {
    conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
    results = results == null ? List.of() : List.copyOf(results);
  }
}
