package dev.amba.internal.collections;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * Turns the Java values a filter is given into the JSON scalars they travel as, once, when the
 * filter is built. A filter then holds only immutable strings, numbers and booleans, compares by
 * value, and cannot fail later while it is being sent.
 */
public final class FilterValues {

  private FilterValues() {}

  /**
   * A JSON scalar for {@code value}: a {@link String}, {@link Boolean}, {@link Long},
   * {@link BigInteger} or {@link BigDecimal}.
   *
   * @param where how the caller wrote the call, e.g. {@code eq("score", …)}, for the message
   */
  public static Object scalar(Object value, String where, String column) {
    if (value == null) {
      throw new IllegalArgumentException(where + ": value must not be null; use isNull(\"" + column
          + "\") or isNotNull(\"" + column + "\")");
    }
    if (value instanceof String || value instanceof Boolean) {
      return value;
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof BigInteger || value instanceof BigDecimal) {
      return value;
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new IllegalArgumentException(where + ": value must be a finite number, got " + value);
      }
      // Float's own decimal form: 0.1f must travel as 0.1, not as 0.10000000149011612.
      return value instanceof Float ? new BigDecimal(value.toString()) : BigDecimal.valueOf(d);
    }
    if (value instanceof CharSequence || value instanceof Character) {
      return value.toString();
    }
    if (value instanceof UUID) {
      return value.toString();
    }
    if (value instanceof Instant) {
      return value.toString();
    }
    if (value instanceof OffsetDateTime odt) {
      return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(odt);
    }
    if (value instanceof ZonedDateTime zdt) {
      return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(zdt.toOffsetDateTime());
    }
    if (value instanceof LocalDate) {
      return value.toString();
    }
    if (value instanceof LocalDateTime || value instanceof LocalTime) {
      throw new IllegalArgumentException(where + ": a " + value.getClass().getSimpleName()
          + " has no time zone; pass an Instant or OffsetDateTime for timestamptz, a LocalDate for date");
    }
    if (value instanceof Enum<?> e) {
      // The same text JSON-B writes for an enum field of an inserted row.
      return e.name();
    }
    if (value instanceof Iterable<?> || value.getClass().isArray()) {
      throw new IllegalArgumentException(where + ": value must be a single value, got a "
          + value.getClass().getSimpleName() + "; use in(...) or notIn(...) for lists");
    }
    throw new IllegalArgumentException(where + ": unsupported value type " + value.getClass().getName()
        + "; use String, Number, Boolean, UUID, Instant, OffsetDateTime, LocalDate or an enum");
  }
}
