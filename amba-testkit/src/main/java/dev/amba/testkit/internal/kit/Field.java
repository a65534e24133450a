package dev.amba.testkit.internal.kit;

import dev.amba.testkit.internal.FieldErrors;
import dev.amba.testkit.internal.store.CollectionType;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * One field of a {@link Resource}: its wire name, its column, its type (one of the collections'
 * column types, so a value is checked and converted exactly as a collection cell is) and the rules a
 * request body must follow. Built by the static factories and refined with the {@code with}
 * methods, each returning a new field.
 *
 * @param writable whether a request body may set it; server-set fields are filled by the domain
 * @param onWire whether the resource's JSON carries it
 * @param pattern for text, the whole value must match; {@code rule} says so in words
 * @param min for integers, the least value; for text, the least length
 * @param max for integers, the greatest value; for text, the greatest length
 */
public record Field(
    String name,
    String column,
    CollectionType type,
    boolean required,
    boolean nullable,
    JsonValue defaultValue,
    boolean immutable,
    boolean writable,
    boolean onWire,
    Pattern pattern,
    String rule,
    long min,
    long max,
    Set<String> oneOf) {

  /** Keys, codes and slugs of every module (amba-api-modules.md M1). */
  public static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,63}");
  public static final String KEY_RULE = "must be 1 to 64 characters of a-z 0-9 _, starting with a letter";
  /**
   * Event names inside definitions: section 8's rule widened to {@code .} between snake_case
   * words (M1), at most 128 characters.
   */
  public static final Pattern EVENT_NAME = Pattern.compile("(?=.{1,128}$)[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*");
  public static final String EVENT_NAME_RULE =
      "must be snake_case words joined by '.', such as session.completed, at most 128 characters";

  private static final long DEFAULT_TEXT_MAX = 1024;

  public static Field text(String name) {
    return new Field(name, name, CollectionType.TEXT, false, true, null, false, true, true, null, null, 0,
        DEFAULT_TEXT_MAX, null);
  }

  /** A text field holding a module key (M1), required and unchangeable after the create. */
  public static Field key(String name) {
    return text(name).withLength(1, 64).withPattern(KEY, KEY_RULE).asRequired().asImmutable();
  }

  /** An event name inside a definition (M1). */
  public static Field eventName(String name) {
    return text(name).withPattern(EVENT_NAME, EVENT_NAME_RULE).withLength(1, 128);
  }

  public static Field integer(String name) {
    return new Field(name, name, CollectionType.INTEGER, false, true, null, false, true, true, null, null,
        Integer.MIN_VALUE, Integer.MAX_VALUE, null);
  }

  public static Field bigint(String name) {
    return new Field(name, name, CollectionType.BIGINT, false, true, null, false, true, true, null, null,
        Long.MIN_VALUE, Long.MAX_VALUE, null);
  }

  public static Field number(String name) {
    return new Field(name, name, CollectionType.NUMERIC, false, true, null, false, true, true, null, null,
        0, 0, null);
  }

  public static Field bool(String name) {
    return new Field(name, name, CollectionType.BOOLEAN, false, true, null, false, true, true, null, null,
        0, 0, null);
  }

  public static Field timestamp(String name) {
    return new Field(name, name, CollectionType.TIMESTAMPTZ, false, true, null, false, true, true, null, null,
        0, 0, null);
  }

  /** A calendar date, {@code YYYY-MM-DD} on the wire. */
  public static Field date(String name) {
    return new Field(name, name, CollectionType.DATE, false, true, null, false, true, true, null, null,
        0, 0, null);
  }

  public static Field uuid(String name) {
    return new Field(name, name, CollectionType.UUID, false, true, null, false, true, true, null, null,
        0, 0, null);
  }

  /** Any JSON value, stored as its text. */
  public static Field json(String name) {
    return new Field(name, name, CollectionType.JSONB, false, true, null, false, true, true, null, null,
        0, 0, null);
  }

  /** Required in a create body; never null. */
  public Field asRequired() {
    return new Field(name, column, type, true, false, null, immutable, writable, onWire, pattern, rule, min, max,
        oneOf);
  }

  /** Optional in a create body, taking {@code value} when absent; never null. */
  public Field withDefault(JsonValue value) {
    return new Field(name, column, type, false, false, value, immutable, writable, onWire, pattern, rule, min, max,
        oneOf);
  }

  /** Set at create, refused in a PATCH body with 400 {@code immutable_field}. */
  public Field asImmutable() {
    return new Field(name, column, type, required, nullable, defaultValue, true, writable, onWire, pattern, rule,
        min, max, oneOf);
  }

  /** Filled by the server; a request body naming it is refused as an unknown field. */
  public Field asServerSet() {
    return new Field(name, column, type, false, nullable, defaultValue, immutable, false, onWire, pattern, rule,
        min, max, oneOf);
  }

  /** Stored but not part of the resource's JSON. */
  public Field offWire() {
    return new Field(name, column, type, required, nullable, defaultValue, immutable, writable, false, pattern,
        rule, min, max, oneOf);
  }

  /** Stored in a column of another name (tables that predate the kit). */
  public Field inColumn(String columnName) {
    return new Field(name, columnName, type, required, nullable, defaultValue, immutable, writable, onWire,
        pattern, rule, min, max, oneOf);
  }

  public Field withPattern(Pattern regex, String ruleInWords) {
    return new Field(name, column, type, required, nullable, defaultValue, immutable, writable, onWire, regex,
        ruleInWords, min, max, oneOf);
  }

  /** For text, the length; for integers, the value. */
  public Field withRange(long least, long greatest) {
    return new Field(name, column, type, required, nullable, defaultValue, immutable, writable, onWire, pattern,
        rule, least, greatest, oneOf);
  }

  public Field withLength(long least, long greatest) {
    return withRange(least, greatest);
  }

  public Field withValues(String... values) {
    return new Field(name, column, type, required, nullable, defaultValue, immutable, writable, onWire, pattern,
        rule, min, max, Set.of(values));
  }

  /** What a body must give, in JSON's words, for {@code details.fields[].expected}. */
  String expected() {
    return switch (type) {
      case TEXT, UUID, TIMESTAMPTZ, DATE -> "string";
      case INTEGER, BIGINT -> "integer";
      case NUMERIC -> "number";
      case BOOLEAN -> "boolean";
      default -> "any JSON value";
    };
  }

  /** The SQL type of the column, for tables the kit creates. */
  String sqlType() {
    return switch (type) {
      case TEXT -> max <= 4096 ? "VARCHAR(" + max + ")" : "CHARACTER LARGE OBJECT";
      case JSONB -> "CHARACTER LARGE OBJECT";
      default -> type.sqlType(null);
    };
  }

  /**
   * The SQL value of a JSON value given for this field, or null after recording why it is refused.
   * JSON null is accepted only where the field is nullable.
   */
  Object toSql(JsonValue value, FieldErrors errors) {
    if (value.getValueType() == JsonValue.ValueType.NULL) {
      if (!nullable) {
        errors.add(name, "must not be null", expected(), value);
      }
      return null;
    }
    if (type == CollectionType.JSONB) {
      return dev.amba.testkit.internal.JsonIo.write(value);
    }
    Object sql;
    try {
      sql = type.toSql(value, null);
    } catch (CollectionType.Mismatch e) {
      errors.wrongType(name, e.expected(), value);
      return null;
    }
    if (type == CollectionType.TEXT) {
      String s = ((JsonString) value).getString();
      if (s.length() < min || s.length() > max) {
        errors.add(name, min == max ? "must have " + max + " characters"
            : "must have " + min + " to " + max + " characters");
        return null;
      }
      if (pattern != null && !pattern.matcher(s).matches()) {
        errors.add(name, rule);
        return null;
      }
      if (oneOf != null && !oneOf.contains(s)) {
        errors.add(name, "must be one of " + new TreeSet<>(oneOf));
        return null;
      }
    } else if (type == CollectionType.INTEGER || type == CollectionType.BIGINT) {
      long n = ((JsonNumber) value).longValue();
      if (n < min || n > max) {
        errors.add(name, max == Integer.MAX_VALUE || max == Long.MAX_VALUE ? "must be at least " + min
            : "must be an integer from " + min + " to " + max);
        return null;
      }
    }
    return sql;
  }
}
