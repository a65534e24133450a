package dev.amba.testkit.internal.store;

import dev.amba.testkit.internal.Ids;
import dev.amba.testkit.internal.Times;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;

/**
 * End-user sessions. Tokens are opaque and looked up, never decoded: the emulator has no JWT
 * keys to leak and a test cannot forge a session. Sessions do not expire.
 */
public final class SessionStore {

  /** An issued session. */
  public record Session(String token, String refreshToken, String projectId, String userId) {
    @Override
    public String toString() {
      return "Session[projectId=" + projectId + ", userId=" + userId + "]";
    }
  }

  private final Database db;
  private final Clock clock;

  public SessionStore(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  public Session create(String projectId, String userId) throws SQLException {
    Session session = new Session(Ids.sessionToken(), Ids.refreshToken(), projectId, userId);
    db.read(c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "INSERT INTO sessions(token, refresh_token, project_id, user_id, created_at) VALUES (?, ?, ?, ?, ?)")) {
        ps.setString(1, session.token());
        ps.setString(2, session.refreshToken());
        ps.setString(3, projectId);
        ps.setString(4, userId);
        ps.setObject(5, Times.toSql(Times.truncate(clock.instant())));
        return ps.executeUpdate();
      }
    });
    return session;
  }

  public Optional<Session> findByToken(String token) throws SQLException {
    return db.read(c -> Rows.one(c, "SELECT token, refresh_token, project_id, user_id FROM sessions WHERE token = ?",
        rs -> new Session(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)), token));
  }
}
