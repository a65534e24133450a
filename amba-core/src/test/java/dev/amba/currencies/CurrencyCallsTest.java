package dev.amba.currencies;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaClient;
import dev.amba.AmbaConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The currency calls refuse bad arguments before anything is sent: the client points at a port
 * where nothing listens, so a call that did send would fail with a transport error instead.
 */
class CurrencyCallsTest {

  private final AmbaClient amba = AmbaClient.configure(AmbaConfig.builder().projectId("p")
      .clientKey("amb_dev_ck_x1234567").serverKey("amb_dev_sk_y1234567").apiUrl("http://127.0.0.1:1").build());
  private final CurrencyGrant grant = CurrencyGrant.of("u1", "gems", 5);

  @AfterEach
  void close() {
    amba.close();
  }

  @Test
  void grant_refusesABadIdempotencyKey_namingIt() {
    for (String bad : new String[] {null, "", " ", "has space", "k".repeat(256), "caf\u00e9"}) {
      assertThatThrownBy(() -> amba.currencies().grant(grant, bad)).as(String.valueOf(bad))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("idempotencyKey");
    }
    assertThatThrownBy(() -> amba.currencies().grant(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("grant");
  }

  @Test
  void pathValues_mustBeOneNonBlankSegment() {
    for (String bad : new String[] {null, "", " ", ".", ".."}) {
      assertThatThrownBy(() -> amba.currencies().update(bad, CurrencyUpdate.create().name("x"))).as(String.valueOf(bad))
          .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("idOrCode");
      assertThatThrownBy(() -> amba.currencies().delete(bad)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("idOrCode");
      assertThatThrownBy(() -> amba.currencies().deleteGrantRule(bad)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("ruleId");
    }
  }

  @Test
  void anEmptyUpdate_andABadUser_areRefused() {
    assertThatThrownBy(() -> amba.currencies().update("gems", CurrencyUpdate.create()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("update");
    assertThatThrownBy(() -> amba.currencies().transactions("bad uid", TransactionFilter.all()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("userId");
    assertThatThrownBy(() -> amba.currencies().transactions("u1", null)).isInstanceOf(NullPointerException.class);
  }
}
