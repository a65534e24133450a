package dev.amba.deeplinks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaClient;
import dev.amba.AmbaConfig;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Deep-link calls and values refuse what 30.3 and the X rules forbid before anything is sent. */
class DeepLinkArgumentsTest {

  private static final String ID = "123e4567-e89b-12d3-a456-426614174000";
  private AmbaClient amba;
  private UserDeepLinks links;

  @BeforeEach
  void client() {
    // Nothing listens on port 1: a call that got past its checks would fail with a transport error.
    amba = AmbaClient.configure(AmbaConfig.builder().projectId("p").clientKey("amb_dev_ck_x1234567")
        .serverKey("amb_dev_sk_x1234567").apiUrl("http://127.0.0.1:1").build());
    links = amba.asUser("me").deepLinks();
  }

  @AfterEach
  void close() {
    amba.close();
  }

  @Test
  void slugs_follow303() {
    assertThat(NewTrackedLink.to("https://e.com").slug("0-a_b")).isNotNull();
    for (String bad : new String[] {null, "", "-a", "A", "a.b", "a b", "a".repeat(65)}) {
      assertThatThrownBy(() -> NewTrackedLink.to("https://e.com").slug(bad)).hasMessageStartingWith("slug ");
      assertThatThrownBy(() -> links.resolve(bad)).hasMessageStartingWith("slug ");
    }
  }

  @Test
  void destinations_areAbsoluteUrls_ofAnyScheme_andFallbacks_areWebUrls() {
    assertThat(NewTrackedLink.to("myapp://invite/1")).isEqualTo(NewTrackedLink.to("myapp://invite/1"));
    for (String bad : new String[] {null, "", "/path", "a b://x", "https://e.com/a b", "x".repeat(2049)}) {
      assertThatThrownBy(() -> NewTrackedLink.to(bad)).hasMessageStartingWith("destinationUrl ");
    }
    assertThatThrownBy(() -> DeepLinkConfigUpdate.create().fallbackUrl("myapp://x"))
        .hasMessageStartingWith("fallbackUrl ");
    assertThatThrownBy(() -> DeepLinkConfigUpdate.create().fallbackUrl("https:///nohost"))
        .hasMessageStartingWith("fallbackUrl ");
  }

  @Test
  void metadata_isCopied_andMustHaveAJsonForm() {
    Map<String, Object> mine = new HashMap<>(Map.of("a", 1));
    NewTrackedLink link = NewTrackedLink.to("https://e.com").metadata(mine);
    mine.put("b", 2);
    assertThat(link).isEqualTo(NewTrackedLink.to("https://e.com").metadata(Map.of("a", 1)));
    assertThatThrownBy(() -> NewTrackedLink.to("https://e.com").metadata(Map.of("x", new Object())))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("metadata");
    assertThatThrownBy(() -> NewTrackedLink.to("https://e.com").metadata(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void clicks_needALinkIdAndAPlatformOfTheRule() {
    assertThatThrownBy(() -> links.click("summer")).hasMessageStartingWith("trackedLinkId ");
    assertThatThrownBy(() -> links.click(null)).hasMessageStartingWith("trackedLinkId ");
    assertThatThrownBy(() -> links.click(ID, "iOS")).hasMessageStartingWith("platform ");
    assertThatThrownBy(() -> links.click(ID, "")).hasMessageStartingWith("platform ");
    assertThatThrownBy(() -> links.create(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void admin_needsSlugsAndIds_andAnUpdateThatSetsSomething() {
    ProjectDeepLinks admin = amba.deepLinks();
    assertThatThrownBy(() -> admin.create(NewTrackedLink.to("https://e.com"))).hasMessageContaining("slug");
    assertThatThrownBy(() -> admin.stats("x")).hasMessageStartingWith("linkId ");
    assertThatThrownBy(() -> admin.delete(null)).hasMessageStartingWith("linkId ");
    assertThatThrownBy(() -> admin.list(-1, 10)).hasMessageStartingWith("offset ");
    assertThatThrownBy(() -> admin.list(0, 0)).hasMessageStartingWith("limit ");
    assertThatThrownBy(() -> admin.updateConfig(DeepLinkConfigUpdate.create())).hasMessageStartingWith("update");
    assertThatThrownBy(() -> DeepLinkConfigUpdate.create().urlScheme("1x")).hasMessageStartingWith("urlScheme ");
    assertThatThrownBy(() -> DeepLinkConfigUpdate.create().universalLinkDomain("a b"))
        .hasMessageStartingWith("universalLinkDomain ");
    assertThatThrownBy(() -> DeepLinkConfigUpdate.create().iosBundleId("nodot")).hasMessageStartingWith("iosBundleId ");
    assertThat(DeepLinkConfigUpdate.create().iosBundleId(null).toString()).contains("ios_bundle_id=null");
  }
}
