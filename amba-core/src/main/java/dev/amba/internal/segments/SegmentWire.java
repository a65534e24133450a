package dev.amba.internal.segments;

import dev.amba.internal.util.JsonValues;
import dev.amba.segments.Condition;
import dev.amba.segments.ConditionOp;
import dev.amba.segments.Segment;
import dev.amba.segments.SegmentOperator;
import dev.amba.segments.SegmentRule;
import dev.amba.segments.SegmentRules;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A segment as it arrives (36.2): the rule tree is read as JSON and turned into the public nodes. */
public final class SegmentWire {

  private SegmentWire() {}

  public record Row(
      String id,
      String name,
      String description,
      JsonObject rules,
      Boolean isSystem,
      Long userCount,
      Instant lastEvaluatedAt,
      Instant createdAt,
      Instant updatedAt) {

    Segment toSegment() {
      return new Segment(id, name, description, rules == null ? SegmentRules.all() : group(rules),
          Boolean.TRUE.equals(isSystem), userCount == null ? 0 : userCount, lastEvaluatedAt, createdAt, updatedAt);
    }
  }

  private static SegmentRules group(JsonObject group) {
    List<SegmentRule> nodes = new ArrayList<>();
    JsonValue conditions = group.get("conditions");
    if (conditions != null && conditions.getValueType() == JsonValue.ValueType.ARRAY) {
      for (JsonValue v : conditions.asJsonArray()) {
        if (v instanceof JsonObject node) {
          nodes.add(node.containsKey("operator") || node.containsKey("conditions") ? group(node) : condition(node));
        }
      }
    }
    return new SegmentRules(SegmentOperator.fromWire(text(group, "operator")), nodes);
  }

  private static Condition condition(JsonObject node) {
    ConditionOp op = ConditionOp.fromWire(text(node, "op"));
    return new Condition(text(node, "field"), op, JsonValues.toJava(node.get("value")));
  }

  private static String text(JsonObject o, String key) {
    return o.get(key) instanceof JsonString s ? s.getString() : null;
  }
}
