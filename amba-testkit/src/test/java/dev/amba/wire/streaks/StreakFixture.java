package dev.amba.wire.streaks;

import dev.amba.AmbaClient;
import dev.amba.AmbaUser;
import dev.amba.streaks.UserStreak;
import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.EmulatorProject;
import dev.amba.users.ProfileUpdate;
import dev.amba.wire.ManualClock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One emulator on a clock the tests move, shared by a test class ({@code @RegisterExtension} on a
 * static field closes it after the class); each test takes a project of its own and starts on a
 * Monday at 00:00 UTC after whatever the tests before it did to the clock.
 */
final class StreakFixture implements AfterAllCallback {

  static final Duration DAY = Duration.ofDays(1);
  static final Duration HOUR = Duration.ofHours(1);

  final ManualClock clock = new ManualClock(Instant.parse("2030-01-07T00:00:00Z"));
  final AmbaEmulator emulator = AmbaEmulator.builder().quiet(true).clock(clock).start();
  private final Map<AmbaClient, EmulatorProject> projects = new IdentityHashMap<>();

  /** A fresh project's admin client; closed with the fixture. */
  AmbaClient newProject() {
    EmulatorProject project = emulator.createProject();
    AmbaClient amba = AmbaClient.configure(emulator.config(project));
    projects.put(amba, project);
    return amba;
  }

  EmulatorProject project(AmbaClient amba) {
    return projects.get(amba);
  }

  AmbaUser newUser(AmbaClient amba) {
    return amba.asUser(emulator.createUser(project(amba)));
  }

  /** A user whose profile names an IANA time zone, so the user's streak periods follow it. */
  AmbaUser newUser(AmbaClient amba, String timezone) {
    AmbaUser user = newUser(amba);
    user.users().update(ProfileUpdate.create().timezone(timezone));
    return user;
  }

  /** Moves the clock to the next Monday 00:00 UTC strictly after now, and returns that instant. */
  Instant nextMonday() {
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    Instant monday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY)).atStartOfDay(ZoneOffset.UTC).toInstant();
    moveTo(monday);
    return monday;
  }

  /** Moves the clock forward to {@code at}; a test never moves it back. */
  void moveTo(Instant at) {
    Duration by = Duration.between(clock.instant(), at);
    if (by.isNegative()) {
      throw new IllegalArgumentException("the clock only moves forward: " + clock.instant() + " -> " + at);
    }
    clock.advance(by);
  }

  /** Moves the clock to the start of each of {@code days} days from {@code first} and runs {@code action} there. */
  void eachDay(Instant first, int days, IntConsumer action) {
    for (int day = 0; day < days; day++) {
      moveTo(first.plus(DAY.multipliedBy(day)));
      action.accept(day);
    }
  }

  /** The user's one streak, read (and so settled) now. */
  static UserStreak only(AmbaUser user) {
    List<UserStreak> all = user.streaks().list();
    if (all.size() != 1) {
      throw new AssertionError("expected one streak, got " + all);
    }
    return all.get(0);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    projects.keySet().forEach(AmbaClient::close);
    emulator.close();
  }
}
