package dev.amba.testkit.internal.store;

import dev.amba.testkit.EmulatorProject;
import dev.amba.testkit.internal.Ids;
import dev.amba.testkit.internal.Times;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;

/** Projects and their keys. */
public final class ProjectStore {
  private static final String COLUMNS = "id, client_key, server_key, pat";

  private final Database db;
  private final Clock clock;

  public ProjectStore(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  public EmulatorProject create(boolean isDefault) throws SQLException {
    return create(new EmulatorProject(Ids.projectId(), Ids.clientKey(), Ids.serverKey(), Ids.pat()), isDefault);
  }

  /** A project whose id and keys a seed file chose; a taken id or key is a unique violation. */
  public EmulatorProject create(EmulatorProject project, boolean isDefault) throws SQLException {
    db.read(c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "INSERT INTO projects(id, client_key, server_key, pat, is_default, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
        ps.setString(1, project.projectId());
        ps.setString(2, project.clientKey());
        ps.setString(3, project.serverKey());
        ps.setString(4, project.pat());
        ps.setBoolean(5, isDefault);
        ps.setObject(6, Times.toSql(Times.truncate(clock.instant())));
        return ps.executeUpdate();
      }
    });
    return project;
  }

  /** The default project of a reopened data directory, so its printed keys stay valid. */
  public Optional<EmulatorProject> findDefault() throws SQLException {
    return findOne("SELECT " + COLUMNS + " FROM projects WHERE is_default ORDER BY created_at LIMIT 1");
  }

  /** Every project, the default first, then by creation. */
  public java.util.List<EmulatorProject> all() throws SQLException {
    return db.read(c -> Rows.all(c, "SELECT " + COLUMNS + " FROM projects ORDER BY is_default DESC, created_at, id",
        rs -> new EmulatorProject(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))));
  }

  public Optional<EmulatorProject> findById(String id) throws SQLException {
    return findOne("SELECT " + COLUMNS + " FROM projects WHERE id = ?", id);
  }

  public Optional<EmulatorProject> findByClientKey(String key) throws SQLException {
    return findOne("SELECT " + COLUMNS + " FROM projects WHERE client_key = ?", key);
  }

  public Optional<EmulatorProject> findByServerKey(String key) throws SQLException {
    return findOne("SELECT " + COLUMNS + " FROM projects WHERE server_key = ?", key);
  }

  public Optional<EmulatorProject> findByPat(String pat) throws SQLException {
    return findOne("SELECT " + COLUMNS + " FROM projects WHERE pat = ?", pat);
  }

  private Optional<EmulatorProject> findOne(String sql, Object... args) throws SQLException {
    return db.read(c -> Rows.one(c, sql,
        rs -> new EmulatorProject(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)), args));
  }
}
