package dev.amba.wire.streaks;

import static dev.amba.wire.streaks.StreakFixture.DAY;
import static dev.amba.wire.streaks.StreakFixture.HOUR;
import static dev.amba.wire.streaks.StreakFixture.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.amba.AmbaClient;
import dev.amba.AmbaUser;
import dev.amba.streaks.NewStreak;
import dev.amba.streaks.StreakPeriod;
import dev.amba.streaks.StreakStatus;
import dev.amba.streaks.StreakUpdate;
import dev.amba.streaks.UserStreak;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** 12.4 #1, #3, #4 and #9: periods in the user's zone, weeks, grace periods, and settings changed midway. */
class StreakPeriodsWireTest {

  @RegisterExtension
  static final StreakFixture F = new StreakFixture();

  @Test
  void days_areTheUsersLocalDays_whenTheProfileHasATimeZone() {
    AmbaClient amba = F.newProject();
    amba.streaks().create(NewStreak.of("daily", "Daily", "app.opened"));
    AmbaUser tokyo = F.newUser(amba, "Asia/Tokyo");
    AmbaUser utc = F.newUser(amba);
    Instant monday = F.nextMonday();

    // 14:00 UTC is 23:00 in Tokyo; 16:00 UTC is already Tuesday 01:00 there, still Monday in UTC.
    F.moveTo(monday.plus(HOUR.multipliedBy(14)));
    UserStreak first = tokyo.streaks().qualify("daily").streak();
    utc.streaks().qualify("daily");
    F.moveTo(monday.plus(HOUR.multipliedBy(16)));
    UserStreak second = tokyo.streaks().qualify("daily").streak();
    UserStreak sameDay = utc.streaks().qualify("daily").streak();

    assertThat(first.currentPeriodStart()).isEqualTo(monday.minus(HOUR.multipliedBy(9)));
    assertThat(second.currentCount()).isEqualTo(2);
    assertThat(second.currentPeriodStart()).isEqualTo(monday.plus(HOUR.multipliedBy(15)));
    assertThat(sameDay.currentCount()).isEqualTo(1);

    // Tokyo's Wednesday ends at Wednesday 15:00 UTC: the missed Wednesday breaks it then, not at midnight UTC.
    F.moveTo(monday.plus(DAY.multipliedBy(2)).plus(HOUR.multipliedBy(15)).minusMillis(1));
    assertThat(only(tokyo).status()).isEqualTo(StreakStatus.ACTIVE);
    F.moveTo(monday.plus(DAY.multipliedBy(2)).plus(HOUR.multipliedBy(15)));
    assertThat(only(tokyo).status()).isEqualTo(StreakStatus.BROKEN);
  }

  @Test
  void aProfileWithoutATimeZone_countsUtcDays() {
    AmbaClient amba = F.newProject();
    amba.streaks().create(NewStreak.of("daily", "Daily", "app.opened"));
    AmbaUser user = F.newUser(amba);
    Instant monday = F.nextMonday();
    F.moveTo(monday.plus(HOUR.multipliedBy(23)));
    assertThat(user.streaks().qualify("daily").streak().currentPeriodStart()).isEqualTo(monday);
    F.moveTo(monday.plus(HOUR.multipliedBy(24)));
    assertThat(user.streaks().qualify("daily").streak().currentCount()).isEqualTo(2);
  }

  @Test
  void weeks_runMondayToSunday_onceAWeekIsEnough_andAMissedWeekBreaks() {
    AmbaClient amba = F.newProject();
    amba.streaks().create(NewStreak.of("weekly", "Weekly", "run.finished").period(StreakPeriod.WEEKLY));
    AmbaUser user = F.newUser(amba);
    Instant monday = F.nextMonday();
    F.moveTo(monday.plus(DAY.multipliedBy(2)));
    UserStreak wednesday = user.streaks().qualify("weekly").streak();
    F.moveTo(monday.plus(DAY.multipliedBy(7)).minusMillis(1));
    UserStreak sunday = user.streaks().qualify("weekly").streak();
    F.moveTo(monday.plus(DAY.multipliedBy(13)));
    UserStreak nextSunday = user.streaks().qualify("weekly").streak();

    assertThat(wednesday.currentPeriodStart()).isEqualTo(monday);
    assertThat(sunday).isEqualTo(wednesday);
    assertThat(nextSunday.currentCount()).isEqualTo(2);
    assertThat(nextSunday.currentPeriodStart()).isEqualTo(monday.plus(DAY.multipliedBy(7)));

    F.moveTo(monday.plus(DAY.multipliedBy(21)).minusMillis(1));
    assertThat(only(user).status()).isEqualTo(StreakStatus.ACTIVE);
    F.moveTo(monday.plus(DAY.multipliedBy(21)));
    assertThat(only(user).currentCount()).isZero();
    assertThat(only(user).status()).isEqualTo(StreakStatus.BROKEN);
  }

  @Test
  void withinTheGracePeriod_aQualificationFillsTheDayJustMissed() {
    AmbaClient amba = F.newProject();
    amba.streaks().create(NewStreak.of("daily", "Daily", "app.opened").gracePeriodHours(3));
    AmbaUser user = F.newUser(amba);
    Instant monday = F.nextMonday();
    F.moveTo(monday.plus(HOUR.multipliedBy(20)));
    user.streaks().qualify("daily");

    // Tuesday is missed; Wednesday 02:00 is within 3 hours of Tuesday's end, so Tuesday still counts.
    Instant wednesday = monday.plus(DAY.multipliedBy(2));
    F.moveTo(wednesday.plus(HOUR.multipliedBy(2)));
    assertThat(only(user).status()).isEqualTo(StreakStatus.ACTIVE);
    UserStreak filled = user.streaks().qualify("daily").streak();
    assertThat(filled.currentCount()).isEqualTo(2);
    assertThat(filled.currentPeriodStart()).isEqualTo(monday.plus(DAY));
    assertThat(filled.lastQualifiedAt()).isEqualTo(F.clock.instant());

    // Wednesday itself is still open: a second qualification counts it.
    UserStreak today = user.streaks().qualify("daily").streak();
    assertThat(today.currentCount()).isEqualTo(3);
    assertThat(today.currentPeriodStart()).isEqualTo(wednesday);
  }

  @Test
  void pastTheGracePeriod_theStreakIsBroken_andAQualificationStartsAgain() {
    AmbaClient amba = F.newProject();
    amba.streaks().create(NewStreak.of("daily", "Daily", "app.opened").gracePeriodHours(3));
    AmbaUser user = F.newUser(amba);
    Instant monday = F.nextMonday();
    user.streaks().qualify("daily");
    Instant wednesday = monday.plus(DAY.multipliedBy(2));
    F.moveTo(wednesday.plus(HOUR.multipliedBy(3)).minusMillis(1));
    assertThat(only(user).status()).isEqualTo(StreakStatus.ACTIVE);
    F.moveTo(wednesday.plus(HOUR.multipliedBy(3)));
    assertThat(only(user).status()).isEqualTo(StreakStatus.BROKEN);
    UserStreak again = user.streaks().qualify("daily").streak();
    assertThat(again.currentCount()).isEqualTo(1);
    assertThat(again.currentPeriodStart()).isEqualTo(wednesday);
  }

  @Test
  void aNewGracePeriod_appliesFromTheNextSettlement() {
    AmbaClient amba = F.newProject();
    amba.streaks().create(NewStreak.of("daily", "Daily", "app.opened"));
    AmbaUser user = F.newUser(amba);
    Instant monday = F.nextMonday();
    user.streaks().qualify("daily");
    F.moveTo(monday.plus(DAY.multipliedBy(2)).plus(HOUR));
    // Without a grace period Tuesday was lost at Wednesday 00:00, but nothing has settled the row yet.
    amba.streaks().update("daily", StreakUpdate.create().gracePeriodHours(2));
    UserStreak filled = user.streaks().qualify("daily").streak();
    assertThat(filled.currentCount()).isEqualTo(2);
    assertThat(filled.currentPeriodStart()).isEqualTo(monday.plus(DAY));
  }

  @Test
  void aNewPeriod_appliesFromTheNextSettlement_andKeepsTheCounts() {
    AmbaClient amba = F.newProject();
    amba.streaks().create(NewStreak.of("habit", "Habit", "app.opened"));
    AmbaUser user = F.newUser(amba);
    Instant monday = F.nextMonday();
    F.eachDay(monday.plus(DAY.multipliedBy(2)), 3, day -> user.streaks().qualify("habit"));
    assertThat(only(user).currentPeriodStart()).isEqualTo(monday.plus(DAY.multipliedBy(4)));

    amba.streaks().update("habit", StreakUpdate.create().period(StreakPeriod.WEEKLY));

    // Friday's day is now Friday's week; a day missed no longer matters, and the count goes on weekly.
    F.moveTo(monday.plus(DAY.multipliedBy(9)));
    UserStreak weekly = only(user);
    assertThat(weekly.currentCount()).isEqualTo(3);
    assertThat(weekly.status()).isEqualTo(StreakStatus.ACTIVE);
    assertThat(weekly.currentPeriodStart()).isEqualTo(monday);
    UserStreak nextWeek = user.streaks().qualify("habit").streak();
    assertThat(nextWeek.currentCount()).isEqualTo(4);
    assertThat(nextWeek.longestCount()).isEqualTo(4);
    assertThat(nextWeek.currentPeriodStart()).isEqualTo(monday.plus(DAY.multipliedBy(7)));
  }
}
