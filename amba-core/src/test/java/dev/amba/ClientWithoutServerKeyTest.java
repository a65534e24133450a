package dev.amba;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ClientWithoutServerKeyTest {

  private final AmbaClient amba = AmbaClient.configure(
      AmbaConfig.builder().projectId("p").clientKey("amb_dev_ck_x1234567").apiUrl("http://127.0.0.1:1").build());

  @Test
  void asUser_failsAtOnceNamingTheMissingSetting() {
    assertThatThrownBy(() -> amba.asUser("u1"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("server key")
        .hasMessageContaining("AMBA_SERVER_KEY");
  }

  @Test
  void adminUsers_failsAtOnceNamingTheMissingSetting() {
    assertThatThrownBy(amba::users).isInstanceOf(IllegalStateException.class).hasMessageContaining("AMBA_SERVER_KEY");
  }

  @Test
  void asUser_rejectsBadUidsBeforeAnythingElse() {
    AmbaClient withKey = AmbaClient.configure(amba.settings().toBuilder().serverKey("amb_dev_sk_y1234567").build());
    assertThatThrownBy(() -> withKey.asUser("")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("uid");
    assertThatThrownBy(() -> withKey.asUser(null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> withKey.asUser("a".repeat(129))).hasMessageContaining("1..128");
    assertThatThrownBy(() -> withKey.asUser("a b")).hasMessageContaining("[A-Za-z0-9_.:-]");
    assertThatThrownBy(() -> withKey.asUser("a\r\nX-Evil: 1")).hasMessageContaining("U+000D");
    assertThatThrownBy(() -> withKey.asUser("../admin")).hasMessageContaining("'/'");
    assertThat(withKey.asUser("user_1.a:b-c").uid()).isEqualTo("user_1.a:b-c");
    assertThat(withKey.asUser("a".repeat(128)).uid()).hasSize(128);
  }

  @Test
  void closedClient_failsFast() {
    AmbaClient withKey = AmbaClient.configure(amba.settings().toBuilder().serverKey("amb_dev_sk_y1234567").build());
    AmbaUser user = withKey.asUser("u1");
    withKey.close();
    withKey.close();
    assertThatThrownBy(() -> withKey.asUser("u1")).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    assertThatThrownBy(() -> user.events().track("x")).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    assertThatThrownBy(() -> withKey.auth().signInAnonymously()).hasMessageContaining("closed");
  }

  @Test
  void sdkVersion_comesFromTheBuild() {
    assertThat(System.getProperty("amba.expectedVersion")).isNotBlank();
    assertThat(AmbaClient.SDK_VERSION).isEqualTo(System.getProperty("amba.expectedVersion"));
  }
}
