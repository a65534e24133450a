package dev.amba.examples.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaClient;
import dev.amba.AmbaUser;
import dev.amba.currencies.CurrencyGrant;
import dev.amba.currencies.TransactionFilter;
import dev.amba.referrals.ReferralCode;
import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.AmbaEmulatorExtension;
import dev.amba.testkit.EmulatorProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Checkout against the emulator over HTTP: the shop's prices, the coupon once, refusals that charge nothing. */
@ExtendWith(AmbaEmulatorExtension.class)
class CheckoutWireTest {

  private final Checkout checkout = new Checkout();

  private static AmbaUser customerWith(AmbaEmulator emulator, EmulatorProject project, AmbaClient amba, int coins) {
    Shop.ensure(amba);
    String uid = emulator.createUser(project);
    if (coins > 0) {
      amba.currencies().grant(CurrencyGrant.of(uid, Shop.COINS, coins));
    }
    return amba.asUser(uid);
  }

  private static long ledgerRows(AmbaUser user) {
    return user.currencies().transactions(TransactionFilter.currency(Shop.COINS)).count();
  }

  private static ServiceException refusal(Runnable call) {
    try {
      call.run();
    } catch (ServiceException e) {
      return e;
    }
    throw new AssertionError("expected a refusal");
  }

  @Test
  void tooFewCoins_answers402_andChargesNothing(AmbaEmulator emulator, EmulatorProject project, AmbaClient amba) {
    AmbaUser user = customerWith(emulator, project, amba, 500);

    ServiceException refused = refusal(() -> checkout.checkout(user, new Checkout.Request("grinder", null)));

    assertThat(refused.status()).isEqualTo(402);
    assertThat(refused.code()).isEqualTo("insufficient_coins");
    assertThat(refused.getMessage()).contains("890").contains("500").contains("nothing was charged");
    assertThat(Wallet.coins(user)).isEqualTo(500);
    assertThat(ledgerRows(user)).isEqualTo(1);
    assertThat(user.inventory().list()).isEmpty();
    assertThat(user.xp().balance().totalXp()).isZero();
  }

  @Test
  void aPurchase_debitsTheShopsPrice_creditsTheItem_andEarnsXpThroughTheRule(
      AmbaEmulator emulator, EmulatorProject project, AmbaClient amba) {
    AmbaUser user = customerWith(emulator, project, amba, 500);

    Checkout.Receipt receipt = checkout.checkout(user, new Checkout.Request("coffee_beans", null));

    assertThat(receipt.priceCoins()).isEqualTo(150); // the shop's own price, not the catalog's 180
    assertThat(receipt.coinsLeft()).isEqualTo(350);
    assertThat(Wallet.coins(user)).isEqualTo(350);
    assertThat(user.inventory().get("coffee_beans").quantity()).isEqualTo(1);
    assertThat(user.xp().balance().totalXp()).isEqualTo(Shop.XP_PER_ORDER);
    assertThat(user.leaderboards().me(Shop.LOYALTY_BOARD).rank()).isEqualTo(1);
  }

  @Test
  void theWelcomeCoupon_paysOnce_andASecondUseIsRefusedWithoutCharging(
      AmbaEmulator emulator, EmulatorProject project, AmbaClient amba) {
    AmbaUser user = customerWith(emulator, project, amba, 900);

    Checkout.Receipt first = checkout.checkout(user, new Checkout.Request("grinder", "welcome10"));
    ServiceException again = refusal(() -> checkout.checkout(user, new Checkout.Request("mug", Shop.WELCOME_COUPON)));

    assertThat(first.couponApplied()).isTrue();
    assertThat(first.coinsLeft()).isEqualTo(900 + Shop.WELCOME_COINS - 890);
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.code()).isEqualTo("coupon_already_used");
    assertThat(Wallet.coins(user)).isEqualTo(110);
    assertThat(user.inventory().list()).singleElement().satisfies(i -> assertThat(i.item().key()).isEqualTo("grinder"));
    ReferralCode coupon = amba.referrals().list().stream()
        .filter(c -> c.code().equals(Shop.WELCOME_COUPON)).findFirst().orElseThrow();
    assertThat(amba.referrals().stats(coupon.id()).totalClaims()).isEqualTo(1);
  }

  @Test
  void anUnknownCoupon_isRefusedBeforeAnythingIsCharged(AmbaEmulator emulator, EmulatorProject project, AmbaClient amba) {
    AmbaUser user = customerWith(emulator, project, amba, 500);

    ServiceException refused = refusal(() -> checkout.checkout(user, new Checkout.Request("mug", "NOSUCHCODE")));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.code()).isEqualTo("unknown_coupon");
    assertThat(Wallet.coins(user)).isEqualTo(500);
    assertThat(user.inventory().list()).isEmpty();
  }

  @Test
  void aDurableItemIsBoughtOnce_andUnknownOrMalformedItemsAreRefused(
      AmbaEmulator emulator, EmulatorProject project, AmbaClient amba) {
    AmbaUser user = customerWith(emulator, project, amba, 2_000);
    checkout.checkout(user, new Checkout.Request("grinder", null));

    assertThat(refusal(() -> checkout.checkout(user, new Checkout.Request("grinder", null))).code())
        .isEqualTo("already_owned");
    assertThat(refusal(() -> checkout.checkout(user, new Checkout.Request("espresso_machine", null))).status())
        .isEqualTo(404);
    assertThat(refusal(() -> checkout.checkout(user, new Checkout.Request("Mug; DROP", null))).status())
        .isEqualTo(400);
    assertThat(refusal(() -> checkout.checkout(user, null)).code()).isEqualTo("invalid_item");
    assertThat(Wallet.coins(user)).isEqualTo(2_000 - 890);
  }

  @Test
  void consumables_addUp(AmbaEmulator emulator, EmulatorProject project, AmbaClient amba) {
    AmbaUser user = customerWith(emulator, project, amba, 500);

    checkout.checkout(user, new Checkout.Request("mug", null));
    Checkout.Receipt second = checkout.checkout(user, new Checkout.Request("mug", null));

    assertThat(second.coinsLeft()).isEqualTo(260);
    assertThat(user.inventory().get("mug").quantity()).isEqualTo(2);
    assertThat(user.xp().balance().totalXp()).isEqualTo(2L * Shop.XP_PER_ORDER);
  }
}
