package dev.amba.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaClient;
import dev.amba.AmbaConfig;
import dev.amba.internal.WireForms;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Push arguments are checked before anything is sent (the client points at a closed port). */
class PushArgumentsTest {

  private final AmbaClient amba = AmbaClient.configure(AmbaConfig.builder().projectId("p")
      .clientKey("amb_dev_ck_x1234567").serverKey("amb_dev_sk_y1234567").apiUrl("http://127.0.0.1:1")
      .sleeper(d -> { }).build());

  @AfterEach
  void close() {
    amba.close();
  }

  @Test
  void platform_isAnOpenSetOfWireValues() {
    assertThat(Platform.of("apns")).isEqualTo(Platform.APNS);
    assertThat(Platform.of("huawei").value()).isEqualTo("huawei");
    assertThat(Platform.APNS.needsBundleId()).isTrue();
    assertThat(Platform.FCM.needsBundleId()).isTrue();
    assertThat(Platform.WEB.needsBundleId()).isFalse();
    assertThat(Platform.of("huawei").needsBundleId()).isFalse();
    assertThatThrownBy(() -> Platform.of(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThat(new CampaignStatus("archived").isEditable()).isFalse();
    assertThat(CampaignStatus.SCHEDULED.isEditable()).isTrue();
  }

  @Test
  void register_refusesBadTokensAndAMissingBundleIdBeforeSending() {
    UserPush push = amba.asUser("u1").push();
    assertThatThrownBy(() -> push.register("t", Platform.APNS, null)).hasMessageContaining("bundleId is required");
    assertThatThrownBy(() -> push.register("t", Platform.WEB, " ")).hasMessageStartingWith("bundleId");
    assertThatThrownBy(() -> push.register(null, Platform.WEB)).hasMessageStartingWith("token");
    assertThatThrownBy(() -> push.register("x".repeat(4097), Platform.WEB)).hasMessageContaining("4096");
    assertThatThrownBy(() -> push.register("t", null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> push.unregister("")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void pushToken_toStringShowsOnlyTheStartOfTheToken() {
    PushToken t = new PushToken("id1", "abcdef0123456789secret", Platform.FCM, "com.x", Instant.EPOCH);
    assertThat(t.toString()).contains("abcdef").doesNotContain("secret");
  }

  @Test
  void campaigns_spellTheirScheduleOnTheWire() {
    NewCampaign absolute = NewCampaign.of("t", "b").scheduleAt(Instant.parse("2030-01-01T09:00:00Z"));
    assertThat(WireForms.of(absolute)).containsEntry("delivery_mode", "absolute")
        .containsEntry("scheduled_at", "2030-01-01T09:00:00Z");

    NewCampaign local = absolute.scheduleAtLocalTime(LocalDate.of(2030, 1, 2), LocalTime.of(7, 5));
    assertThat(WireForms.of(local)).containsEntry("delivery_mode", "local_time").containsEntry("local_date", "2030-01-02")
        .containsEntry("local_time", "07:05").doesNotContainKey("scheduled_at");

    Map<String, Object> cleared = new HashMap<>();
    cleared.put("delivery_mode", "absolute");
    cleared.put("scheduled_at", null);
    cleared.put("local_date", null);
    cleared.put("local_time", null);
    assertThat(WireForms.of(CampaignUpdate.create().unschedule())).isEqualTo(cleared);
    assertThat(WireForms.of(CampaignUpdate.create().segment(null))).containsEntry("segment_id", null);
  }

  @Test
  void campaignArguments_areCheckedWhenMade() {
    assertThatThrownBy(() -> NewCampaign.of(" ", "b")).hasMessage("title must not be blank");
    assertThatThrownBy(() -> NewCampaign.of("t", null)).isInstanceOf(NullPointerException.class).hasMessage("body");
    assertThatThrownBy(() -> NewCampaign.of("t", "b").scheduleAtLocalTime(LocalDate.of(2030, 1, 1), LocalTime.of(9, 0, 30)))
        .hasMessageContaining("HH:mm");
    assertThatThrownBy(() -> NewCampaign.of("t", "b").data(Map.of("", 1))).hasMessageStartingWith("data");
    assertThatThrownBy(() -> TestPush.of("t", "b").toUser(" ")).hasMessageStartingWith("userId");
    PushCampaigns campaigns = amba.push().campaigns();
    assertThatThrownBy(() -> campaigns.get(" ")).hasMessageStartingWith("campaignId");
    assertThatThrownBy(() -> campaigns.update("c1", CampaignUpdate.create())).hasMessageContaining("at least one");
    assertThatThrownBy(() -> campaigns.list(0, 0)).hasMessageStartingWith("limit");
  }
}
