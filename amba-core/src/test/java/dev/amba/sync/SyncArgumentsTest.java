package dev.amba.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaClient;
import dev.amba.AmbaConfig;
import dev.amba.internal.WireForms;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sync changes and calls refuse bad names, ids, data and batches before anything is sent (37). */
class SyncArgumentsTest {

  private static final String ID = "123e4567-e89b-12d3-a456-426614174000";
  private static final Instant AT = Instant.parse("2030-01-01T10:00:00.123Z");
  private AmbaClient amba;
  private UserSync sync;

  @BeforeEach
  void client() {
    // Nothing listens on port 1: a call that got past its checks would fail with a transport error.
    amba = AmbaClient.configure(AmbaConfig.builder().projectId("p").clientKey("amb_dev_ck_x1234567")
        .serverKey("amb_dev_sk_x1234567").apiUrl("http://127.0.0.1:1").build());
    sync = amba.asUser("me").sync();
  }

  @AfterEach
  void close() {
    amba.close();
  }

  @Test
  void aChange_namesItsCollection_andItsRowByUuid() {
    assertThatThrownBy(() -> SyncChange.delete("Notes", ID, AT)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("entityType ");
    assertThatThrownBy(() -> SyncChange.delete("push_tokens", ID, AT)).hasMessageStartingWith("entityType ");
    assertThatThrownBy(() -> SyncChange.delete(null, ID, AT)).hasMessageStartingWith("entityType ");
    assertThatThrownBy(() -> SyncChange.delete("notes", "n1", AT)).hasMessageStartingWith("entityId ");
    assertThatThrownBy(() -> SyncChange.delete("notes", null, AT)).hasMessageStartingWith("entityId ");
    assertThatThrownBy(() -> SyncChange.delete("notes", ID, null)).isInstanceOf(NullPointerException.class)
        .hasMessage("clientTimestamp");
  }

  @Test
  void data_isUserColumns_andAnUpdateSetsOne() {
    assertThatThrownBy(() -> SyncChange.create("notes", ID, null, AT)).isInstanceOf(NullPointerException.class)
        .hasMessage("data");
    assertThatThrownBy(() -> SyncChange.update("notes", ID, Map.of(), AT)).hasMessageStartingWith("data ");
    assertThatThrownBy(() -> SyncChange.update("notes", ID, Map.of("user_id", "x"), AT))
        .hasMessageStartingWith("data column ").hasMessageContaining("server-managed");
    assertThatThrownBy(() -> SyncChange.create("notes", ID, Map.of("bad-name", 1), AT))
        .hasMessageStartingWith("data column ");
  }

  @Test
  void aChange_isImmutable_keepsNulls_andHasTheWireFormOf37() {
    Map<String, Object> data = new HashMap<>();
    data.put("body", null);
    SyncChange change = SyncChange.update("notes", ID, data, AT);
    data.put("body", "later");

    assertThat(WireForms.of(change)).isEqualTo(Map.of("entity_type", "notes", "entity_id", ID, "action", "update",
        "data", Collections.singletonMap("body", null), "client_timestamp", "2030-01-01T10:00:00.123Z"));
    assertThat(WireForms.of(SyncChange.delete("notes", ID, AT))).doesNotContainKey("data");
    assertThat(change).isEqualTo(SyncChange.update("notes", ID, Collections.singletonMap("body", null), AT));
    assertThat(change.action()).isEqualTo(SyncAction.UPDATE);
    assertThat(change.entityType()).isEqualTo("notes");
    assertThat(change.entityId()).isEqualTo(ID);
  }

  @Test
  void aPush_takesAtMost500Changes_noneNull() {
    List<SyncChange> many = new ArrayList<>(Collections.nCopies(501, SyncChange.delete("notes", ID, AT)));
    assertThatThrownBy(() -> sync.pushChanges(many)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("changes: at most 500");
    assertThatThrownBy(() -> sync.pushChanges(null)).isInstanceOf(NullPointerException.class).hasMessage("changes");
    List<SyncChange> withNull = new ArrayList<>();
    withNull.add(null);
    assertThatThrownBy(() -> sync.pushChanges(withNull)).isInstanceOf(NullPointerException.class)
        .hasMessage("changes[0]");
  }

  @Test
  void aPull_namesACollection_andATokenIsNotBlank() {
    assertThatThrownBy(() -> sync.pullChanges("Bad")).hasMessageStartingWith("entityType ");
    assertThatThrownBy(() -> sync.pullChanges("notes", " ")).hasMessageStartingWith("checkpointToken ");
  }

  @Test
  void the4xInsertAction_readsAsCreate() {
    assertThat(new SyncAction("INSERT")).isEqualTo(SyncAction.CREATE);
  }
}
