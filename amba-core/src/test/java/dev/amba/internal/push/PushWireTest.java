package dev.amba.internal.push;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amba.internal.Json;
import dev.amba.internal.WireForms;
import dev.amba.push.CampaignStatus;
import dev.amba.push.CampaignUpdate;
import dev.amba.push.DeliveryMode;
import dev.amba.push.Platform;
import dev.amba.push.PushCampaign;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** Push answers decode into the SDK's values, including server values this SDK has never heard of. */
class PushWireTest {

  @Test
  void aCampaign_decodesWithUnknownStatusesKept() {
    String json = "{\"id\":\"c1\",\"name\":null,\"title\":\"T\",\"body\":\"B\",\"data\":{\"n\":1},"
        + "\"segment_id\":null,\"status\":\"archived\",\"delivery_mode\":\"local_time\",\"scheduled_at\":null,"
        + "\"local_date\":\"2030-01-02\",\"local_time\":\"07:05\",\"sent_at\":null,"
        + "\"stats\":{\"sent\":3,\"delivered\":2,\"opened\":1,\"failed\":1},"
        + "\"created_at\":\"2030-01-01T00:00:00Z\",\"updated_at\":\"2030-01-01T00:00:00.123456Z\","
        + "\"some_new_field\":true}";
    PushCampaign c = Json.<PushWire.Campaign>decode(json.getBytes(StandardCharsets.UTF_8), PushWire.Campaign.class)
        .toPublic();

    assertThat(c.status()).isEqualTo(new CampaignStatus("archived"));
    assertThat(c.deliveryMode()).isEqualTo(DeliveryMode.LOCAL_TIME);
    assertThat(c.localDate()).isEqualTo(LocalDate.of(2030, 1, 2));
    assertThat(c.localTime()).isEqualTo(LocalTime.of(7, 5));
    assertThat(c.stats().failed()).isEqualTo(1);
    assertThat(c.data()).containsKey("n");
  }

  @Test
  void aToken_ofAnUnknownPlatform_decodes() {
    String json = "{\"id\":\"t1\",\"token\":\"abc\",\"platform\":\"huawei\",\"bundle_id\":null,"
        + "\"created_at\":\"2030-01-01T00:00:00Z\"}";
    assertThat(Json.<PushWire.Token>decode(json.getBytes(StandardCharsets.UTF_8), PushWire.Token.class).toPublic()
        .platform()).isEqualTo(Platform.of("huawei"));
  }

  @Test
  void unschedule_sendsExplicitNulls() {
    String body = new String(Json.encode(WireForms.of(CampaignUpdate.create().unschedule())), StandardCharsets.UTF_8);
    assertThat(body).contains("\"scheduled_at\":null").contains("\"local_date\":null").contains("\"local_time\":null");
  }
}
