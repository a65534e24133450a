package dev.amba.testkit.internal.segments;

import dev.amba.testkit.internal.kit.Field;
import dev.amba.testkit.internal.kit.Resource;
import dev.amba.testkit.internal.kit.Resource.Owner;
import java.util.regex.Pattern;

/**
 * The segments table (amba-api-modules.md 36.2). A project's four system segments are rows of it
 * like any other, told apart by {@code is_system}, and {@code system_key} (never on the wire) names
 * which one a row is: unique, so two first reads racing to seed a project cannot seed it twice.
 */
final class SegmentTables {

  private SegmentTables() {}

  private static final Pattern NOT_BLANK = Pattern.compile("(?s).*\\S.*");

  static final Resource SEGMENTS = Resource.in("segments", Owner.PROJECT).withId()
      .field(
          Field.text("name").asRequired().withLength(1, 128).withPattern(NOT_BLANK, "must not be blank"),
          Field.text("description").withLength(0, 1024),
          // Checked by RuleTree, which names the node at fault (400 invalid_segment_rules).
          Field.json("rules").asRequired(),
          Field.bool("is_system").asServerSet(),
          Field.integer("user_count").asServerSet(),
          Field.timestamp("last_evaluated_at").asServerSet(),
          Field.text("system_key").asServerSet().offWire().withLength(1, 32))
      .timestamps()
      .creationOrder()
      .unique("system_key")
      .orderBy("-is_system")
      .notFound("not_found", "no segment with this id in the project")
      .build();
}
