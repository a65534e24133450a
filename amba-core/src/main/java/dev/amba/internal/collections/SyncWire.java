package dev.amba.internal.collections;

import dev.amba.sync.ChangeResult;
import dev.amba.sync.ChangeStatus;
import dev.amba.sync.PulledChange;
import dev.amba.sync.SyncAction;
import dev.amba.sync.SyncConflict;
import dev.amba.sync.SyncPull;
import dev.amba.sync.SyncResult;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Sync answers as they arrive (37.1, 37.2). */
public final class SyncWire {

  private SyncWire() {}

  public record Pushed(Integer applied, List<Conflict> conflicts, String checkpointToken, List<Result> results) {
    SyncResult toResult() {
      return new SyncResult(applied == null ? 0 : applied,
          conflicts == null ? List.of() : conflicts.stream().map(Conflict::toConflict).toList(), checkpointToken,
          results == null ? List.of() : results.stream().map(Result::toResult).toList());
    }
  }

  public record Conflict(String entityType, String entityId, String resolution, Map<String, Object> serverData) {
    SyncConflict toConflict() {
      // The protocol names one resolution; an answer naming none can only mean it.
      return new SyncConflict(entityType, entityId, resolution == null ? SyncConflict.SERVER_WINS : resolution,
          serverData);
    }
  }

  public record Result(String entityType, String entityId, String status) {
    ChangeResult toResult() {
      return new ChangeResult(entityType, entityId, new ChangeStatus(status == null ? "unknown" : status));
    }
  }

  public record Pulled(List<Change> changes, String checkpointToken, Boolean hasMore) {
    SyncPull toPull() {
      return new SyncPull(changes == null ? List.of() : changes.stream().map(Change::toChange).toList(),
          checkpointToken, Boolean.TRUE.equals(hasMore));
    }
  }

  public record Change(String entityType, String entityId, String action, Map<String, Object> data,
      Instant clientTimestamp) {
    PulledChange toChange() {
      return new PulledChange(entityType, entityId, new SyncAction(action == null ? "update" : action), data,
          clientTimestamp);
    }
  }
}
