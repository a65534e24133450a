package dev.amba.cdi.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ClientSettingsTest {

  @Test
  void environmentVariable_followsMicroProfileMapping() {
    assertThat(ClientSettings.environmentVariable("amba.project-id")).isEqualTo("AMBA_PROJECT_ID");
    assertThat(ClientSettings.environmentVariable("amba.clients.tenant-a.server-key"))
        .isEqualTo("AMBA_CLIENTS_TENANT_A_SERVER_KEY");
  }

  @Test
  void names_areLettersDigitsDashesAndUnderscores() {
    assertThat(ClientSettings.isValidName("acme")).isTrue();
    assertThat(ClientSettings.isValidName("tenant-a_2")).isTrue();
    assertThat(ClientSettings.isValidName("")).isFalse();
    assertThat(ClientSettings.isValidName("-lead")).isFalse();
    assertThat(ClientSettings.isValidName("a.b")).isFalse();
    assertThat(ClientSettings.isValidName("x".repeat(65))).isFalse();
  }

  @Test
  void parseDuration_readsUnitsBareSecondsAndIso8601() {
    assertThat(ClientSettings.parseDuration("250ms")).isEqualTo(Duration.ofMillis(250));
    assertThat(ClientSettings.parseDuration("15")).isEqualTo(Duration.ofSeconds(15));
    assertThat(ClientSettings.parseDuration("2m")).isEqualTo(Duration.ofMinutes(2));
    assertThat(ClientSettings.parseDuration("PT1M30S")).isEqualTo(Duration.ofSeconds(90));
    assertThatThrownBy(() -> ClientSettings.parseDuration("0")).hasMessageContaining("positive");
    assertThatThrownBy(() -> ClientSettings.parseDuration("fast")).hasMessageContaining("not a duration");
  }
}
