package dev.amba.testkit.internal.sessions;

import dev.amba.testkit.internal.kit.Field;
import dev.amba.testkit.internal.kit.Resource;
import dev.amba.testkit.internal.kit.Resource.Owner;
import jakarta.json.JsonValue;

/**
 * App sessions (amba-api-modules.md 29.3): one row per (user, the client's {@code session_id}).
 * Owned by the project with the user as a field, so the admin analytics read a period's rows of
 * every user in one query; the unique index keeps a user's session id to one row, whatever two
 * starts race.
 */
final class SessionTables {

  private SessionTables() {}

  static final Resource SESSIONS = Resource.in("app_sessions", Owner.PROJECT).withId()
      .field(
          Field.text("app_user_id").asRequired().asServerSet().withLength(1, 128),
          Field.text("session_id").asRequired().withLength(1, 128),
          Field.timestamp("started_at").asRequired().asServerSet(),
          Field.timestamp("ended_at").asServerSet(),
          Field.bigint("duration_seconds").asServerSet(),
          Field.text("platform").withLength(1, 128),
          Field.text("app_version").withLength(1, 128),
          Field.text("device_model").withLength(1, 128),
          Field.text("ip_address").asServerSet().withLength(1, 64),
          Field.json("metadata").withDefault(JsonValue.EMPTY_JSON_OBJECT))
      .creationOrder()
      .unique("app_user_id", "session_id")
      .orderBy("-started_at")
      .notFound("not_found", "no session with this session_id")
      .build();

  /** The body of end and heartbeat: checked like a create body, never a table. */
  static final Resource REF_BODY = Resource.in("app_session_ref", Owner.PROJECT)
      .field(Field.text("session_id").asRequired().withLength(1, 128))
      .build();
}
