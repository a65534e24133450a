package dev.amba.entitlements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.internal.WireForms;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EntitlementGrantTest {

  @Test
  void grant_buildsTheDocumentedBody() {
    EntitlementGrant g = EntitlementGrant.active("pro", PurchaseStore.APP_STORE).productId("pro_yearly")
        .expiresAt(Instant.parse("2031-01-01T00:00:00Z"));
    assertThat(WireForms.of(g)).containsExactly(Map.entry("entitlement_id", "pro"), Map.entry("is_active", true),
        Map.entry("store", "app_store"), Map.entry("product_id", "pro_yearly"),
        Map.entry("expiration_date", "2031-01-01T00:00:00Z"));
    assertThat(WireForms.of(EntitlementGrant.inactive("pro", "stripe"))).containsEntry("is_active", false);
  }

  @Test
  void grant_refusesBadIdsAndBlankStores() {
    assertThatThrownBy(() -> EntitlementGrant.active("", "stripe")).hasMessageContaining("entitlementId");
    assertThatThrownBy(() -> EntitlementGrant.active("pro plan", "stripe")).hasMessageContaining("entitlementId");
    assertThatThrownBy(() -> EntitlementGrant.active("p".repeat(129), "stripe")).hasMessageContaining("1..128");
    assertThatThrownBy(() -> EntitlementGrant.active("pro", " ")).hasMessageContaining("store");
    assertThatThrownBy(() -> EntitlementGrant.active("pro", "stripe").productId("")).hasMessageContaining("productId");
    assertThatThrownBy(() -> EntitlementGrant.active("pro", "stripe").expiresAt(null))
        .isInstanceOf(NullPointerException.class);
  }
}
