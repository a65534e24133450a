package dev.amba.testkit.internal.experiments;

import dev.amba.testkit.internal.kit.Field;
import dev.amba.testkit.internal.kit.Resource;
import dev.amba.testkit.internal.kit.Resource.Owner;
import jakarta.json.Json;

/**
 * The experiments module's tables (amba-api-modules.md 35.3). An assignment is one row per user and
 * experiment (the key of the user's rows is the experiment's id, so the table itself refuses a
 * second), and keeps its variant whatever later happens to the experiment's variants.
 */
final class ExperimentTables {

  private ExperimentTables() {}

  static final String ACTIVE = "active";

  static final Resource EXPERIMENTS = Resource.in("experiments", Owner.PROJECT).withId()
      .field(
          Field.key("key"),
          Field.text("name").asRequired().withLength(1, 128),
          Field.text("description").withLength(0, 1024),
          Field.json("variants").asRequired(),
          Field.text("status").withValues(ACTIVE, "paused", "ended").withDefault(Json.createValue(ACTIVE)))
      .timestamps()
      .key("key")
      .orderBy("key")
      .notFound("experiment_not_found", "no experiment with this key")
      .conflict("experiment_exists", "an experiment with this key already exists")
      .build();

  static final Resource ASSIGNMENTS = Resource.in("experiment_assignments", Owner.USER)
      .field(
          Field.text("experiment_id").asRequired().asServerSet().withLength(36, 36),
          Field.text("experiment_key").asRequired().asServerSet().withLength(1, 64),
          Field.text("variant").asRequired().asServerSet().withLength(1, 64),
          Field.timestamp("assigned_at").asRequired().asServerSet())
      .key("experiment_id")
      .build();

  static final Resource EXPOSURES = Resource.in("experiment_exposures", Owner.USER).withId()
      .field(
          Field.text("experiment_id").asRequired().asServerSet().withLength(36, 36).offWire(),
          Field.text("experiment_key").asRequired().asServerSet().withLength(1, 64),
          Field.text("variant").asRequired().asServerSet().withLength(1, 64),
          Field.json("context").asServerSet(),
          Field.timestamp("exposed_at").asRequired().asServerSet())
      .creationOrder()
      .orderBy(Resource.CREATION_SEQ)
      .build();
}
