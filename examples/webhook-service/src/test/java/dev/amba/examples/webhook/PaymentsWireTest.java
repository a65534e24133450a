package dev.amba.examples.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaClient;
import dev.amba.currencies.CurrencyTransaction;
import dev.amba.currencies.TransactionFilter;
import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.AmbaEmulatorExtension;
import dev.amba.testkit.EmulatorProject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The webhook's effects, against the emulator over HTTP: each notification credits once. */
@ExtendWith(AmbaEmulatorExtension.class)
class PaymentsWireTest {

  private static Payments payments(AmbaClient amba) {
    Shop.ensure(amba);
    Payments payments = new Payments();
    payments.amba = amba;
    return payments;
  }

  private static PaymentEvent pack(String eventId, String uid, String product) {
    return new PaymentEvent(eventId, "payment.succeeded", 0,
        new PaymentEvent.Data(uid, 999L, "usd", null, product));
  }

  private static List<CurrencyTransaction> ledger(AmbaClient amba, String uid) {
    return amba.asUser(uid).currencies().transactions(TransactionFilter.currency(Shop.COINS)).toList();
  }

  @Test
  void aRedeliveredPayment_creditsOnce_andTheSecondAnswerSaysItIsADuplicate(
      AmbaEmulator emulator, EmulatorProject project, AmbaClient amba) {
    Payments payments = payments(amba);
    String uid = emulator.createUser(project);
    PaymentEvent event = pack("evt_" + UUID.randomUUID(), uid, "coins_1200");

    Payments.Ack first = payments.apply(event);
    Payments.Ack second = payments.apply(event);
    Payments.Ack third = payments.apply(event);

    assertThat(first.outcome()).isEqualTo("coins_granted");
    assertThat(first.duplicate()).isFalse();
    assertThat(first.coins()).isEqualTo(1_200);
    assertThat(second.duplicate()).isTrue();
    assertThat(third.duplicate()).isTrue();
    assertThat(second.transactionId()).isEqualTo(first.transactionId()).isEqualTo(third.transactionId());
    assertThat(Wallet.coins(amba.asUser(uid))).isEqualTo(1_200);
    assertThat(ledger(amba, uid)).singleElement().satisfies(t -> assertThat(t.amount()).isEqualTo(1_200));
  }

  @Test
  void twoPaymentsOfOneUser_areTwoCredits(AmbaEmulator emulator, EmulatorProject project, AmbaClient amba) {
    Payments payments = payments(amba);
    String uid = emulator.createUser(project);

    payments.apply(pack("evt_a_" + UUID.randomUUID(), uid, "coins_500"));
    Payments.Ack second = payments.apply(pack("evt_b_" + UUID.randomUUID(), uid, "coins_1200"));

    assertThat(second.duplicate()).isFalse();
    assertThat(second.balanceAfter()).isEqualTo(1_700);
    assertThat(ledger(amba, uid)).hasSize(2);
  }

  @Test
  void aSubscription_setsThePlan_andCreditsItsCoinsOnce(AmbaEmulator emulator, EmulatorProject project, AmbaClient amba) {
    Payments payments = payments(amba);
    String uid = emulator.createUser(project);
    PaymentEvent event = new PaymentEvent("evt_" + UUID.randomUUID(), "subscription.activated", 0,
        new PaymentEvent.Data(uid, null, null, "pro", null));

    Payments.Ack first = payments.apply(event);
    Payments.Ack again = payments.apply(event);

    assertThat(first.outcome()).isEqualTo("plan_pro");
    assertThat(again.duplicate()).isTrue();
    assertThat(Wallet.coins(amba.asUser(uid))).isEqualTo(300);
    assertThat(amba.asUser(uid).users().me().properties()).containsEntry("plan", "pro");
  }

  @Test
  void unknownUsersProductsAndTypes_areAcknowledged_andCreditNothing(
      AmbaEmulator emulator, EmulatorProject project, AmbaClient amba) {
    Payments payments = payments(amba);
    String uid = emulator.createUser(project);

    assertThat(payments.apply(pack("evt_" + UUID.randomUUID(), UUID.randomUUID().toString(), "coins_500")).outcome())
        .isEqualTo("ignored_unknown_user");
    assertThat(payments.apply(pack("evt_" + UUID.randomUUID(), uid, "coins_1000000")).outcome())
        .isEqualTo("ignored_unknown_product");
    assertThat(payments.apply(new PaymentEvent("evt_" + UUID.randomUUID(), "refund.created", 0,
        new PaymentEvent.Data(uid, 999L, "usd", null, null))).outcome()).isEqualTo("ignored_type");
    assertThat(ledger(amba, uid)).isEmpty();
  }

  @Test
  void payloadsItCannotKey_areRefusedWith400(AmbaEmulator emulator, EmulatorProject project, AmbaClient amba) {
    Payments payments = payments(amba);
    String uid = emulator.createUser(project);

    assertThatThrownBy(() -> payments.apply(pack("evt with spaces", uid, "coins_500")))
        .isInstanceOfSatisfying(ServiceException.class, e -> assertThat(e.status()).isEqualTo(400));
    assertThatThrownBy(() -> payments.apply(pack("x".repeat(129), uid, "coins_500")))
        .isInstanceOfSatisfying(ServiceException.class, e -> assertThat(e.code()).isEqualTo("invalid_payload"));
    assertThatThrownBy(() -> payments.apply(pack("evt_1", "../users/other", "coins_500")))
        .isInstanceOfSatisfying(ServiceException.class, e -> assertThat(e.code()).isEqualTo("invalid_user_id"));
    assertThat(ledger(amba, uid)).isEmpty();
  }
}
