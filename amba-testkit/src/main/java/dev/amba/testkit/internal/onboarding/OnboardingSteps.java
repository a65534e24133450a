package dev.amba.testkit.internal.onboarding;

import dev.amba.testkit.internal.ApiException;
import dev.amba.testkit.internal.FieldErrors;
import dev.amba.testkit.internal.JsonIo;
import dev.amba.testkit.internal.kit.Field;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A flow's steps (31.2): checked as a whole and put in canonical form
 * {@code {id, title, description, type, config}}. Every problem is 400 {@code invalid_steps} with
 * the path of the offending value (X: 31.2 names the code for duplicate ids and no steps; the same
 * code covers a step that breaks its own rules).
 */
final class OnboardingSteps {

  /** X: the most steps a flow has. */
  static final int MAX_STEPS = 100;
  private static final Set<String> STEP_FIELDS = Set.of("id", "title", "description", "type", "config");

  private OnboardingSteps() {}

  /** The canonical array of {@code given}, or 400 {@code invalid_steps}. */
  static JsonArray canonical(JsonValue given) {
    FieldErrors errors = new FieldErrors("invalid_steps");
    if (!(given instanceof JsonArray steps) || steps.isEmpty() || steps.size() > MAX_STEPS) {
      throw errors.add("steps", "must be an array of 1 to " + MAX_STEPS + " steps").toException();
    }
    JsonArrayBuilder out = JsonIo.array();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < steps.size(); i++) {
      String at = "steps[" + i + "]";
      if (!(steps.get(i) instanceof JsonObject step)) {
        errors.add(at, "must be an object");
        continue;
      }
      errors.unknownFields(at + ".", new java.util.TreeSet<>(step.keySet()), STEP_FIELDS, "is not one of");
      String id = text(step, "id", at, errors, 1, 64, true);
      if (id != null && !Field.KEY.matcher(id).matches()) {
        errors.add(at + ".id", Field.KEY_RULE);
      } else if (id != null && !ids.add(id)) {
        errors.add(at + ".id", "repeats the id of an earlier step");
      }
      String title = text(step, "title", at, errors, 1, 128, true);
      if (title != null && title.isBlank()) {
        errors.add(at + ".title", "must not be blank");
      }
      String description = text(step, "description", at, errors, 0, 1024, false);
      String type = text(step, "type", at, errors, 1, 64, true);
      if (type != null && !Field.KEY.matcher(type).matches()) {
        errors.add(at + ".type", Field.KEY_RULE);
      }
      JsonValue config = step.get("config");
      if (config != null && config.getValueType() != JsonValue.ValueType.OBJECT
          && config.getValueType() != JsonValue.ValueType.NULL) {
        errors.add(at + ".config", "must be an object");
      }
      out.add(JsonIo.object().add("id", JsonIo.string(id)).add("title", JsonIo.string(title))
          .add("description", JsonIo.string(description)).add("type", JsonIo.string(type))
          .add("config", config instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT));
    }
    errors.throwIfAny();
    return out.build();
  }

  /** The step ids of a stored flow, in flow order. */
  static List<String> ids(JsonArray steps) {
    List<String> ids = new ArrayList<>(steps.size());
    steps.forEach(s -> ids.add(s.asJsonObject().getString("id")));
    return ids;
  }

  private static String text(JsonObject step, String name, String at, FieldErrors errors, int min, int max,
      boolean required) {
    JsonValue v = step.get(name);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      if (required) {
        errors.add(at + "." + name, "is required");
      }
      return null;
    }
    if (!(v instanceof JsonString s)) {
      errors.wrongType(at + "." + name, "string", v);
      return null;
    }
    if (s.getString().length() < min || s.getString().length() > max) {
      errors.add(at + "." + name, "must have " + min + " to " + max + " characters");
      return null;
    }
    return s.getString();
  }

  static ApiException missing() {
    return new FieldErrors("invalid_steps").add("steps", "is required").toException();
  }
}
