package dev.amba.testkit.internal.friends;

import dev.amba.testkit.internal.kit.Field;
import dev.amba.testkit.internal.kit.Resource;
import dev.amba.testkit.internal.kit.Resource.Owner;

/**
 * The friends module's table (amba-api-modules.md 22.3): one row per unordered pair of users.
 * {@code pair} names the pair the same way whichever of the two asked (the lesser id, a space, the
 * greater; a user id never holds a space), and is unique: the table itself refuses a second row for
 * a pair, whatever two requests race.
 */
final class FriendTables {

  private FriendTables() {}

  static final String PENDING = "pending";
  static final String ACCEPTED = "accepted";
  static final String BLOCKED = "blocked";

  static final Resource PAIRS = Resource.in("friendships", Owner.PROJECT).withId()
      .field(
          Field.text("requester_id").asRequired().asServerSet().withLength(1, 128),
          Field.text("addressee_id").asRequired().asServerSet().withLength(1, 128),
          Field.text("status").asRequired().asServerSet().withValues(PENDING, ACCEPTED, BLOCKED),
          Field.text("blocked_by").asServerSet().withLength(1, 128),
          Field.text("pair").asRequired().asServerSet().withLength(3, 257).offWire())
      .timestamps()
      .creationOrder()
      .unique("pair")
      .orderBy(Resource.CREATED_AT)
      .notFound("not_found", "no friendship with this id that the user is in")
      .conflict("already_exists", "the two users already have a pending or accepted friendship")
      .build();

  /** The body of {@code POST /friends/request}: checked like a create body, never a table. */
  static final Resource REQUEST_BODY = Resource.in("friend_request_body", Owner.PROJECT)
      .field(Field.text("addressee_id").asRequired().withLength(1, 128))
      .build();

  /** The pair's name, the same from either side. */
  static String pair(String a, String b) {
    return a.compareTo(b) < 0 ? a + " " + b : b + " " + a;
  }
}
