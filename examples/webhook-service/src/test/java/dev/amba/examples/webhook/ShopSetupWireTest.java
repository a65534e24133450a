package dev.amba.examples.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amba.AmbaClient;
import dev.amba.catalog.CatalogItemView;
import dev.amba.stores.Store;
import dev.amba.testkit.AmbaEmulatorExtension;
import dev.amba.testkit.EmulatorProject;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The boot-time setup against the emulator: everything once, however often it runs. */
@ExtendWith(AmbaEmulatorExtension.class)
class ShopSetupWireTest {

  @Test
  void runningItAgain_createsNothingMore(EmulatorProject project, AmbaClient amba) {
    Shop.ensure(amba);
    Shop.ensure(amba);
    Shop.ensure(amba);

    assertThat(amba.currencies().list()).singleElement().satisfies(c -> assertThat(c.code()).isEqualTo(Shop.COINS));
    assertThat(amba.catalog().list()).extracting(v -> v.item().key())
        .containsExactly("coffee_beans", "mug", "grinder");
    Store shop = amba.stores().list().stream().filter(s -> Shop.STORE.equals(s.key())).findFirst().orElseThrow();
    assertThat(amba.stores().list()).hasSize(1);
    assertThat(amba.stores().listings(shop.id())).extracting(l -> l.item().key())
        .containsExactly("coffee_beans", "mug", "grinder");
    assertThat(amba.referrals().list()).singleElement().satisfies(c -> {
      assertThat(c.code()).isEqualTo(Shop.WELCOME_COUPON);
      assertThat(c.isUserOwned()).isFalse();
      assertThat(c.rewardReferee().amount(Shop.COINS)).isEqualTo(Shop.WELCOME_COINS);
    });
    assertThat(amba.xp().rules()).singleElement().satisfies(r -> {
      assertThat(r.eventName()).isEqualTo(Shop.ORDER_EVENT);
      assertThat(r.xpAmount()).isEqualTo(Shop.XP_PER_ORDER);
    });
    assertThat(amba.streaks().list()).extracting(s -> s.key()).containsExactly(Shop.VISIT_STREAK);
    assertThat(amba.leaderboards().list()).extracting(b -> b.key()).containsExactly(Shop.LOYALTY_BOARD);
  }

  @Test
  void whatAnOperatorChanged_staysChanged(EmulatorProject project, AmbaClient amba) {
    Shop.ensure(amba);
    CatalogItemView mug = amba.catalog().list().stream().filter(v -> v.item().key().equals("mug")).findFirst().orElseThrow();
    amba.catalog().setPrice(mug.item().id(), Shop.COINS, BigDecimal.valueOf(99));

    Shop.ensure(amba);

    assertThat(amba.catalog().get(mug.item().id()).price(Shop.COINS))
        .hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("99"));
  }
}
