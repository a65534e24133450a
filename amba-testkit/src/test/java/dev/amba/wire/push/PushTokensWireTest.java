package dev.amba.wire.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaBadRequestException;
import dev.amba.AmbaClient;
import dev.amba.AmbaUser;
import dev.amba.push.NewCampaign;
import dev.amba.push.Platform;
import dev.amba.push.PushToken;
import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.AmbaEmulatorExtension;
import dev.amba.testkit.EmulatorProject;
import dev.amba.testkit.PushDelivery;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Device tokens of the acting user, and how they decide who a campaign reaches. */
@ExtendWith(AmbaEmulatorExtension.class)
class PushTokensWireTest {

  private static String token() {
    return "tok_" + UUID.randomUUID();
  }

  private static List<PushDelivery> deliveriesOf(AmbaEmulator emulator, String campaignId) {
    return emulator.pushDeliveries().stream().filter(d -> campaignId.equals(d.campaignId())).toList();
  }

  @Test
  void register_isIdempotent(AmbaEmulator emulator, AmbaClient amba) {
    AmbaUser user = amba.asUser(emulator.createUser(emulator.defaultProject()));
    String token = token();

    PushToken first = user.push().register(token, Platform.APNS, "com.example.app");
    PushToken again = user.push().register(token, Platform.APNS, "com.example.app");

    assertThat(again.id()).isEqualTo(first.id());
    assertThat(first.token()).isEqualTo(token);
    assertThat(first.platform()).isEqualTo(Platform.APNS);
    assertThat(first.bundleId()).isEqualTo("com.example.app");
    assertThat(first.createdAt()).isNotNull();
    assertThat(first.toString()).doesNotContain(token);
  }

  @Test
  void webTokens_needNoBundleId_butApnsAndFcmDo(AmbaEmulator emulator, AmbaClient amba) {
    AmbaUser user = amba.asUser(emulator.createUser(emulator.defaultProject()));
    assertThat(user.push().register(token(), Platform.WEB).bundleId()).isNull();
    emulator.clearRecordedRequests();

    assertThatThrownBy(() -> user.push().register(token(), Platform.FCM))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bundleId is required for platform fcm");
    assertThatThrownBy(() -> user.push().register(" ", Platform.WEB))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("token");
    assertThatThrownBy(() -> user.push().register("x".repeat(4097), Platform.WEB))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("4096");
    assertThat(emulator.recordedRequests()).isEmpty();
  }

  @Test
  void anUnknownPlatform_isTheServersCallAndItSays400(AmbaEmulator emulator, AmbaClient amba) {
    AmbaUser user = amba.asUser(emulator.createUser(emulator.defaultProject()));
    assertThatThrownBy(() -> user.push().register(token(), Platform.of("carrier_pigeon"), "coop"))
        .isInstanceOfSatisfying(AmbaBadRequestException.class, e -> {
          assertThat(e.code()).isEqualTo("invalid_argument");
          assertThat(e.details().toString()).contains("platform");
        });
  }

  @Test
  void campaigns_reachActiveTokensOnly(AmbaEmulator emulator, AmbaClient amba) {
    EmulatorProject project = emulator.createProject();
    try (AmbaClient other = AmbaClient.configure(emulator.config(project))) {
      AmbaUser alice = other.asUser(emulator.createUser(project));
      AmbaUser bob = other.asUser(emulator.createUser(project));
      String phone = token();
      String tablet = token();
      String bobs = token();
      alice.push().register(phone, Platform.APNS, "com.example.app");
      alice.push().register(tablet, Platform.FCM, "com.example.app");
      bob.push().register(bobs, Platform.WEB);
      alice.push().unregister(tablet);
      // Unregistering a token that is someone else's, or unknown, changes nothing and still succeeds.
      alice.push().unregister(bobs);
      alice.push().unregister(token());

      String id = other.push().campaigns().create(NewCampaign.of("Hi", "There")).id();
      assertThat(other.push().campaigns().send(id).stats().sent()).isEqualTo(2);

      assertThat(deliveriesOf(emulator, id)).extracting(PushDelivery::token).containsExactlyInAnyOrder(phone, bobs);
      assertThat(deliveriesOf(emulator, id)).allSatisfy(d -> {
        assertThat(d.projectId()).isEqualTo(project.projectId());
        assertThat(d.title()).isEqualTo("Hi");
      });

      alice.push().register(tablet, Platform.FCM, "com.example.app");
      String next = other.push().campaigns().create(NewCampaign.of("Again", "Hello")).id();
      assertThat(other.push().campaigns().send(next).stats().sent()).isEqualTo(3);
    }
  }

  @Test
  void aTokenRegisteredByAnotherUser_movesToThatUser(AmbaEmulator emulator) {
    EmulatorProject project = emulator.createProject();
    try (AmbaClient other = AmbaClient.configure(emulator.config(project))) {
      String alice = emulator.createUser(project);
      String bob = emulator.createUser(project);
      String shared = token();
      PushToken a = other.asUser(alice).push().register(shared, Platform.WEB);
      PushToken b = other.asUser(bob).push().register(shared, Platform.WEB);
      assertThat(b.id()).isEqualTo(a.id());

      String id = other.push().campaigns().create(NewCampaign.of("t", "b")).id();
      other.push().campaigns().send(id);
      assertThat(deliveriesOf(emulator, id)).extracting(PushDelivery::userId).containsExactly(bob);
    }
  }
}
