package dev.amba.leagues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaClient;
import dev.amba.AmbaConfig;
import dev.amba.internal.WireForms;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the league values send, and every bad argument refused before anything is sent. */
class LeagueArgumentsTest {

  private final AmbaClient amba = AmbaClient.configure(AmbaConfig.builder().projectId("p")
      .clientKey("amb_dev_ck_x1234567").serverKey("amb_dev_sk_y1234567").apiUrl("http://127.0.0.1:1").build());

  @AfterEach
  void close() {
    amba.close();
  }

  @Test
  void newLeague_andUpdate_buildTheDocumentedBodies() {
    assertThat(WireForms.of(NewLeague.of("Diamond", 3).promoteCount(0).demoteCount(4).cohortSize(20)))
        .containsExactly(Map.entry("name", "Diamond"), Map.entry("tier_order", 3), Map.entry("promote_count", 0),
            Map.entry("demote_count", 4), Map.entry("cohort_size", 20));
    assertThat(WireForms.of(LeagueUpdate.create().cohortSize(5).active(false).name("D")))
        .containsExactly(Map.entry("cohort_size", 5), Map.entry("is_active", false), Map.entry("name", "D"));
  }

  @Test
  void badValues_areRefusedNamingTheArgument() {
    assertThatThrownBy(() -> NewLeague.of("", 0)).hasMessageContaining("name");
    assertThatThrownBy(() -> NewLeague.of("D", -1)).hasMessageContaining("tierOrder");
    assertThatThrownBy(() -> NewLeague.of("D", 1001)).hasMessageContaining("0..1000");
    assertThatThrownBy(() -> NewLeague.of("D", 1).promoteCount(-1)).hasMessageContaining("promoteCount");
    assertThatThrownBy(() -> NewLeague.of("D", 1).demoteCount(1001)).hasMessageContaining("demoteCount");
    assertThatThrownBy(() -> NewLeague.of("D", 1).cohortSize(0)).hasMessageContaining("cohortSize");
    assertThatThrownBy(() -> LeagueUpdate.create().cohortSize(1001)).hasMessageContaining("cohortSize");
    assertThatThrownBy(() -> LeagueUpdate.create().name(" ")).hasMessageContaining("name");
  }

  @Test
  void calls_refuseBadIdsAndEmptyUpdates_beforeSending() {
    ProjectLeagues admin = amba.leagues();
    for (String bad : new String[] {null, "", " ", ".."}) {
      assertThatThrownBy(() -> admin.delete(bad)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("leagueId");
      assertThatThrownBy(() -> admin.update(bad, LeagueUpdate.create().name("N")))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("leagueId");
    }
    assertThatThrownBy(() -> admin.update("l1", LeagueUpdate.create()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one");
    assertThatThrownBy(() -> admin.create(null)).isInstanceOf(NullPointerException.class);
  }
}
