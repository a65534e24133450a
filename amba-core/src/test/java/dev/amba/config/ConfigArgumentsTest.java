package dev.amba.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaClient;
import dev.amba.AmbaConfig;
import dev.amba.internal.WireForms;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigArgumentsTest {

  @Test
  void newEntry_needsAKeyAndANonNullValue() {
    NewConfigEntry e = NewConfigEntry.of("max_upload_mb", 25).valueType(ConfigValueType.NUMBER).description("MB");
    assertThat(WireForms.of(e)).containsExactly(Map.entry("key", "max_upload_mb"), Map.entry("value", 25),
        Map.entry("value_type", "number"), Map.entry("description", "MB"));
    assertThatThrownBy(() -> NewConfigEntry.of("", 1)).hasMessageContaining("key");
    assertThatThrownBy(() -> NewConfigEntry.of("a b", 1)).hasMessageContaining("key");
    assertThatThrownBy(() -> NewConfigEntry.of("k".repeat(129), 1)).hasMessageContaining("1..128");
    assertThatThrownBy(() -> NewConfigEntry.of("k", null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> NewConfigEntry.of("k", 1).valueType(" ")).hasMessageContaining("valueType");
  }

  @Test
  void update_sendsOnlyWhatWasSet_andNullClearsTheDescription() {
    assertThat(WireForms.of(ConfigUpdate.create())).isEmpty();
    assertThat(WireForms.of(ConfigUpdate.create().description(null))).containsEntry("description", null).hasSize(1);
    assertThatThrownBy(() -> ConfigUpdate.create().value(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void adminCalls_withoutAServerKey_failNamingTheSetting_butValuesNeedsNone() {
    try (AmbaClient app = AmbaClient.configure(AmbaConfig.builder().projectId("p").clientKey("amb_dev_ck_x1234567")
        .apiUrl("http://127.0.0.1:1").build())) {
      ProjectConfig config = app.config();
      assertThatThrownBy(config::entries).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("AMBA_SERVER_KEY");
      assertThatThrownBy(() -> config.delete("k")).hasMessageContaining("AMBA_SERVER_KEY");
      assertThatThrownBy(() -> config.update("k", ConfigUpdate.create())).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(app::events).hasMessageContaining("AMBA_SERVER_KEY");
      assertThatThrownBy(app::ai).hasMessageContaining("AMBA_SERVER_KEY");
      assertThatThrownBy(app::entitlements).hasMessageContaining("AMBA_SERVER_KEY");
    }
  }
}
