package dev.amba.sync;

import java.util.List;

/**
 * One page of pulled changes, oldest first.
 *
 * @param checkpointToken where the next pull starts; the token given when nothing changed, null
 *     when none was given either
 * @param hasMore whether more changes follow the page: pull again with its token
 */
public record SyncPull(List<PulledChange> changes, String checkpointToken, boolean hasMore) {

  public SyncPull {
    changes = changes == null ? List.of() : List.copyOf(changes);
  }
}
