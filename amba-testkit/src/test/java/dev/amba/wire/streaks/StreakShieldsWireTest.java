package dev.amba.wire.streaks;

import static dev.amba.wire.streaks.StreakFixture.DAY;
import static dev.amba.wire.streaks.StreakFixture.only;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaBadRequestException;
import dev.amba.AmbaClient;
import dev.amba.AmbaNotFoundException;
import dev.amba.AmbaUser;
import dev.amba.streaks.NewStreak;
import dev.amba.streaks.StreakQualification;
import dev.amba.streaks.StreakStatus;
import dev.amba.streaks.StreakUpdate;
import dev.amba.streaks.UserStreak;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Shields (freezes): admin grants (12.2), spending them on missed periods (12.4 #3) and earning them (#6). */
class StreakShieldsWireTest {

  @RegisterExtension
  static final StreakFixture F = new StreakFixture();

  @Test
  void aGrant_beforeAnyQualification_makesACountZeroRow_thatItsFirstQualificationKeeps() {
    AmbaClient amba = F.newProject();
    amba.streaks().create(NewStreak.of("daily", "Daily", "e").freezeEnabled(true).maxFreezes(3));
    AmbaUser user = F.newUser(amba);
    Instant monday = F.nextMonday();

    UserStreak granted = amba.streaks().grantShield(user.uid(), "daily", 2);

    assertThat(granted.currentCount()).isZero();
    assertThat(granted.longestCount()).isZero();
    assertThat(granted.freezesRemaining()).isEqualTo(2);
    assertThat(granted.status()).isEqualTo(StreakStatus.ACTIVE);
    assertThat(granted.currentPeriodStart()).isNull();
    assertThat(granted.lastQualifiedAt()).isNull();
    // Never qualified, so days pass without settling anything.
    F.moveTo(monday.plus(DAY.multipliedBy(4)));
    assertThat(user.streaks().list()).containsExactly(granted);

    StreakQualification first = user.streaks().qualify("daily");
    assertThat(first.firstQualification()).isFalse();
    assertThat(first.streak().id()).isEqualTo(granted.id());
    assertThat(first.streak().currentCount()).isEqualTo(1);
    assertThat(first.streak().freezesRemaining()).isEqualTo(2);
  }

  @Test
  void grants_addUpToMaxFreezes_andNoFurther() {
    AmbaClient amba = F.newProject();
    amba.streaks().create(NewStreak.of("daily", "Daily", "e").freezeEnabled(true).maxFreezes(3));
    AmbaUser user = F.newUser(amba);
    user.streaks().qualify("daily");
    assertThat(amba.streaks().grantShield(user.uid(), "daily", 1).freezesRemaining()).isEqualTo(1);
    assertThat(amba.streaks().grantShield(user.uid(), "daily", 1).freezesRemaining()).isEqualTo(2);
    assertThat(amba.streaks().grantShield(user.uid(), "daily", 50).freezesRemaining()).isEqualTo(3);
    assertThat(only(user).freezesRemaining()).isEqualTo(3);
    assertThat(only(user).currentCount()).isEqualTo(1);
  }

  @Test
  void grants_areRefusedWhenShieldsAreOff_orTheUserOrStreakIsUnknown() {
    AmbaClient amba = F.newProject();
    amba.streaks().create(NewStreak.of("plain", "Plain", "e"));
    AmbaUser user = F.newUser(amba);
    assertThatThrownBy(() -> amba.streaks().grantShield(user.uid(), "plain", 1))
        .isInstanceOfSatisfying(AmbaBadRequestException.class, e -> assertThat(e.code()).isEqualTo("freeze_disabled"));
    assertThatThrownBy(() -> amba.streaks().grantShield(user.uid(), "missing", 1))
        .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> assertThat(e.code()).isEqualTo("not_found"));
    assertThatThrownBy(() -> amba.streaks().grantShield("no_such_user", "plain", 1))
        .isInstanceOf(AmbaNotFoundException.class);
    AmbaUser elsewhere = F.newUser(F.newProject());
    assertThatThrownBy(() -> amba.streaks().grantShield(elsewhere.uid(), "plain", 1))
        .isInstanceOf(AmbaNotFoundException.class);
    assertThat(user.streaks().list()).isEmpty();

    amba.streaks().update("plain", StreakUpdate.create().freezeEnabled(true));
    assertThat(amba.streaks().grantShield(user.uid(), "plain", 1).freezesRemaining()).isEqualTo(1);
  }

  @Test
  void missedDays_spendShields_keepTheCountAsFrozen_thenBreakWhenNoneAreLeft() {
    AmbaClient amba = F.newProject();
    amba.streaks().create(NewStreak.of("daily", "Daily", "e").freezeEnabled(true).maxFreezes(2));
    AmbaUser user = F.newUser(amba);
    Instant monday = F.nextMonday();
    user.streaks().qualify("daily");
    F.moveTo(monday.plus(DAY));
    user.streaks().qualify("daily");
    amba.streaks().grantShield(user.uid(), "daily", 2);

    // Wednesday and Thursday are missed; by Friday both have spent a shield.
    F.moveTo(monday.plus(DAY.multipliedBy(4)));
    UserStreak frozen = only(user);
    assertThat(frozen.status()).isEqualTo(StreakStatus.FROZEN);
    assertThat(frozen.currentCount()).isEqualTo(2);
    assertThat(frozen.freezesRemaining()).isZero();
    assertThat(frozen.currentPeriodStart()).isEqualTo(monday.plus(DAY.multipliedBy(3)));

    UserStreak friday = user.streaks().qualify("daily").streak();
    assertThat(friday.status()).isEqualTo(StreakStatus.ACTIVE);
    assertThat(friday.currentCount()).isEqualTo(3);

    // Saturday missed with no shield left: broken on Sunday.
    F.moveTo(monday.plus(DAY.multipliedBy(6)));
    UserStreak broken = only(user);
    assertThat(broken.status()).isEqualTo(StreakStatus.BROKEN);
    assertThat(broken.currentCount()).isZero();
    assertThat(broken.longestCount()).isEqualTo(3);
  }

  @Test
  void shieldsSitUnused_whenShieldsAreTurnedOff_andTheStreakBreaks() {
    AmbaClient amba = F.newProject();
    amba.streaks().create(NewStreak.of("daily", "Daily", "e").freezeEnabled(true));
    AmbaUser user = F.newUser(amba);
    Instant monday = F.nextMonday();
    user.streaks().qualify("daily");
    amba.streaks().grantShield(user.uid(), "daily", 1);
    amba.streaks().update("daily", StreakUpdate.create().freezeEnabled(false));
    F.moveTo(monday.plus(DAY.multipliedBy(2)));
    UserStreak s = only(user);
    assertThat(s.status()).isEqualTo(StreakStatus.BROKEN);
    assertThat(s.freezesRemaining()).isEqualTo(1);
  }

  @Test
  void aShieldIsEarned_eachTimeTheCountReachesAMultipleOfN_upToMaxFreezes() {
    AmbaClient amba = F.newProject();
    amba.streaks().create(NewStreak.of("daily", "Daily", "e").freezeEnabled(true).maxFreezes(2)
        .freezesPerNEvents(2));
    AmbaUser user = F.newUser(amba);
    Instant monday = F.nextMonday();
    List<Integer> shields = new ArrayList<>();
    F.eachDay(monday, 6, day -> shields.add(user.streaks().qualify("daily").streak().freezesRemaining()));
    assertThat(shields).containsExactly(0, 1, 1, 2, 2, 2);
  }

  @Test
  void neitherAFirstQualificationNorARestart_earnsAShield() {
    AmbaClient amba = F.newProject();
    amba.streaks().create(NewStreak.of("daily", "Daily", "e").freezeEnabled(true).maxFreezes(5)
        .freezesPerNEvents(1));
    AmbaUser user = F.newUser(amba);
    Instant monday = F.nextMonday();
    assertThat(user.streaks().qualify("daily").streak().freezesRemaining()).isZero();
    F.moveTo(monday.plus(DAY));
    assertThat(user.streaks().qualify("daily").streak().freezesRemaining()).isEqualTo(1);

    // Turn shields off, let it break, turn them on again: the restart at 1 earns nothing.
    amba.streaks().update("daily", StreakUpdate.create().freezeEnabled(false));
    F.moveTo(monday.plus(DAY.multipliedBy(3)));
    assertThat(only(user).status()).isEqualTo(StreakStatus.BROKEN);
    amba.streaks().update("daily", StreakUpdate.create().freezeEnabled(true));
    UserStreak restart = user.streaks().qualify("daily").streak();
    assertThat(restart.currentCount()).isEqualTo(1);
    assertThat(restart.freezesRemaining()).isEqualTo(1);
    F.moveTo(monday.plus(DAY.multipliedBy(4)));
    assertThat(user.streaks().qualify("daily").streak().freezesRemaining()).isEqualTo(2);
  }

  @Test
  void aGrant_settlesTheRowFirst() {
    AmbaClient amba = F.newProject();
    amba.streaks().create(NewStreak.of("daily", "Daily", "e").freezeEnabled(true).maxFreezes(3));
    AmbaUser user = F.newUser(amba);
    Instant monday = F.nextMonday();
    user.streaks().qualify("daily");
    // Tuesday was missed without a shield: the late grant cannot save it.
    F.moveTo(monday.plus(DAY.multipliedBy(2)));
    UserStreak s = amba.streaks().grantShield(user.uid(), "daily", 1);
    assertThat(s.status()).isEqualTo(StreakStatus.BROKEN);
    assertThat(s.currentCount()).isZero();
    assertThat(s.freezesRemaining()).isEqualTo(1);
  }
}
