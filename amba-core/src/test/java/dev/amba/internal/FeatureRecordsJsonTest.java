package dev.amba.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amba.ai.AnthropicMessage;
import dev.amba.ai.ChatCompletion;
import dev.amba.entitlements.Entitlement;
import dev.amba.events.EventCount;
import dev.amba.events.StoredEvent;
import dev.amba.internal.util.JsonValues;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The wire shapes of sections 8 to 10 decode into the SDK's records. */
class FeatureRecordsJsonTest {

  private static <T> T data(String json, Class<T> type) {
    Json.DataEnvelope<T> env = Json.decode(json.getBytes(StandardCharsets.UTF_8),
        Json.parameterized(Json.DataEnvelope.class, type));
    return env.data;
  }

  @Test
  void anthropicMessage_keepsTheProviderShape() {
    String body = "{\"id\":\"msg_1\",\"type\":\"message\",\"role\":\"assistant\",\"content\":[{\"type\":\"text\","
        + "\"text\":\"Hi\"}],\"model\":\"claude\",\"stop_reason\":\"end_turn\",\"stop_sequence\":null,\"usage\":"
        + "{\"input_tokens\":12,\"output_tokens\":3,\"cache_read_input_tokens\":5,\"service_tier\":\"standard\"}}";
    AnthropicMessage m = Json.decode(body.getBytes(StandardCharsets.UTF_8), AnthropicMessage.class);
    assertThat(m.text()).isEqualTo("Hi");
    assertThat(m.stopReason()).isEqualTo(AnthropicMessage.END_TURN);
    assertThat(m.usage()).isEqualTo(new AnthropicMessage.Usage(12, 3, null, 5L));
  }

  @Test
  void chatCompletion_keepsTheProviderShape() {
    String body = "{\"id\":\"c1\",\"object\":\"chat.completion\",\"created\":1700000000,\"model\":\"gpt\","
        + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"Yo\",\"refusal\":null},"
        + "\"logprobs\":null,\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":4,\"completion_tokens\":1,"
        + "\"total_tokens\":5},\"system_fingerprint\":\"fp\"}";
    ChatCompletion c = Json.decode(body.getBytes(StandardCharsets.UTF_8), ChatCompletion.class);
    assertThat(c.text()).isEqualTo("Yo");
    assertThat(c.choices().get(0).finishReason()).isEqualTo("stop");
    assertThat(c.usage()).isEqualTo(new ChatCompletion.Usage(4, 1, 5));
    assertThat(c.created()).isEqualTo(1700000000L);
  }

  @Test
  void entitlement_readsIsActive() {
    Entitlement e = data("{\"data\":{\"entitlement_id\":\"pro\",\"is_active\":true,\"product_id\":null,"
        + "\"store\":\"stripe\",\"purchase_date\":\"2030-01-01T00:00:00Z\",\"expiration_date\":null}}", Entitlement.class);
    assertThat(e).isEqualTo(new Entitlement("pro", true, null, "stripe", Instant.parse("2030-01-01T00:00:00Z"), null));
  }

  @Test
  void eventCountAndStoredEvent() {
    EventCount c = data("{\"data\":{\"total\":3,\"buckets\":[{\"key\":\"2030-01-01\",\"count\":3}]}}", EventCount.class);
    assertThat(c.byKey()).containsExactly(Map.entry("2030-01-01", 3L));
    StoredEvent e = data("{\"data\":{\"id\":\"e1\",\"app_user_id\":\"u1\",\"event_name\":\"a_b\",\"properties\":"
        + "{\"n\":2},\"occurred_at\":\"2030-01-01T00:00:00Z\"}}", StoredEvent.class);
    assertThat(e.appUserId()).isEqualTo("u1");
    assertThat(e.properties()).containsEntry("n", new BigDecimal(2));
  }

  @Test
  void configValues_decodeAsJsonP_thenPlainImmutableValues() {
    JsonObject o = data("{\"data\":{\"n\":1,\"d\":1.5,\"s\":\"x\",\"b\":false,\"l\":[1],\"m\":{\"k\":null}}}",
        JsonObject.class);
    Map<String, Object> values = JsonValues.toMap(o);
    assertThat(values).containsEntry("n", 1L).containsEntry("d", new BigDecimal("1.5")).containsEntry("s", "x")
        .containsEntry("b", false).containsEntry("l", List.of(1L));
    assertThat(values.get("m")).isEqualTo(java.util.Collections.singletonMap("k", null));
  }
}
