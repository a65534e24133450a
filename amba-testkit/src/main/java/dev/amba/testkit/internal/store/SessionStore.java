package dev.amba.testkit.internal.store;

import dev.amba.testkit.internal.Ids;
import dev.amba.testkit.internal.Times;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * End-user sessions. Tokens are opaque and looked up, never decoded: the emulator has no JWT
 * keys to leak and a test cannot forge a session. A session lasts {@link #LIFETIME} from its
 * creation by the emulator's clock (X: Amba's JWT sessions carry an {@code exp}; the protocol gives
 * no lifetime), so moving the clock past it tests an expired token over the wire. No route renews
 * one: a client signs in again.
 */
public final class SessionStore {

  /** How long a session is accepted after it was issued. */
  public static final Duration LIFETIME = Duration.ofHours(1);

  /** An issued session. */
  public record Session(String token, String refreshToken, String projectId, String userId, Instant expiresAt) {
    @Override
    public String toString() {
      return "Session[projectId=" + projectId + ", userId=" + userId + ", expiresAt=" + expiresAt + "]";
    }
  }

  private final Database db;
  private final Clock clock;

  public SessionStore(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  public Session create(String projectId, String userId) throws SQLException {
    Instant created = Times.truncate(clock.instant());
    Session session = new Session(Ids.sessionToken(), Ids.refreshToken(), projectId, userId, created.plus(LIFETIME));
    db.read(c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "INSERT INTO sessions(token, refresh_token, project_id, user_id, created_at) VALUES (?, ?, ?, ?, ?)")) {
        ps.setString(1, session.token());
        ps.setString(2, session.refreshToken());
        ps.setString(3, projectId);
        ps.setString(4, userId);
        ps.setObject(5, Times.toSql(created));
        return ps.executeUpdate();
      }
    });
    return session;
  }

  /** The session of {@code token}, expired or not: see {@link #isExpired}. */
  public Optional<Session> findByToken(String token) throws SQLException {
    return db.read(c -> Rows.one(c,
        "SELECT token, refresh_token, project_id, user_id, created_at FROM sessions WHERE token = ?",
        rs -> new Session(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            Times.fromSql(rs.getObject(5, OffsetDateTime.class)).plus(LIFETIME)), token));
  }

  /** Whether the emulator's clock has reached the session's expiry. */
  public boolean isExpired(Session session) {
    return !clock.instant().isBefore(session.expiresAt());
  }
}
