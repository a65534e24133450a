package dev.amba.testkit.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** Time on the wire: ISO-8601, always written in UTC with {@code Z}. */
public final class Times {
  // Beyond these years H2 and most clients disagree about calendars; nobody tracks such events.
  private static final Instant MIN = Instant.parse("0001-01-01T00:00:00Z");
  private static final Instant MAX = Instant.parse("9999-12-31T23:59:59.999999Z");

  private Times() {}

  /** Stored times keep microseconds, the precision H2 and Postgres give timestamptz. */
  public static Instant truncate(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS);
  }

  public static String format(Instant instant) {
    return instant == null ? null : instant.toString();
  }

  public static OffsetDateTime toSql(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  public static Instant fromSql(OffsetDateTime value) {
    return value == null ? null : value.toInstant();
  }

  /**
   * Parses an instant with an offset ({@code 2024-05-01T10:00:00Z}, {@code ...+02:00}) or a bare
   * date (midnight UTC); returns null when the text is neither or lies outside years 1..9999.
   */
  public static Instant parseOrNull(String text) {
    if (text == null) {
      return null;
    }
    Instant parsed;
    try {
      parsed = OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException notOffset) {
      try {
        parsed = LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
      } catch (DateTimeParseException notDate) {
        return null;
      }
    }
    if (parsed.isBefore(MIN) || parsed.isAfter(MAX)) {
      return null;
    }
    return truncate(parsed);
  }
}
