package dev.amba.wire.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaBadRequestException;
import dev.amba.AmbaClient;
import dev.amba.AmbaNotFoundException;
import dev.amba.AmbaUser;
import dev.amba.auth.AuthSession;
import dev.amba.entitlements.Entitlement;
import dev.amba.entitlements.EntitlementGrant;
import dev.amba.entitlements.PurchaseStore;
import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.AmbaEmulatorExtension;
import dev.amba.testkit.EmulatorProject;
import dev.amba.users.AppUser;
import dev.amba.users.ProfileUpdate;
import dev.amba.users.UserQuery;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Users, auth and entitlements (amba-api.md section 9) as a server provisioning its users uses them. */
@ExtendWith(AmbaEmulatorExtension.class)
class UsersAndEntitlementsWireTest {

  private AmbaEmulator emulator;
  private EmulatorProject project;
  private AmbaClient amba;

  @BeforeEach
  void freshProject(AmbaEmulator emulator) {
    this.emulator = emulator;
    this.project = emulator.createProject();
    this.amba = AmbaClient.configure(emulator.config(project));
  }

  @AfterEach
  void close() {
    amba.close();
  }

  @Test
  void serverCreatesUsers_thenActsForThem_andListsThem() {
    AuthSession byEmail = amba.auth().signUpWithEmail("grace@example.com", "long enough");
    String anonymous = amba.auth().signInAnonymously().user().id();
    AmbaUser grace = amba.asUser(byEmail.user().id());

    AppUser updated = grace.users().update(ProfileUpdate.create().displayName("Grace").timezone("Europe/Paris"));
    assertThat(updated.displayName()).isEqualTo("Grace");
    assertThat(grace.users().me().email()).isEqualTo("grace@example.com");
    assertThat(amba.users().get(byEmail.user().id()).timezone()).isEqualTo("Europe/Paris");
    assertThat(amba.users().listAll(UserQuery.all().limit(1)).map(AppUser::id).collect(Collectors.toList()))
        .containsExactlyInAnyOrder(byEmail.user().id(), anonymous);
    assertThatThrownBy(() -> amba.users().get("not_a_user"))
        .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> assertThat(e.code()).isEqualTo("not_found"));
  }

  @Test
  void usersList_sendsSegmentId_andAnUnknownSegmentIs404_neverTheWholeProject() {
    amba.auth().signInAnonymously();
    emulator.clearRecordedRequests();
    assertThatThrownBy(() -> amba.users().list(UserQuery.all().segmentId("seg 1")))
        .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> assertThat(e.code()).isEqualTo("segment_not_found"));
    assertThat(emulator.recordedRequests()).singleElement()
        .satisfies(r -> assertThat(r.path()).contains("segment_id=seg%201"));
    assertThatThrownBy(() -> UserQuery.all().segmentId(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("segmentId");
  }

  @Test
  void grant_thenTheUserListsIt_andExpiryAndRevocationShowAsInactive() {
    String uid = emulator.createUser(project);
    Instant nextMonth = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    Entitlement pro = amba.entitlements().grant(uid, EntitlementGrant.active("pro", PurchaseStore.STRIPE)
        .productId("pro_monthly").expiresAt(nextMonth));
    assertThat(pro.entitlementId()).isEqualTo("pro");
    assertThat(pro.isActive()).isTrue();
    assertThat(pro.productId()).isEqualTo("pro_monthly");
    assertThat(pro.store()).isEqualTo("stripe");
    assertThat(pro.expirationDate()).isEqualTo(nextMonth);
    assertThat(pro.purchaseDate()).isNotNull();

    amba.entitlements().grant(uid, EntitlementGrant.active("old_promo", PurchaseStore.PROMOTIONAL)
        .expiresAt(Instant.now().minus(1, ChronoUnit.DAYS)));
    amba.entitlements().grant(uid, EntitlementGrant.inactive("ads_free", PurchaseStore.APP_STORE));

    AmbaUser user = amba.asUser(uid);
    List<Entitlement> mine = user.entitlements().list();
    assertThat(mine).extracting(Entitlement::entitlementId, Entitlement::isActive).containsExactly(
        org.assertj.core.groups.Tuple.tuple("ads_free", false),
        org.assertj.core.groups.Tuple.tuple("old_promo", false),
        org.assertj.core.groups.Tuple.tuple("pro", true));
    assertThat(user.entitlements().isActive("pro")).isTrue();
    assertThat(user.entitlements().isActive("ads_free")).isFalse();

    // Revoking keeps the entitlement, and its purchase date, on record.
    Entitlement revoked = amba.entitlements().grant(uid, EntitlementGrant.inactive("pro", PurchaseStore.STRIPE));
    assertThat(revoked.isActive()).isFalse();
    assertThat(revoked.purchaseDate()).isEqualTo(pro.purchaseDate());

    String other = emulator.createUser(project);
    assertThat(amba.asUser(other).entitlements().list()).isEmpty();
  }

  @Test
  void grantErrors() {
    assertThatThrownBy(() -> amba.entitlements().grant("no_such_user", EntitlementGrant.active("pro", "stripe")))
        .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> assertThat(e.code()).isEqualTo("not_found"));
    String foreign = emulator.createUser(emulator.createProject());
    assertThatThrownBy(() -> amba.entitlements().grant(foreign, EntitlementGrant.active("pro", "stripe")))
        .isInstanceOf(AmbaNotFoundException.class);
    String uid = emulator.createUser(project);
    assertThatThrownBy(() -> amba.entitlements().grant(uid, EntitlementGrant.active("pro", "Not A Store")))
        .isInstanceOfSatisfying(AmbaBadRequestException.class, e -> assertThat(e.code()).isEqualTo("invalid_argument"));
    emulator.clearRecordedRequests();
    assertThatThrownBy(() -> amba.entitlements().grant("bad uid", EntitlementGrant.active("pro", "stripe")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("userId");
    assertThat(emulator.recordedRequests()).isEmpty();
  }
}
