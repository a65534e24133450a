package dev.amba.internal.collections;

import dev.amba.internal.UserCalls;
import dev.amba.internal.endpoint.SyncEndpoints;
import dev.amba.sync.SyncChange;
import dev.amba.sync.SyncPull;
import dev.amba.sync.SyncResult;
import dev.amba.sync.UserSync;
import java.util.List;
import java.util.Map;

/**
 * Sync (37) is the collections area's: it replays changes onto collection rows and is checked by
 * the same naming rules ({@link CollectionNames}), so it lives here rather than in an area of its
 * own that would build on this one.
 */
public final class SyncClient implements UserSync {

  private final UserCalls calls;

  public SyncClient(UserCalls calls) {
    this.calls = calls;
  }

  @Override
  public SyncResult pushChanges(List<SyncChange> changes) {
    return calls.call(SyncEndpoints.PUSH).body(Map.of("changes", SyncArguments.batch(changes, MAX_CHANGES)))
        .<SyncWire.Pushed>data(SyncWire.Pushed.class).toResult();
  }

  @Override
  public SyncPull pullChanges(String entityType) {
    return pullChanges(entityType, null);
  }

  @Override
  public SyncPull pullChanges(String entityType, String checkpointToken) {
    SyncArguments.entityType(entityType);
    if (checkpointToken != null && checkpointToken.isBlank()) {
      throw new IllegalArgumentException("checkpointToken must not be blank; pass null to pull from the beginning");
    }
    return calls.call(SyncEndpoints.PULL).query("entity_type", entityType).query("checkpoint_token", checkpointToken)
        .<SyncWire.Pulled>data(SyncWire.Pulled.class).toPull();
  }
}
