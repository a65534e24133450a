/**
 * Sync: a user's changes made offline, replayed onto its own collection rows in the order they
 * were made, and the rows changed since a checkpoint pulled back (amba-api-modules.md 37).
 *
 * <p>A change names a collection ({@code entityType}) and a row id ({@code entityId}); the row is
 * always the acting user's. The server wins a conflict: a change made before the row's last
 * server-side write is not applied, and the row as it is now comes back in the answer.
 *
 * <pre>{@code
 * UserSync sync = amba.asUser(uid).sync();
 * SyncResult pushed = sync.pushChanges(List.of(
 *     SyncChange.create("notes", noteId, Map.of("body", "Written on the train"), editedAt)));
 * SyncPull page = sync.pullChanges("notes", lastCheckpoint);   // then page.checkpointToken() next time
 * }</pre>
 */
package dev.amba.sync;
