package dev.amba.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One user's scheduled push: checked as it is built, before anything is sent. */
class ScheduledPushTest {

  private static final Instant AT = Instant.parse("2030-01-01T09:00:00Z");

  @Test
  void of_refusesBlankTextAndAMissingInstant_namingTheArgument() {
    assertThatThrownBy(() -> ScheduledPush.of(" ", "b", AT)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("title");
    assertThatThrownBy(() -> ScheduledPush.of("t", "", AT)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("body");
    assertThatThrownBy(() -> ScheduledPush.of(null, "b", AT)).hasMessageContaining("title");
    assertThatThrownBy(() -> ScheduledPush.of("t", "b", null)).hasMessageContaining("scheduledAt");
    assertThatThrownBy(() -> ScheduledPush.of("t", "b", AT).data(Map.of("", 1))).hasMessageContaining("data");
  }

  @Test
  void aValue_isImmutable_andItsTextFormShowsNoMessageText() {
    ScheduledPush plain = ScheduledPush.of("Secret sale", "Only for you", AT);
    ScheduledPush withData = plain.data(Map.of("deep_link", "app://sale"));
    assertThat(plain.data()).isEmpty();
    assertThat(withData.data()).containsEntry("deep_link", "app://sale");
    assertThat(withData).isEqualTo(ScheduledPush.of("Secret sale", "Only for you", AT).data(Map.of("deep_link", "app://sale")))
        .isNotEqualTo(plain);
    assertThat(withData.toString()).contains("2030-01-01T09:00:00Z", "deep_link").doesNotContain("Secret", "Only");
  }
}
