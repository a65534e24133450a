package dev.amba.testkit.internal.friends;

import static dev.amba.testkit.internal.friends.FriendTables.ACCEPTED;
import static dev.amba.testkit.internal.friends.FriendTables.BLOCKED;
import static dev.amba.testkit.internal.friends.FriendTables.PAIRS;

import dev.amba.testkit.internal.engagement.Relationships;
import dev.amba.testkit.internal.kit.Resource.Scope;
import dev.amba.testkit.internal.kit.Row;
import dev.amba.testkit.internal.store.Stores;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the pairs table says of who is connected to whom: the reads the routes share, and the
 * {@link Relationships} the feeds and messaging modules see. Each read is one statement, so it sees
 * a pair as one committed write left it.
 */
final class FriendGraph implements Relationships {

  private final Stores stores;

  FriendGraph(Stores stores) {
    this.stores = stores;
  }

  /** The pair's row, whichever of the two asked. */
  static Optional<Row> ofPair(Connection c, String projectId, String a, String b) throws SQLException {
    return PAIRS.listWhere(c, Scope.project(projectId), PAIRS.where().eq("pair", FriendTables.pair(a, b))).stream()
        .findFirst();
  }

  /** The rows in one status that the user is in, oldest first. */
  static List<Row> ofUser(Connection c, String projectId, String userId, String status) throws SQLException {
    return PAIRS.listWhere(c, Scope.project(projectId),
        PAIRS.where().eq("status", status).eitherEq("requester_id", "addressee_id", userId));
  }

  @Override
  public boolean blocked(String projectId, String userA, String userB) throws SQLException {
    return stores.db().read(c -> ofPair(c, projectId, userA, userB)).filter(r -> BLOCKED.equals(r.string("status")))
        .isPresent();
  }

  @Override
  public Set<String> friends(String projectId, String userId) throws SQLException {
    return others(projectId, userId, ACCEPTED);
  }

  @Override
  public Set<String> blockedWith(String projectId, String userId) throws SQLException {
    return others(projectId, userId, BLOCKED);
  }

  private Set<String> others(String projectId, String userId, String status) throws SQLException {
    Set<String> others = new LinkedHashSet<>();
    for (Row r : stores.db().read(c -> ofUser(c, projectId, userId, status))) {
      others.add(other(r, userId));
    }
    return others;
  }

  /** The participant of the row who is not {@code userId}. */
  static String other(Row row, String userId) {
    String requester = row.string("requester_id");
    return requester.equals(userId) ? row.string("addressee_id") : requester;
  }
}
