package dev.amba.testkit.internal.messaging;

import dev.amba.testkit.internal.ApiException;
import dev.amba.testkit.internal.ApiRequest;
import dev.amba.testkit.internal.FieldErrors;
import dev.amba.testkit.internal.JsonIo;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One messaging request body, checked field by field (25.1): malformed JSON is 400
 * {@code invalid_json}; every other mistake is collected and answered at once as 400
 * {@code invalid_payload}, with {@code details.fields} as section 3 has them and
 * {@code details.missing} naming the required fields that are absent (D).
 */
final class Payload {

  private static final String CODE = "invalid_payload";
  private static final int MAX_USER_ID = 128;

  private final JsonObject body;
  private final FieldErrors errors = new FieldErrors(CODE);
  private final List<String> missing = new ArrayList<>();

  private Payload(JsonObject body) {
    this.body = body;
  }

  /** The request's body, its fields outside {@code allowed} recorded as errors. */
  static Payload of(ApiRequest request, Set<String> allowed) {
    JsonValue value = request.json();
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      throw new FieldErrors(CODE).wrongType("$", "a JSON object", value).toException();
    }
    Payload payload = new Payload(value.asJsonObject());
    payload.errors.unknownFields(payload.body, allowed);
    return payload;
  }

  /** A one-field refusal with this module's code. */
  static ApiException single(String path, String message) {
    return new FieldErrors(CODE).add(path, message).toException();
  }

  /** A string among {@code values}; {@code absent} when the field is left out. */
  String oneOf(String name, String absent, String... values) {
    JsonValue v = body.get(name);
    if (v == null) {
      return absent;
    }
    if (v instanceof JsonString s && List.of(values).contains(s.getString())) {
      return s.getString();
    }
    errors.add(name, "must be one of " + List.of(values), "string", v);
    return absent;
  }

  /** Text of 1..{@code max} characters, not blank; JSON null when an optional field is left out or null. */
  JsonValue text(String name, int max, boolean required) {
    JsonValue v = body.get(name);
    if (v == null || (v.getValueType() == JsonValue.ValueType.NULL && !required)) {
      if (required) {
        absent(name);
      }
      return JsonValue.NULL;
    }
    if (!(v instanceof JsonString s)) {
      errors.wrongType(name, "a string", v);
      return JsonValue.NULL;
    }
    if (s.getString().isBlank() || s.getString().length() > max) {
      errors.add(name, "must be 1.." + max + " characters and not blank");
    }
    return s;
  }

  /** A JSON object; {@code {}} when left out. */
  JsonObject object(String name) {
    JsonValue v = body.get(name);
    if (v == null) {
      return JsonValue.EMPTY_JSON_OBJECT;
    }
    if (v.getValueType() != JsonValue.ValueType.OBJECT) {
      errors.wrongType(name, "a JSON object", v);
      return JsonValue.EMPTY_JSON_OBJECT;
    }
    return v.asJsonObject();
  }

  /** A required user id. */
  String userId(String name) {
    JsonValue v = body.get(name);
    if (v == null) {
      absent(name);
      return null;
    }
    if (!(v instanceof JsonString s) || s.getString().isEmpty() || s.getString().length() > MAX_USER_ID) {
      errors.add(name, "must be a user id of 1.." + MAX_USER_ID + " characters", "string", v);
      return null;
    }
    return s.getString();
  }

  /** A required array of user ids, at most as many as a conversation holds. */
  List<String> userIds(String name) {
    JsonValue v = body.get(name);
    List<String> ids = new ArrayList<>();
    if (v == null) {
      absent(name);
      return ids;
    }
    if (!(v instanceof JsonArray array)) {
      errors.wrongType(name, "an array of user ids", v);
      return ids;
    }
    if (array.size() > MessagingTables.MAX_PARTICIPANTS) {
      errors.add(name, "must name at most " + MessagingTables.MAX_PARTICIPANTS + " users");
      return ids;
    }
    for (int i = 0; i < array.size(); i++) {
      JsonValue item = array.get(i);
      if (item instanceof JsonString s && !s.getString().isEmpty() && s.getString().length() <= MAX_USER_ID) {
        ids.add(s.getString());
      } else {
        errors.add(name + "[" + i + "]", "must be a user id of 1.." + MAX_USER_ID + " characters", "string", item);
      }
    }
    return ids;
  }

  private void absent(String name) {
    missing.add(name);
    errors.add(name, "is required");
  }

  /** @throws ApiException 400 {@code invalid_payload} listing every problem found */
  void throwIfAny() {
    if (errors.size() == 0) {
      return;
    }
    ApiException e = errors.toException();
    JsonArrayBuilder absent = JsonIo.array();
    missing.forEach(absent::add);
    throw new ApiException(e.status(), e.code(), e.getMessage(),
        Json.createObjectBuilder(e.details()).add("missing", absent).build());
  }
}
