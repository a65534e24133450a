package dev.amba.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaClient;
import dev.amba.AmbaConfig;
import dev.amba.AmbaTransportException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The inventory calls refuse bad arguments before anything is sent, naming the argument: the client
 * points at a port where nothing listens, so a call that did send would fail with a transport error
 * instead.
 */
class InventoryArgumentsTest {

  private static final String ID = "123e4567-e89b-12d3-a456-426614174000";
  private static final String[] NOT_AN_ID_OR_KEY = {null, "", " ", "Sword", "sword pack", "../x", "k".repeat(65),
      "1sword", "caf\u00e9", "123e4567-e89b-12d3-a456"};

  private final AmbaClient amba = AmbaClient.configure(AmbaConfig.builder().projectId("p")
      .clientKey("amb_dev_ck_x1234567").serverKey("amb_dev_sk_y1234567").apiUrl("http://127.0.0.1:1")
      .retryPolicy(dev.amba.RetryPolicy.none()).build());
  private final UserInventory bag = amba.asUser("u1").inventory();

  @AfterEach
  void close() {
    amba.close();
  }

  @Test
  void itemsAndStores_areNamedByIdOrKey() {
    for (String bad : NOT_AN_ID_OR_KEY) {
      String as = String.valueOf(bad);
      assertThatThrownBy(() -> bag.get(bad)).as(as).isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("catalogItemIdOrKey ");
      assertThatThrownBy(() -> bag.purchase(bad, "gems")).as(as).isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("catalogItemIdOrKey ");
      assertThatThrownBy(() -> bag.consume(bad, 1)).as(as).isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("catalogItemIdOrKey ");
      if (bad != null) {
        assertThatThrownBy(() -> bag.purchase("sword", "gems", bad)).as(as)
            .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("storeIdOrKey ");
      }
    }
  }

  @Test
  void theCurrency_isACode() {
    for (String bad : new String[] {null, "", "Gems", "usd$", "g".repeat(65), ID}) {
      assertThatThrownBy(() -> bag.purchase("sword", bad)).as(String.valueOf(bad))
          .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("currencyCode ");
    }
  }

  @Test
  void quantities_areAtLeastOne() {
    for (int bad : new int[] {0, -1, Integer.MIN_VALUE}) {
      assertThatThrownBy(() -> bag.consume("potion", bad)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("quantity ");
      assertThatThrownBy(() -> amba.inventory().grant("u1", ID, bad)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("quantity ");
    }
  }

  @Test
  void theAdminSide_namesUsersByUid_andItemsById() {
    for (String bad : new String[] {null, "", "bad uid", "u".repeat(129)}) {
      assertThatThrownBy(() -> amba.inventory().list(bad)).as(String.valueOf(bad))
          .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("userId ");
      assertThatThrownBy(() -> amba.inventory().grant(bad, ID, 1)).as(String.valueOf(bad))
          .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("userId ");
    }
    for (String bad : new String[] {null, "potion", "", ID + "0"}) {
      assertThatThrownBy(() -> amba.inventory().grant("u1", bad, 1)).as(String.valueOf(bad))
          .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("catalogItemId ");
    }
  }

  @Test
  void theCallersIdempotencyKey_mustBeOneHeaderValue() {
    for (String bad : new String[] {null, "", " ", "has space", "k".repeat(256), "caf\u00e9"}) {
      assertThatThrownBy(() -> bag.purchase("sword", "gems", null, bad)).as(String.valueOf(bad))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("idempotencyKey");
      assertThatThrownBy(() -> bag.consume("potion", 1, bad)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("idempotencyKey");
      assertThatThrownBy(() -> amba.inventory().grant("u1", ID, 1, bad)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("idempotencyKey");
    }
  }

  @Test
  void goodArguments_areSent() {
    // Past the checks, the call reaches the transport, which finds nothing listening.
    assertThatThrownBy(() -> bag.purchase(ID, "gems", "weekend_sale", "order-1")).isInstanceOf(AmbaTransportException.class);
    assertThatThrownBy(() -> bag.purchase("sword", "gems", null)).isInstanceOf(AmbaTransportException.class);
    assertThatThrownBy(() -> bag.consume("potion", Integer.MAX_VALUE)).isInstanceOf(AmbaTransportException.class);
    assertThatThrownBy(() -> amba.inventory().grant("u1", ID, 3)).isInstanceOf(AmbaTransportException.class);
    assertThat(amba.asUser("u2").inventory()).isNotNull();
  }

  @Test
  void theAdminSide_needsTheServerKey() {
    try (AmbaClient noServerKey = AmbaClient.configure(AmbaConfig.builder().projectId("p")
        .clientKey("amb_dev_ck_x1234567").apiUrl("http://127.0.0.1:1").build())) {
      assertThatThrownBy(noServerKey::inventory).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("inventory()");
    }
  }

  @Test
  void theRecords_copyTheirCollections() {
    java.util.List<GrantedItem> granted = new java.util.ArrayList<>(java.util.List.of(new GrantedItem(ID, 1)));
    PurchaseResult result = new PurchaseResult(true, "gems", 5, 0, null, granted);
    granted.clear();
    assertThat(result.granted()).hasSize(1);
    assertThat(new PurchaseResult(true, "gems", 0, 0, null, null).granted()).isEmpty();
    assertThat(new UserInventoryItem("i", "u", ID, 1, null, null, AcquiredVia.GRANT).instanceData()).isEmpty();
    assertThatThrownBy(() -> new AcquiredVia(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new InventoryItemView(null, null)).isInstanceOf(NullPointerException.class);
  }
}
