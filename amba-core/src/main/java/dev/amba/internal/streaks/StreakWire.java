package dev.amba.internal.streaks;

import dev.amba.streaks.StreakDefinition;
import dev.amba.streaks.StreakPeriod;
import dev.amba.streaks.StreakStatus;
import dev.amba.streaks.UserStreak;
import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Streak answers as they arrive, with every name a server may use for a value: the newer name is
 * read first, then the older one (amba-api-modules.md 12.3 and M2). Server-defined strings stay
 * strings here and become the SDK's open value types in {@code toPublic()}.
 */
public final class StreakWire {

  private StreakWire() {}

  public record Definition(
      String id,
      String key,
      String name,
      String description,
      String qualifyingEvent,
      String period,
      Integer gracePeriodHours,
      Boolean freezeEnabled,
      Integer maxFreezes,
      // The naming strategy would read "NEvents" as one word: freezes_per_nevents.
      @JsonbProperty("freezes_per_n_events") Integer freezesPerNEvents,
      Instant createdAt,
      Instant updatedAt) {

    StreakDefinition toPublic() {
      return new StreakDefinition(id, key, name, description, qualifyingEvent,
          period == null ? StreakPeriod.DAILY : new StreakPeriod(period), orZero(gracePeriodHours),
          Boolean.TRUE.equals(freezeEnabled), maxFreezes == null ? 1 : maxFreezes, freezesPerNEvents,
          createdAt, updatedAt);
    }
  }

  /** The definition nested in a user's row, as older readers got it. */
  public record Nested(String name, String qualifyingEvent, String period) {}

  /**
   * A user's row. {@code currentLength}, {@code longestLength} and {@code lastQualifiedOn} (a date)
   * are the 4.x core's names, read only when the newer ones are absent.
   */
  public record Row(
      String id,
      String streakDefinitionId,
      String key,
      String name,
      Integer currentCount,
      Integer currentLength,
      Integer longestCount,
      Integer longestLength,
      Instant lastQualifiedAt,
      String lastQualifiedOn,
      Instant currentPeriodStart,
      Integer freezesRemaining,
      String status,
      Instant updatedAt,
      Nested streakDefinitions) {

    UserStreak toPublic() {
      return new UserStreak(id, streakDefinitionId, key,
          name != null || streakDefinitions == null ? name : streakDefinitions.name(),
          orZero(currentCount != null ? currentCount : currentLength),
          orZero(longestCount != null ? longestCount : longestLength),
          lastQualifiedAt != null ? lastQualifiedAt : startOfDay(lastQualifiedOn),
          currentPeriodStart, orZero(freezesRemaining),
          status == null ? StreakStatus.ACTIVE : new StreakStatus(status), updatedAt);
    }

    // A date the SDK cannot read is left out rather than failing the whole answer.
    private static Instant startOfDay(String date) {
      try {
        return date == null ? null : LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toInstant();
      } catch (DateTimeParseException e) {
        return null;
      }
    }
  }

  private static int orZero(Integer n) {
    return n == null ? 0 : n;
  }
}
