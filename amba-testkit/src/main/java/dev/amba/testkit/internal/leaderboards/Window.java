package dev.amba.testkit.internal.leaderboards;

import dev.amba.testkit.internal.kit.Resource;
import jakarta.json.JsonValue;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * The scoring window of a leaderboard period at an instant (16.4 #1, M3): a UTC day, a week from
 * Monday 00:00 UTC, a calendar month, or all time, which has no bounds and no {@code period_start}.
 */
record Window(Instant start, Instant end) {

  static final Window ALL_TIME = new Window(null, null);

  static Window of(String period, Instant now) {
    LocalDate day = now.atOffset(ZoneOffset.UTC).toLocalDate();
    return switch (period) {
      case "daily" -> between(day, day.plusDays(1));
      case "weekly" -> {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        yield between(monday, monday.plusWeeks(1));
      }
      case "monthly" -> {
        LocalDate first = day.withDayOfMonth(1);
        yield between(first, first.plusMonths(1));
      }
      default -> ALL_TIME;
    };
  }

  private static Window between(LocalDate from, LocalDate to) {
    return new Window(from.atStartOfDay(ZoneOffset.UTC).toInstant(), to.atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  /** Whether an entry whose {@code period_start} is this belongs to the window. */
  boolean holds(Instant periodStart) {
    return Objects.equals(start, periodStart);
  }

  JsonValue periodStart() {
    return start == null ? JsonValue.NULL : Resource.stamp(start);
  }
}
