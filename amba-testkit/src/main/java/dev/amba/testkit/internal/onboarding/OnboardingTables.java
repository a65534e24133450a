package dev.amba.testkit.internal.onboarding;

import dev.amba.testkit.internal.kit.Field;
import dev.amba.testkit.internal.kit.Resource;
import dev.amba.testkit.internal.kit.Resource.Owner;
import jakarta.json.JsonValue;

/**
 * The onboarding tables (amba-api-modules.md 31.3): the project's flows, their steps kept as one
 * checked JSON array (OnboardingSteps), and each user's progress in a flow, one row per user and
 * flow, kept when the flow is deleted.
 */
final class OnboardingTables {

  private OnboardingTables() {}

  static final Resource FLOWS = Resource.in("onboarding_flows", Owner.PROJECT).withId()
      .field(
          Field.text("name").asRequired().withLength(1, 128),
          // Checked and put in canonical form by OnboardingSteps; required by the routes, which answer
          // its absence with invalid_steps (31.2) rather than the kit's invalid_input.
          Field.json("steps"),
          Field.bool("is_active").withDefault(JsonValue.TRUE))
      .timestamps()
      .creationOrder()
      // 31.4 #1: oldest first, so the first active row is the primary flow.
      .orderBy(Resource.CREATED_AT)
      .notFound("not_found", "no onboarding flow with this id in the project")
      .build();

  static final Resource PROGRESS = Resource.in("onboarding_progress", Owner.USER).withId()
      .field(
          Field.uuid("flow_id").asRequired().asServerSet(),
          Field.text("current_step").asServerSet().withLength(1, 64),
          Field.json("completed_steps").asRequired().asServerSet(),
          Field.json("answers").asRequired().asServerSet(),
          Field.timestamp("started_at").asRequired().asServerSet(),
          Field.timestamp("completed_at").asServerSet(),
          Field.text("status").asRequired().asServerSet().withValues("in_progress", "completed", "skipped"))
      .creationOrder()
      .unique("flow_id")
      .orderBy("started_at")
      .notFound("not_found", "the user has not started this onboarding flow")
      .build();
}
