package dev.amba.testkit.internal.streaks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The rules of 12.4 on their own, where the wire tests cannot reach easily: clock changes and long absences. */
class StreakStateTest {
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final StreakState.Rules DAILY = new StreakState.Rules(false, Duration.ZERO, true, 100, null);

  private static Instant local(String dateTime) {
    return LocalDateTime.parse(dateTime).atZone(NEW_YORK).toInstant();
  }

  @Test
  void theDayClocksSpringForward_isStillOneDay() {
    // 2030-03-10 has 23 hours in New York.
    StreakState s = StreakState.unqualified(0).qualify(DAILY, NEW_YORK, local("2030-03-09T20:00"));
    s = s.settle(DAILY, NEW_YORK, local("2030-03-10T23:30")).qualify(DAILY, NEW_YORK, local("2030-03-10T23:30"));
    assertThat(s.count()).isEqualTo(2);
    assertThat(s.covered()).isEqualTo(LocalDate.of(2030, 3, 10));
    assertThat(s.settle(DAILY, NEW_YORK, local("2030-03-11T23:59:59"))).isEqualTo(s);
    StreakState broken = s.settle(new StreakState.Rules(false, Duration.ZERO, false, 0, null), NEW_YORK,
        local("2030-03-12T00:00"));
    assertThat(broken.status()).isEqualTo(StreakState.BROKEN);
    assertThat(broken.count()).isZero();
  }

  @Test
  void aGracePeriodEndingExactlyNow_hasEnded() {
    StreakState.Rules grace = new StreakState.Rules(false, Duration.ofHours(3), false, 0, null);
    StreakState s = StreakState.unqualified(0).qualify(grace, NEW_YORK, local("2030-03-04T12:00"));
    assertThat(s.settle(grace, NEW_YORK, local("2030-03-06T02:59:59.999")).status()).isEqualTo(StreakState.ACTIVE);
    assertThat(s.settle(grace, NEW_YORK, local("2030-03-06T03:00")).status()).isEqualTo(StreakState.BROKEN);
  }

  @Test
  void aLongAbsence_spendsEveryShieldOnce_thenBreaks() {
    StreakState s = new StreakState(5, 5, 100, StreakState.ACTIVE, LocalDate.of(2030, 1, 1), null);
    StreakState settled = s.settle(DAILY, NEW_YORK, local("2035-01-01T12:00"));
    assertThat(settled.freezes()).isZero();
    assertThat(settled.status()).isEqualTo(StreakState.BROKEN);
    assertThat(settled.count()).isZero();
    assertThat(settled.longest()).isEqualTo(5);
    assertThat(settled.covered()).isEqualTo(LocalDate.of(2030, 4, 11));
  }

  @Test
  void aRowNeverQualified_orBroken_hasNothingToSettle() {
    StreakState granted = StreakState.unqualified(2);
    assertThat(granted.settle(DAILY, NEW_YORK, local("2031-01-01T00:00"))).isSameAs(granted);
    StreakState broken = new StreakState(0, 4, 3, StreakState.BROKEN, LocalDate.of(2030, 1, 1), null);
    assertThat(broken.settle(DAILY, NEW_YORK, local("2031-01-01T00:00"))).isSameAs(broken);
  }

  @Test
  void aShieldGrant_neverLowersWhatTheUserHolds() {
    StreakState s = new StreakState(1, 1, 4, StreakState.ACTIVE, LocalDate.of(2030, 1, 1), null);
    assertThat(s.withShields(1, 2).freezes()).isEqualTo(4);
    assertThat(StreakState.unqualified(0).withShields(Integer.MAX_VALUE, 3).freezes()).isEqualTo(3);
  }
}
