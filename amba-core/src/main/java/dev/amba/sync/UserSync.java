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
   * @param changes the changes in the order the user made them, at most {@link #MAX_CHANGES}
   * @return how many were applied, the conflicts with the rows as the server has them, the new
   *     checkpoint, and one outcome per change
   * @throws IllegalArgumentException for more than {@link #MAX_CHANGES} changes, before sending
   * @throws NullPointerException for a null list or element, before sending
   * @throws dev.amba.AmbaBadRequestException ({@code invalid_input}) when a change names a
   *     collection the project does not have, or its data does not fit the collection's columns
   */
  SyncResult pushChanges(List<SyncChange> changes);

  /**
   * The first page of the user's rows of {@code entityType}, oldest change first; the same as
   * {@code pullChanges(entityType, null)}.
   *
   * @param entityType the collection's name: 1 to 50 characters of {@code [a-z0-9_]} starting with a letter, not
   *     reserved by Amba
   * @return up to 100 rows, with the token to pull the next page from
   * @throws IllegalArgumentException for a bad collection name, before sending
   * @throws dev.amba.AmbaBadRequestException ({@code invalid_input}) for an unknown collection
   */
  SyncPull pullChanges(String entityType);

  /**
   * The user's rows of {@code entityType} changed after {@code checkpointToken}, oldest change first,
   * at most 100.
   *
   * @param entityType the collection's name: 1 to 50 characters of {@code [a-z0-9_]} starting with a letter, not
   *     reserved by Amba
   * @param checkpointToken a token a push or a pull answered; null for the beginning
   * @return up to 100 rows, with the token to pull the next page from
   * @throws IllegalArgumentException for a bad collection name or a blank token, before sending
   * @throws dev.amba.AmbaBadRequestException ({@code invalid_input}) for an unknown collection or a
   *     token the service did not make
   */
  SyncPull pullChanges(String entityType, String checkpointToken);
}
