package dev.amba.testkit.internal.store;

import dev.amba.testkit.internal.Times;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * AI prompts by slug. Every upsert adds a version and never rewrites an old one, so a usage event
 * can name the exact prompt text that produced an answer.
 */
public final class AiPromptStore {

  /** What an admin sends; {@code maxTokens} and {@code temperature} may be null (no default). */
  public record NewPrompt(String name, String provider, String model, String systemPrompt,
      Integer maxTokens, BigDecimal temperature) {}

  /** One stored version of a prompt. */
  public record PromptRow(String name, int version, String provider, String model,
      String systemPrompt, Integer maxTokens, BigDecimal temperature, Instant createdAt) {}

  private static final String COLUMNS =
      "name, version, provider, model, system_prompt, max_tokens, temperature, created_at";
  // Two admins saving the same slug at once both compute the same next version; the loser of
  // the primary-key race simply takes the version after.
  private static final int MAX_VERSION_RACES = 5;

  private final Database db;
  private final Clock clock;

  public AiPromptStore(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  public PromptRow upsert(String projectId, NewPrompt prompt) throws SQLException {
    for (int attempt = 1; ; attempt++) {
      try {
        return db.transaction(c -> insertNextVersion(c, projectId, prompt));
      } catch (SQLException e) {
        if (!Database.isUniqueViolation(e) || attempt == MAX_VERSION_RACES) {
          throw e;
        }
      }
    }
  }

  private PromptRow insertNextVersion(Connection c, String projectId, NewPrompt p) throws SQLException {
    int version;
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT COALESCE(MAX(version), 0) FROM ai_prompts WHERE project_id = ? AND name = ?")) {
      ps.setString(1, projectId);
      ps.setString(2, p.name());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        version = rs.getInt(1) + 1;
      }
    }
    Instant now = Times.truncate(clock.instant());
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO ai_prompts(project_id, " + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, projectId);
      ps.setString(2, p.name());
      ps.setInt(3, version);
      ps.setString(4, p.provider());
      ps.setString(5, p.model());
      ps.setString(6, p.systemPrompt());
      if (p.maxTokens() == null) {
        ps.setNull(7, Types.INTEGER);
      } else {
        ps.setInt(7, p.maxTokens());
      }
      ps.setBigDecimal(8, p.temperature());
      ps.setObject(9, Times.toSql(now));
      ps.executeUpdate();
    }
    return new PromptRow(p.name(), version, p.provider(), p.model(), p.systemPrompt(),
        p.maxTokens(), p.temperature(), now);
  }

  /** The newest version of a prompt. */
  public Optional<PromptRow> latest(String projectId, String name) throws SQLException {
    return db.read(c -> Rows.one(c, "SELECT " + COLUMNS
        + " FROM ai_prompts WHERE project_id = ? AND name = ? ORDER BY version DESC LIMIT 1", rs -> {
          int maxTokens = rs.getInt(6);
          Integer maxOrNull = rs.wasNull() ? null : maxTokens;
          return new PromptRow(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
              maxOrNull, rs.getBigDecimal(7), Times.fromSql(rs.getObject(8, OffsetDateTime.class)));
        }, projectId, name));
  }
}
