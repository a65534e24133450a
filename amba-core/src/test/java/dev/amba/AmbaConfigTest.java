package dev.amba;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AmbaConfigTest {

  private static final String CK = "amb_dev_ck_0123456789abcdef";
  private static final String SK = "amb_dev_sk_fedcba9876543210";

  @Test
  void build_requiresProjectIdAndNamesIt() {
    assertThatThrownBy(() -> AmbaConfig.builder().clientKey(CK).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("projectId")
        .hasMessageContaining("AMBA_PROJECT_ID");
  }

  @Test
  void build_requiresClientKeyAndNamesIt() {
    assertThatThrownBy(() -> AmbaConfig.builder().projectId("p").clientKey("  ").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("clientKey")
        .hasMessageContaining("AMBA_CLIENT_KEY");
  }

  @Test
  void apiUrl_defaultsToProductionAndDropsTrailingSlashes() {
    AmbaConfig c = AmbaConfig.builder().projectId("p").clientKey(CK).build();
    assertThat(c.apiUrl().toString()).isEqualTo("https://api.amba.dev");
    AmbaConfig d = c.toBuilder().apiUrl("http://127.0.0.1:8787///").build();
    assertThat(d.apiUrl().toString()).isEqualTo("http://127.0.0.1:8787");
  }

  @Test
  void apiUrl_rejectsV1SuffixRelativeAndOtherSchemes() {
    AmbaConfig.Builder b = AmbaConfig.builder().projectId("p").clientKey(CK);
    assertThatThrownBy(() -> b.apiUrl("https://api.amba.dev/v1").build()).hasMessageContaining("/v1");
    assertThatThrownBy(() -> b.apiUrl("api.amba.dev").build()).hasMessageContaining("absolute http(s) URL");
    assertThatThrownBy(() -> b.apiUrl("ftp://api.amba.dev").build()).hasMessageContaining("absolute http(s) URL");
  }

  @Test
  void fromEnvironment_readsAllFourVariables() {
    AmbaConfig c = AmbaConfig.fromEnvironment(Map.of(
        "AMBA_PROJECT_ID", "proj_1", "AMBA_CLIENT_KEY", CK, "AMBA_SERVER_KEY", SK, "AMBA_API_URL", "http://localhost:9/"));
    assertThat(c.projectId()).isEqualTo("proj_1");
    assertThat(c.clientKey()).isEqualTo(CK);
    assertThat(c.serverKey()).contains(SK);
    assertThat(c.apiUrl().toString()).isEqualTo("http://localhost:9");
  }

  @Test
  void fromEnvironment_namesTheMissingVariable() {
    assertThatThrownBy(() -> AmbaConfig.fromEnvironment(Map.of("AMBA_PROJECT_ID", "p")))
        .hasMessageContaining("AMBA_CLIENT_KEY");
  }

  @Test
  void toString_neverShowsKeys() {
    AmbaConfig c = AmbaConfig.builder().projectId("p").clientKey(CK).serverKey(SK).build();
    assertThat(c.toString()).doesNotContain("0123456789abcdef").doesNotContain("fedcba9876543210")
        .contains("amb_dev_ck_****").contains("amb_dev_sk_****");
  }

  @Test
  void timeouts_mustBePositive() {
    assertThatThrownBy(() -> AmbaConfig.builder().projectId("p").clientKey(CK)
        .requestTimeout(java.time.Duration.ZERO).build()).hasMessageContaining("requestTimeout");
  }

  @Test
  void twoConfigsAreIndependent() {
    AmbaConfig a = AmbaConfig.builder().projectId("a").clientKey(CK).build();
    AmbaConfig b = a.toBuilder().projectId("b").clientKey("amb_dev_ck_other").build();
    assertThat(a.projectId()).isEqualTo("a");
    assertThat(a.clientKey()).isEqualTo(CK);
    assertThat(b.projectId()).isEqualTo("b");
  }
}
