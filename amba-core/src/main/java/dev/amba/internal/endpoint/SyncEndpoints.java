package dev.amba.internal.endpoint;

import static dev.amba.internal.endpoint.Credential.ACTING_USER;
import static dev.amba.internal.endpoint.Declarations.CLIENT;
import static dev.amba.internal.endpoint.Retry.IDEMPOTENCY_ID;
import static dev.amba.internal.endpoint.Retry.METHOD;

/**
 * Sync (amba-api-modules.md 37): a user's offline changes replayed onto its own collection rows,
 * and the rows changed since a checkpoint pulled back.
 */
public final class SyncEndpoints {

  private SyncEndpoints() {}

  static final Declarations AREA = new Declarations();

  private static final String SYNC = CLIENT + "/sync";

  /**
   * X: the SDK sends an {@code Idempotency-Key} per push, so a push whose answer was lost is
   * retried and answered as the first one was (M2); a push replayed without the key changes
   * nothing either (a replayed change finds its own result and answers {@code unchanged}). X: the
   * answer also carries {@code results}, one {@code {entity_type, entity_id, status}} per change in
   * order, {@code status} one of {@code applied}, {@code conflict}, {@code skipped},
   * {@code unchanged}; the SDK reads it when present.
   */
  public static final Endpoint PUSH = AREA.declare("sync.push", "POST", SYNC, ACTING_USER, IDEMPOTENCY_ID, Shape.ITEM);
  /** X: a pull that finds no row answers the {@code checkpoint_token} it was given, so the caller keeps its place. */
  public static final Endpoint PULL = AREA.declare("sync.pull", "GET", SYNC, ACTING_USER, METHOD, Shape.ITEM);
}
