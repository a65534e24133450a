package dev.amba.servlet.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FilterSettingsTest {

  @Test
  void parseDuration_readsUnitsBareSecondsAndIso8601() {
    assertThat(FilterSettings.parseDuration("500ms")).isEqualTo(Duration.ofMillis(500));
    assertThat(FilterSettings.parseDuration("30s")).isEqualTo(Duration.ofSeconds(30));
    assertThat(FilterSettings.parseDuration("2m")).isEqualTo(Duration.ofMinutes(2));
    assertThat(FilterSettings.parseDuration("1h")).isEqualTo(Duration.ofHours(1));
    assertThat(FilterSettings.parseDuration(" 12 ")).isEqualTo(Duration.ofSeconds(12));
    assertThat(FilterSettings.parseDuration("pt1.5s")).isEqualTo(Duration.ofMillis(1500));
  }

  @Test
  void parseDuration_rejectsZeroNegativeAndGarbage() {
    assertThatThrownBy(() -> FilterSettings.parseDuration("0s")).hasMessageContaining("positive");
    assertThatThrownBy(() -> FilterSettings.parseDuration("PT-1S")).hasMessageContaining("positive");
    assertThatThrownBy(() -> FilterSettings.parseDuration("ten seconds")).hasMessageContaining("not a duration");
  }
}
