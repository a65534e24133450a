package dev.amba.testkit.internal.store;

import dev.amba.testkit.internal.Times;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Entitlements per user, keyed by entitlement id: a new grant of the same id replaces the old. */
public final class EntitlementStore {

  /** What an admin grants; {@code productId} and {@code expirationDate} may be null. */
  public record Grant(String entitlementId, boolean active, String store, String productId,
      Instant expirationDate) {}

  /** A stored entitlement; {@code purchaseDate} is the time of its first grant. */
  public record EntitlementRow(String entitlementId, boolean active, String store, String productId,
      Instant purchaseDate, Instant expirationDate) {}

  private static final String COLUMNS =
      "entitlement_id, is_active, store, product_id, purchase_date, expiration_date";
  private static final int MAX_RACES = 3;

  private final Database db;
  private final Clock clock;

  public EntitlementStore(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /**
   * Writes a grant and returns the row as stored. A re-grant keeps the original purchase date, so
   * a renewal does not look like a new purchase.
   */
  public EntitlementRow grant(String projectId, String userId, Grant grant) throws SQLException {
    for (int attempt = 1; ; attempt++) {
      try {
        return db.transaction(c -> upsert(c, projectId, userId, grant));
      } catch (SQLException e) {
        // Two first grants raced on the primary key: the retry finds the winner's row.
        if (!Database.isUniqueViolation(e) || attempt == MAX_RACES) {
          throw e;
        }
      }
    }
  }

  private EntitlementRow upsert(Connection c, String projectId, String userId, Grant g)
      throws SQLException {
    Instant now = Times.truncate(clock.instant());
    Optional<EntitlementRow> existing = find(c, projectId, userId, g.entitlementId());
    Instant purchased = existing.map(EntitlementRow::purchaseDate).orElse(now);
    String sql = existing.isPresent()
        ? "UPDATE entitlements SET is_active = ?, store = ?, product_id = ?, purchase_date = ?, "
            + "expiration_date = ?, updated_at = ? WHERE project_id = ? AND user_id = ? AND entitlement_id = ?"
        : "INSERT INTO entitlements(is_active, store, product_id, purchase_date, expiration_date, "
            + "updated_at, project_id, user_id, entitlement_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setBoolean(1, g.active());
      ps.setString(2, g.store());
      ps.setString(3, g.productId());
      ps.setObject(4, Times.toSql(purchased));
      ps.setObject(5, g.expirationDate() == null ? null : Times.toSql(g.expirationDate()));
      ps.setObject(6, Times.toSql(now));
      ps.setString(7, projectId);
      ps.setString(8, userId);
      ps.setString(9, g.entitlementId());
      ps.executeUpdate();
    }
    return new EntitlementRow(g.entitlementId(), g.active(), g.store(), g.productId(), purchased,
        g.expirationDate());
  }

  /** The user's entitlements, by id. */
  public List<EntitlementRow> list(String projectId, String userId) throws SQLException {
    return db.read(c -> Rows.all(c, "SELECT " + COLUMNS + " FROM entitlements "
        + "WHERE project_id = ? AND user_id = ? ORDER BY entitlement_id", EntitlementStore::map, projectId, userId));
  }

  private static Optional<EntitlementRow> find(Connection c, String projectId, String userId,
      String entitlementId) throws SQLException {
    return Rows.one(c, "SELECT " + COLUMNS + " FROM entitlements "
        + "WHERE project_id = ? AND user_id = ? AND entitlement_id = ?", EntitlementStore::map,
        projectId, userId, entitlementId);
  }

  private static EntitlementRow map(ResultSet rs) throws SQLException {
    return new EntitlementRow(rs.getString(1), rs.getBoolean(2), rs.getString(3), rs.getString(4),
        Times.fromSql(rs.getObject(5, OffsetDateTime.class)),
        Times.fromSql(rs.getObject(6, OffsetDateTime.class)));
  }
}
