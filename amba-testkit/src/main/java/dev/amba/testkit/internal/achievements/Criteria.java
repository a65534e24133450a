package dev.amba.testkit.internal.achievements;

import dev.amba.testkit.internal.FieldErrors;
import dev.amba.testkit.internal.JsonIo;
import dev.amba.testkit.internal.engagement.StreakReadings;
import dev.amba.testkit.internal.kit.Field;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An achievement's criteria (14.3): the checks of 14.4 #5, answered 400 {@code invalid_criteria}
 * with every problem in {@code details.fields}, and the stored form, which holds exactly the
 * fields of its type (a streak key becomes the definition's id).
 */
final class Criteria {

  static final String EVENT_COUNT = "event_count";
  static final String STREAK_LENGTH = "streak_length";
  static final String XP_THRESHOLD = "xp_threshold";
  static final String PROPERTY_VALUE = "property_value";

  private static final String CODE = "invalid_criteria";
  private static final int MAX_PROPERTY_KEY = 256;
  /** The field each type needs besides {@code type} and {@code target_value}. */
  private static final Map<String, String> OWN_FIELD = Map.of(EVENT_COUNT, "event_name",
      STREAK_LENGTH, "streak_definition_id", PROPERTY_VALUE, "property_key");
  private static final Set<String> KNOWN =
      Set.of("type", "target_value", "event_name", "streak_definition_id", "property_key");

  private Criteria() {}

  /**
   * The criteria to store, after every check.
   *
   * @throws dev.amba.testkit.internal.ApiException 400 {@code invalid_criteria}
   */
  static JsonObject check(JsonValue given, String projectId, StreakReadings streaks) throws SQLException {
    FieldErrors errors = new FieldErrors(CODE);
    if (given.getValueType() != JsonValue.ValueType.OBJECT) {
      throw errors.wrongType("criteria", "object", given).toException();
    }
    JsonObject c = given.asJsonObject();
    errors.unknownFields("criteria.", new TreeSet<>(c.keySet()), KNOWN, "is not a criteria field; expected one of");
    String type = text(c, "type");
    JsonObjectBuilder out = JsonIo.object();
    boolean known = type != null && (OWN_FIELD.containsKey(type) || type.equals(XP_THRESHOLD));
    if (known) {
      out.add("type", type);
    } else {
      errors.add("criteria.type", "must be one of [event_count, property_value, streak_length, xp_threshold]");
    }
    String own = known ? OWN_FIELD.get(type) : null;
    for (String field : new TreeSet<>(OWN_FIELD.values())) {
      if (known && !field.equals(own) && c.containsKey(field)
          && c.get(field).getValueType() != JsonValue.ValueType.NULL) {
        errors.add("criteria." + field, "applies only to type " + typeOf(field));
      }
    }
    if (own != null) {
      String value = text(c, own);
      if (value == null) {
        errors.add("criteria." + own, "is required for type " + type + " and must be a string");
      } else {
        String stored = ownValue(type, value, projectId, streaks, errors);
        if (stored != null) {
          out.add(own, stored);
        }
      }
    }
    JsonValue target = c.get("target_value");
    if (target instanceof JsonNumber n && n.isIntegral() && n.bigIntegerValue().signum() > 0
        && n.bigIntegerValue().bitLength() < 32) {
      out.add("target_value", n.intValue());
    } else {
      errors.add("criteria.target_value", "is required and must be an integer from 1 to " + Integer.MAX_VALUE);
    }
    errors.throwIfAny();
    return out.build();
  }

  private static String ownValue(String type, String value, String projectId, StreakReadings streaks,
      FieldErrors errors) throws SQLException {
    switch (type) {
      case EVENT_COUNT:
        if (!Field.EVENT_NAME.matcher(value).matches()) {
          errors.add("criteria.event_name", Field.EVENT_NAME_RULE);
          return null;
        }
        return value;
      case STREAK_LENGTH:
        String id = streaks.definitionId(projectId, value);
        if (id == null) {
          errors.add("criteria.streak_definition_id", "no streak definition with this id or key in the project");
        }
        return id;
      default:
        if (value.isEmpty() || value.length() > MAX_PROPERTY_KEY) {
          errors.add("criteria.property_key", "must have 1 to " + MAX_PROPERTY_KEY + " characters");
          return null;
        }
        return value;
    }
  }

  private static String typeOf(String field) {
    return OWN_FIELD.entrySet().stream().filter(e -> e.getValue().equals(field)).findFirst().orElseThrow().getKey();
  }

  private static String text(JsonObject c, String name) {
    return c.get(name) instanceof JsonString s ? s.getString() : null;
  }

  static String type(JsonObject stored) {
    return stored.getString("type");
  }

  static int target(JsonObject stored) {
    return stored.getInt("target_value");
  }
}
