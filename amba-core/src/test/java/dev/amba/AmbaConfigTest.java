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
  void pat_isOptional_readFromAmbaPat_andNeverShown() {
    String pat = "amb_dev_pat_0123456789abcdef0123";
    AmbaConfig none = AmbaConfig.builder().projectId("p").clientKey(CK).build();
    assertThat(none.pat()).isEmpty();
    assertThat(none.toString()).contains("pat=none");
    AmbaConfig c = AmbaConfig.fromEnvironment(Map.of("AMBA_PROJECT_ID", "p", "AMBA_CLIENT_KEY", CK, "AMBA_PAT", pat));
    assertThat(c.pat()).contains(pat);
    assertThat(c.toBuilder().build().pat()).contains(pat);
    assertThat(c.toBuilder().pat(null).build().pat()).isEmpty();
    assertThat(c.toString()).doesNotContain("0123456789abcdef").contains("pat=****");
    assertThatThrownBy(() -> AmbaConfig.builder().projectId("p").clientKey(CK).pat("amb_dev_pat_01\n23456789abcdef0123").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pat (or AMBA_PAT)")
        .hasMessageNotContaining("0123456789abcdef");
    assertThatThrownBy(() -> AmbaConfig.fromEnvironment(Map.of("AMBA_PROJECT_ID", "p", "AMBA_CLIENT_KEY", CK,
        "AMBA_PAT", "amb dev")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("AMBA_PAT");
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

  // Issue 10, finding 2: a key the JDK cannot put in a header failed every call with the whole key
  // in the JDK's "invalid header value" message; it is refused at build, naming only the setting.
  @Test
  void build_refusesAKeyWithAControlCharacterOrInnerSpace_namingTheSettingNeverTheValue() {
    String secretPart = "fedcba9876543210";
    // Surrounding whitespace is stripped (below); each of these has its bad character inside the key.
    for (String bad : java.util.List.of("amb_dev_sk_" + secretPart + "\r\nX-Evil: 1", "amb_dev_sk_\n" + secretPart,
        "amb_dev_sk_" + secretPart + "\u0000", "amb_dev_sk_" + secretPart + "\tx", "amb_dev_sk_" + secretPart + " x",
        "amb_dev_sk_" + secretPart + "\u007f", "amb_dev_sk_" + secretPart + "\u0085x", "amb_dev_sk_" + secretPart + "\u00e9",
        "amb_dev_sk_" + secretPart + "\u2028x")) {
      assertThatThrownBy(() -> AmbaConfig.builder().projectId("p").clientKey(CK).serverKey(bad).build())
          .as("server key %s", bad.codePoints().mapToObj(Integer::toHexString).toList())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("serverKey")
          .hasMessageNotContaining(secretPart);
      assertThatThrownBy(() -> AmbaConfig.builder().projectId("p").clientKey(bad.replace("_sk_", "_ck_")).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("clientKey")
          .hasMessageNotContaining(secretPart);
    }
  }

  @Test
  void fromEnvironment_refusesAKeyWithAControlCharacter_namingTheVariableNeverTheValue() {
    assertThatThrownBy(() -> AmbaConfig.fromEnvironment(Map.of(
        "AMBA_PROJECT_ID", "p", "AMBA_CLIENT_KEY", CK, "AMBA_SERVER_KEY", "amb_dev_sk_fedcba98\r\n76543210")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("AMBA_SERVER_KEY")
        .hasMessageNotContaining("fedcba98")
        .hasMessageNotContaining("76543210");
    assertThatThrownBy(() -> AmbaConfig.fromEnvironment(Map.of(
        "AMBA_PROJECT_ID", "p", "AMBA_CLIENT_KEY", "amb_dev_ck_\u0000abcdefgh")))
        .hasMessageContaining("AMBA_CLIENT_KEY").hasMessageNotContaining("abcdefgh");
  }

  @Test
  void build_stripsSurroundingWhitespaceOfAKey_andKeepsKeysOpaque() {
    // A trailing newline from a secret file or a copied line is not part of the key.
    AmbaConfig c = AmbaConfig.builder().projectId("p").clientKey(" " + CK + "\n").serverKey("\t" + SK + "\r\n").build();
    assertThat(c.clientKey()).isEqualTo(CK);
    assertThat(c.serverKey()).contains(SK);
    // Never refused for its prefix or its punctuation: keys are opaque.
    AmbaConfig odd = AmbaConfig.builder().projectId("p").clientKey("ck-ABC.def~123+/=").serverKey("sk:xyz_%41!").build();
    assertThat(odd.clientKey()).isEqualTo("ck-ABC.def~123+/=");
    assertThat(odd.serverKey()).contains("sk:xyz_%41!");
  }

  @Test
  void build_validatesTheProjectId_asTheAdminPathSegmentItBecomes() {
    for (String bad : java.util.List.of(".", "..", "a/b", "/p", "p\r\nq", "p\u0000", "my project", "p\\q", "p\u2028q", "x".repeat(129))) {
      assertThatThrownBy(() -> AmbaConfig.builder().projectId(bad).clientKey(CK).build())
          .as("project id %s", bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("projectId")
          .hasMessageNotContaining("\r");
    }
    assertThatThrownBy(() -> AmbaConfig.fromEnvironment(Map.of("AMBA_PROJECT_ID", "a/b", "AMBA_CLIENT_KEY", CK)))
        .hasMessageContaining("AMBA_PROJECT_ID");
    for (String good : java.util.List.of("p", "proj_1", "8f14e45f-ceea-467f-a0e6-3c6b2b6c4a1e", "my-app.v2", "Acme:prod", "x".repeat(128))) {
      assertThat(AmbaConfig.builder().projectId(good).clientKey(CK).build().projectId()).isEqualTo(good);
    }
  }

  @Test
  void toString_neverShowsApiUrlUserinfo() {
    AmbaConfig c = AmbaConfig.builder().projectId("p").clientKey(CK).apiUrl("https://alice:s3cretpass@proxy.example:8443/amba").build();
    assertThat(c.toString()).doesNotContain("s3cretpass").doesNotContain("alice")
        .contains("https://****@proxy.example:8443/amba");
    assertThatThrownBy(() -> AmbaConfig.builder().projectId("p").clientKey(CK).apiUrl("https://alice:s3cretpass@h/v1").build())
        .hasMessageNotContaining("s3cretpass");
    assertThatThrownBy(() -> AmbaConfig.builder().projectId("p").clientKey(CK).apiUrl("ftp://alice:s3cretpass@h").build())
        .hasMessageNotContaining("s3cretpass");
    assertThatThrownBy(() -> AmbaConfig.builder().projectId("p").clientKey(CK).apiUrl("https://h/x?token=s3cretpass").build())
        .hasMessageNotContaining("s3cretpass");
  }

  // Issue 10, finding 4: a client that follows redirects would carry the Authorization header to
  // whatever origin a 302/307 names.
  @Test
  void build_refusesACallerHttpClientThatFollowsRedirects() {
    for (java.net.http.HttpClient.Redirect policy : java.util.List.of(
        java.net.http.HttpClient.Redirect.ALWAYS, java.net.http.HttpClient.Redirect.NORMAL)) {
      java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder().followRedirects(policy).build();
      assertThatThrownBy(() -> AmbaConfig.builder().projectId("p").clientKey(CK).httpClient(http).build())
          .as("Redirect.%s", policy)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("httpClient")
          .hasMessageContaining("Redirect." + policy)
          .hasMessageContaining("Redirect.NEVER");
    }
    java.net.http.HttpClient never = java.net.http.HttpClient.newBuilder()
        .followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();
    assertThat(AmbaConfig.builder().projectId("p").clientKey(CK).httpClient(never).build().httpClient()).contains(never);
  }
}
