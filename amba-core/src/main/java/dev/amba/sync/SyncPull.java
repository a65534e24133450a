package dev.amba.sync;

import java.util.List;

/**
 * One page of pulled changes, oldest first.
 *
 * @param changes the changed rows, oldest change first; never null
 * @param checkpointToken where the next pull starts; the token given when nothing changed, null
 *     when none was given either
 * @param hasMore whether more changes follow the page: pull again with its token
 */
public record SyncPull(List<PulledChange> changes, String checkpointToken, boolean hasMore) {

  /**
   * A page; {@code changes} is copied, and null reads as empty.
   *
   * @param changes the changed rows, or null for none
   * @param checkpointToken where the next pull starts, or null
   * @param hasMore whether more changes follow the page
   */
  public SyncPull {
    changes = changes == null ? List.of() : List.copyOf(changes);
  }
}
