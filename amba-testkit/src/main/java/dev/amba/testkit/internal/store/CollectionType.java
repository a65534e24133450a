package dev.amba.testkit.internal.store;

import dev.amba.testkit.internal.JsonIo;
import dev.amba.testkit.internal.Times;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * The ten column types of amba-api.md section 5.2: how each is declared in H2, how a JSON value
 * becomes a bound SQL value, and how a stored value becomes JSON again. A value that does not fit
 * its type is refused here, before any SQL runs, so H2 never sees it.
 */
public enum CollectionType {
  UUID("uuid"),
  TEXT("text"),
  INTEGER("integer"),
  BIGINT("bigint"),
  NUMERIC("numeric"),
  BOOLEAN("boolean"),
  TIMESTAMPTZ("timestamptz"),
  DATE("date"),
  JSONB("jsonb"),
  VECTOR("vector");

  /** H2's own cap for a character column; longer text would fail inside the insert. */
  public static final int MAX_TEXT = 1_000_000;
  public static final int MAX_DIMENSION = 4096;

  private static final JsonProvider JSON = JsonProvider.provider();
  private static final Pattern CANONICAL_UUID =
      Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  // Far beyond any real value, near enough to keep BigDecimal arithmetic cheap on hostile input.
  private static final int MAX_NUMERIC_DIGITS = 1000;

  private final String wire;

  CollectionType(String wire) {
    this.wire = wire;
  }

  public String wire() {
    return wire;
  }

  public static CollectionType fromWire(String name) {
    for (CollectionType t : values()) {
      if (t.wire.equals(name)) {
        return t;
      }
    }
    return null;
  }

  /** Whether {@code =}, {@code <}, {@code IN} and ORDER BY make sense on the type. */
  public boolean comparable() {
    return this != JSONB && this != VECTOR;
  }

  public String sqlType(Integer dimension) {
    return switch (this) {
      case UUID -> "UUID";
      case TEXT -> "CHARACTER VARYING(" + MAX_TEXT + ")";
      case INTEGER -> "INTEGER";
      case BIGINT -> "BIGINT";
      // DECFLOAT keeps every digit it is given; NUMERIC without a scale would round to integers.
      case NUMERIC -> "DECFLOAT";
      case BOOLEAN -> "BOOLEAN";
      case TIMESTAMPTZ -> "TIMESTAMP(6) WITH TIME ZONE";
      case DATE -> "DATE";
      case JSONB -> "JSON";
      case VECTOR -> "DOUBLE PRECISION ARRAY[" + dimension + "]";
    };
  }

  /** The placeholder for a bound value: JSON text must be read as JSON, not as a JSON string. */
  public String placeholder() {
    return this == JSONB ? "? FORMAT JSON" : "?";
  }

  /** Thrown when a JSON value does not fit the type; {@code expected} says what would. */
  public static final class Mismatch extends Exception {
    private static final long serialVersionUID = 1L;
    private final String expected;

    Mismatch(String expected) {
      super(expected, null, false, false);
      this.expected = expected;
    }

    public String expected() {
      return expected;
    }
  }

  /**
   * The SQL value for a non-null JSON value.
   *
   * @throws Mismatch when the value does not fit this type
   */
  public Object toSql(JsonValue value, Integer dimension) throws Mismatch {
    switch (this) {
      case UUID: {
        String s = string(value, "a UUID string");
        if (!CANONICAL_UUID.matcher(s).matches()) {
          throw new Mismatch("a UUID string such as 123e4567-e89b-12d3-a456-426614174000");
        }
        return java.util.UUID.fromString(s);
      }
      case TEXT: {
        String s = string(value, "a string");
        if (s.length() > MAX_TEXT) {
          throw new Mismatch("a string of at most " + MAX_TEXT + " characters");
        }
        return s;
      }
      case INTEGER: {
        BigDecimal n = wholeNumber(value, "an integer from -2147483648 to 2147483647");
        if (n.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) < 0 || n.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
          throw new Mismatch("an integer from -2147483648 to 2147483647");
        }
        return n.intValueExact();
      }
      case BIGINT: {
        BigDecimal n = wholeNumber(value, "an integer that fits in 64 bits");
        if (n.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) < 0 || n.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
          throw new Mismatch("an integer that fits in 64 bits");
        }
        return n.longValueExact();
      }
      case NUMERIC:
        return number(value, "a number");
      case BOOLEAN:
        if (value.getValueType() == JsonValue.ValueType.TRUE) {
          return Boolean.TRUE;
        }
        if (value.getValueType() == JsonValue.ValueType.FALSE) {
          return Boolean.FALSE;
        }
        throw new Mismatch("true or false");
      case TIMESTAMPTZ: {
        String s = string(value, "an ISO-8601 instant string");
        Instant at = Times.parseOrNull(s);
        if (at == null) {
          throw new Mismatch("an ISO-8601 instant string such as 2024-05-01T10:00:00Z");
        }
        return Times.toSql(at);
      }
      case DATE: {
        String s = string(value, "a date string");
        try {
          if (ISO_DATE.matcher(s).matches()) {
            LocalDate d = LocalDate.parse(s);
            if (d.getYear() >= 1) {
              return d;
            }
          }
        } catch (DateTimeParseException e) {
          // Same answer as any other text that is not a date.
        }
        throw new Mismatch("a date string such as 2024-05-01");
      }
      case JSONB:
        return JsonIo.write(value);
      case VECTOR: {
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
          throw new Mismatch("an array of " + dimension + " numbers");
        }
        JsonArray array = value.asJsonArray();
        if (array.size() != dimension) {
          throw new Mismatch("an array of exactly " + dimension + " numbers, got " + array.size());
        }
        Object[] out = new Object[array.size()];
        for (int i = 0; i < out.length; i++) {
          double d = number(array.get(i), "an array of " + dimension + " numbers").doubleValue();
          if (Double.isInfinite(d)) {
            throw new Mismatch("an array of numbers within double precision");
          }
          out[i] = d;
        }
        return out;
      }
      default:
        throw new IllegalStateException("unhandled type " + this);
    }
  }

  /** Binds a value made by {@link #toSql}; null binds SQL NULL. */
  public void bind(PreparedStatement ps, int index, Object sqlValue) throws SQLException {
    if (sqlValue == null) {
      ps.setNull(index, java.sql.Types.NULL);
    } else {
      ps.setObject(index, sqlValue);
    }
  }

  /** The JSON form of the stored value in column {@code index}. */
  public JsonValue read(ResultSet rs, int index) throws SQLException {
    switch (this) {
      case UUID: {
        java.util.UUID u = rs.getObject(index, java.util.UUID.class);
        return u == null ? JsonValue.NULL : JSON.createValue(u.toString());
      }
      case TEXT: {
        String s = rs.getString(index);
        return s == null ? JsonValue.NULL : JSON.createValue(s);
      }
      case INTEGER: {
        int n = rs.getInt(index);
        return rs.wasNull() ? JsonValue.NULL : JSON.createValue(n);
      }
      case BIGINT: {
        long n = rs.getLong(index);
        return rs.wasNull() ? JsonValue.NULL : JSON.createValue(n);
      }
      case NUMERIC: {
        BigDecimal n = rs.getBigDecimal(index);
        if (n == null) {
          return JsonValue.NULL;
        }
        // DECFLOAT hands back 100 as 1E+2; the plain form is what every JSON reader expects.
        return JSON.createValue(n.scale() < 0 ? n.setScale(0) : n);
      }
      case BOOLEAN: {
        boolean b = rs.getBoolean(index);
        return rs.wasNull() ? JsonValue.NULL : (b ? JsonValue.TRUE : JsonValue.FALSE);
      }
      case TIMESTAMPTZ: {
        Instant at = Times.fromSql(rs.getObject(index, OffsetDateTime.class));
        return at == null ? JsonValue.NULL : JSON.createValue(Times.format(at));
      }
      case DATE: {
        LocalDate d = rs.getObject(index, LocalDate.class);
        return d == null ? JsonValue.NULL : JSON.createValue(d.toString());
      }
      case JSONB: {
        String text = rs.getString(index);
        return text == null ? JsonValue.NULL : JsonIo.parse(text, "internal", "stored jsonb");
      }
      case VECTOR: {
        Array array = rs.getArray(index);
        if (array == null) {
          return JsonValue.NULL;
        }
        JsonArrayBuilder out = JsonIo.array();
        for (Object o : (Object[]) array.getArray()) {
          out.add(BigDecimal.valueOf(((Number) o).doubleValue()));
        }
        return out.build();
      }
      default:
        throw new IllegalStateException("unhandled type " + this);
    }
  }

  @Override
  public String toString() {
    return wire;
  }

  private static String string(JsonValue value, String expected) throws Mismatch {
    if (value.getValueType() != JsonValue.ValueType.STRING) {
      throw new Mismatch(expected);
    }
    return ((JsonString) value).getString();
  }

  private static BigDecimal number(JsonValue value, String expected) throws Mismatch {
    if (value.getValueType() != JsonValue.ValueType.NUMBER) {
      throw new Mismatch(expected);
    }
    BigDecimal n = ((JsonNumber) value).bigDecimalValue();
    if (n.precision() > MAX_NUMERIC_DIGITS || Math.abs((long) n.scale()) > MAX_NUMERIC_DIGITS) {
      throw new Mismatch(expected + " of at most " + MAX_NUMERIC_DIGITS + " digits");
    }
    return n;
  }

  private static BigDecimal wholeNumber(JsonValue value, String expected) throws Mismatch {
    BigDecimal n = number(value, expected);
    // 3 and 3.0 are the same whole number; 3.5 is not one.
    if (n.signum() != 0 && n.stripTrailingZeros().scale() > 0) {
      throw new Mismatch(expected);
    }
    return n;
  }
}
