package dev.amba.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.internal.WireForms;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SessionArgumentsTest {

  @Test
  void newSession_checksEachSetting_andNamesIt() {
    assertThatThrownBy(() -> NewSession.of(null)).hasMessageContaining("sessionId");
    assertThatThrownBy(() -> NewSession.of(" ")).hasMessageContaining("sessionId");
    assertThatThrownBy(() -> NewSession.of("x".repeat(129))).hasMessageContaining("sessionId");
    assertThatThrownBy(() -> NewSession.of("s").platform("")).hasMessageContaining("platform");
    assertThatThrownBy(() -> NewSession.of("s").appVersion("v".repeat(129))).hasMessageContaining("appVersion");
    assertThatThrownBy(() -> NewSession.of("s").metadata(null)).isInstanceOf(NullPointerException.class);
    assertThat(WireForms.of(NewSession.of("s").platform("ios").metadata(Map.of("a", 1))))
        .containsEntry("session_id", "s").containsEntry("platform", "ios").containsKey("metadata");
    assertThat(NewSession.of("s").sessionId()).isEqualTo("s");
    assertThat(NewSession.of("s")).isEqualTo(NewSession.of("s"));
  }

  @Test
  void appSession_isOpenUntilItEnds() {
    assertThat(new AppSession("i", "u", "s", null, null, null, null, null, null, null, null).isOpen()).isTrue();
    assertThat(new AppSession("i", "u", "s", null, java.time.Instant.EPOCH, 3L, null, null, null, null, Map.of())
        .isOpen()).isFalse();
  }
}
