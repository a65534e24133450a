package dev.amba.sync;

import java.util.List;

/**
 * The acting user's offline changes, from {@code amba.asUser(uid).sync()}. Every change and every
 * pulled row is the acting user's: an id of another user's row is skipped, never written, never read.
 *
 * <pre>{@code
 * SyncResult r = amba.asUser(uid).sync().pushChanges(queued);
 * for (SyncConflict c : r.conflicts()) {
 *   local.replace(c.entityId(), c.serverData());   // the server won
 * }
 * }</pre>
 */
public interface UserSync {

  /** The most changes one push may carry. */
  int MAX_CHANGES = 500;

  /**
   * Replays {@code changes} in list order, each on its own (37.3): a change is applied, or reported
   * as a conflict (its row changed on the server after it), or skipped. The whole batch is checked
   * first; a bad change refuses the batch and nothing is applied. Retried safely: the SDK sends one
   * {@code Idempotency-Key} per push.
   *
   * @throws IllegalArgumentException for more than {@link #MAX_CHANGES} changes, before sending
   * @throws NullPointerException for a null list or element, before sending
   * @throws dev.amba.AmbaBadRequestException ({@code invalid_input}) when a change names a
   *     collection the project does not have, or its data does not fit the collection's columns
   */
  SyncResult pushChanges(List<SyncChange> changes);

  /** The first page of the user's rows of {@code entityType}, oldest change first. */
  SyncPull pullChanges(String entityType);

  /**
   * The user's rows of {@code entityType} changed after {@code checkpointToken}, oldest change first,
   * at most 100.
   *
   * @param checkpointToken a token a push or a pull answered; null for the beginning
   * @throws IllegalArgumentException for a bad collection name or a blank token, before sending
   * @throws dev.amba.AmbaBadRequestException ({@code invalid_input}) for an unknown collection or a
   *     token the service did not make
   */
  SyncPull pullChanges(String entityType, String checkpointToken);
}
