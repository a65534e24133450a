package dev.amba.testkit.internal.store;

import dev.amba.testkit.internal.Ids;
import dev.amba.testkit.internal.Times;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Buckets, pending uploads and assets. Rows live in H2; bytes live in files (under the data
 * directory, or a temporary directory removed at close), written while they stream in, so an
 * upload of any size never sits in memory.
 */
public final class StorageStore implements AutoCloseable {

  public record BucketRow(String projectId, String name, boolean publicRead, Integer retentionDays,
      Instant createdAt) {}

  public record UploadRow(String id, String projectId, String userId, String bucket, String filename,
      String mimeType, long sizeBytes, Integer retentionDays, String assetId, Instant expiresAt,
      Long receivedBytes, boolean committed) {}

  /** An asset; {@code expiresAt} is when its retention ends, null for never. */
  public record AssetRow(String id, String projectId, String userId, String bucket, String key,
      String filename, String mimeType, long sizeBytes, Integer retentionDays, Instant createdAt,
      Instant expiresAt, boolean publicRead) {

    public boolean isLive(Instant now) {
      return expiresAt == null || now.isBefore(expiresAt);
    }
  }

  /** What a commit did: the asset, and whether this call created it (a repeated commit did not). */
  public record Commit(AssetRow asset, boolean created) {}

  /** Why a commit was refused. */
  public enum CommitRefusal { UNKNOWN_UPLOAD, WRONG_ASSET, INCOMPLETE }

  /** The client stopped sending before its body ended: its problem, not a failure of the store. */
  public static final class BodyInterrupted extends IOException {
    private static final long serialVersionUID = 1L;

    BodyInterrupted(IOException cause) {
      super("the upload body ended early: " + cause.getMessage(), cause);
    }
  }

  public static final class CommitRefused extends Exception {
    private static final long serialVersionUID = 1L;
    private final CommitRefusal reason;
    private final transient UploadRow upload;

    CommitRefused(CommitRefusal reason, UploadRow upload) {
      super(reason.name(), null, false, false);
      this.reason = reason;
      this.upload = upload;
    }

    public CommitRefusal reason() {
      return reason;
    }

    public UploadRow upload() {
      return upload;
    }
  }

  private static final String ASSET_COLUMNS = "a.id, a.project_id, a.user_id, a.bucket, a.object_key, "
      + "a.filename, a.mime_type, a.size_bytes, a.retention_days, a.created_at, a.expires_at, b.is_public";
  private static final String ASSET_FROM = " FROM media_assets a JOIN storage_buckets b "
      + "ON b.project_id = a.project_id AND b.name = a.bucket";
  private static final String UPLOAD_COLUMNS = "id, project_id, user_id, bucket, filename, mime_type, "
      + "size_bytes, retention_days, asset_id, expires_at, received_bytes, committed";

  private final Database db;
  private final Clock clock;
  private final Path uploads;
  private final Path assets;
  private final Path temporaryRoot;

  private StorageStore(Database db, Clock clock, Path root, boolean temporary) throws IOException {
    this.db = db;
    this.clock = clock;
    this.uploads = Files.createDirectories(root.resolve("uploads"));
    this.assets = Files.createDirectories(root.resolve("assets"));
    this.temporaryRoot = temporary ? root : null;
  }

  /**
   * @param dataDirectory the emulator's data directory, or null for an in-memory emulator, whose
   *     bytes then go to a temporary directory that {@link #close()} removes
   */
  public static StorageStore open(Database db, Clock clock, Path dataDirectory) {
    try {
      return dataDirectory == null
          ? new StorageStore(db, clock, Files.createTempDirectory("amba-emulator-storage-"), true)
          : new StorageStore(db, clock, dataDirectory.resolve("storage"), false);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the emulator's storage directory", e);
    }
  }

  // ---- buckets

  /** Empty when the project already has a bucket of this name. */
  public Optional<BucketRow> createBucket(String projectId, String name, boolean publicRead,
      Integer retentionDays) throws SQLException {
    BucketRow row = new BucketRow(projectId, name, publicRead, retentionDays, Times.truncate(clock.instant()));
    try {
      db.read(c -> {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO storage_buckets(project_id, name, "
            + "is_public, retention_days, created_at) VALUES (?, ?, ?, ?, ?)")) {
          ps.setString(1, projectId);
          ps.setString(2, name);
          ps.setBoolean(3, publicRead);
          setInt(ps, 4, retentionDays);
          ps.setObject(5, Times.toSql(row.createdAt()));
          return ps.executeUpdate();
        }
      });
    } catch (SQLException e) {
      if (Database.isUniqueViolation(e)) {
        return Optional.empty();
      }
      throw e;
    }
    return Optional.of(row);
  }

  public Optional<BucketRow> findBucket(String projectId, String name) throws SQLException {
    return db.read(c -> Rows.one(c, "SELECT project_id, name, is_public, retention_days, created_at "
        + "FROM storage_buckets WHERE project_id = ? AND name = ?",
        rs -> new BucketRow(rs.getString(1), rs.getString(2), rs.getBoolean(3), getInt(rs, 4),
            Times.fromSql(rs.getObject(5, OffsetDateTime.class))),
        projectId, name));
  }

  // ---- uploads

  public UploadRow createUpload(String projectId, String userId, String bucket, String filename,
      String mimeType, long sizeBytes, Integer retentionDays, Duration validFor) throws SQLException {
    Instant now = Times.truncate(clock.instant());
    // Whole seconds: the expiry travels in the signed URL as epoch seconds.
    Instant expiresAt = Instant.ofEpochSecond(now.plus(validFor).getEpochSecond());
    UploadRow row = new UploadRow(Ids.uuid(), projectId, userId, bucket, filename, mimeType, sizeBytes,
        retentionDays, Ids.uuid(), expiresAt, null, false);
    db.read(c -> {
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO storage_uploads(id, project_id, user_id, "
          + "bucket, filename, mime_type, size_bytes, retention_days, asset_id, expires_at, committed, "
          + "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?)")) {
        ps.setString(1, row.id());
        ps.setString(2, projectId);
        ps.setString(3, userId);
        ps.setString(4, bucket);
        ps.setString(5, filename);
        ps.setString(6, mimeType);
        ps.setLong(7, sizeBytes);
        setInt(ps, 8, retentionDays);
        ps.setString(9, row.assetId());
        ps.setObject(10, Times.toSql(expiresAt));
        ps.setObject(11, Times.toSql(now));
        return ps.executeUpdate();
      }
    });
    return row;
  }

  public Optional<UploadRow> findUpload(String id) throws SQLException {
    return db.read(c -> findUpload(c, id, false));
  }

  /**
   * Streams the body into a file, at most {@code limit} bytes, and records its size. Returns the
   * bytes received, or -1 when the body held more than {@code limit} (nothing is kept then). A
   * repeated {@code PUT} replaces the earlier bytes, as a retry must. Returns -2 when the upload was
   * committed while the bytes streamed in.
   */
  public long receive(UploadRow upload, InputStream body, long limit) throws IOException, SQLException {
    Path part = uploads.resolve(upload.id() + "." + Ids.uuid() + ".part");
    long total = 0;
    try {
      try (OutputStream out = Files.newOutputStream(part)) {
        byte[] buf = new byte[64 * 1024];
        for (int n; (n = readBody(body, buf)) >= 0; ) {
          total += n;
          if (total > limit) {
            return -1;
          }
          out.write(buf, 0, n);
        }
      }
      Files.move(part, uploads.resolve(upload.id()), StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(part);
    }
    long received = total;
    int updated = db.read(c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "UPDATE storage_uploads SET received_bytes = ? WHERE id = ? AND NOT committed")) {
        ps.setLong(1, received);
        ps.setString(2, upload.id());
        return ps.executeUpdate();
      }
    });
    return updated == 1 ? received : -2;
  }

  private static int readBody(InputStream body, byte[] buf) throws BodyInterrupted {
    try {
      return body.read(buf);
    } catch (IOException e) {
      throw new BodyInterrupted(e);
    }
  }

  /**
   * Turns a fully received upload into an asset, once: a repeated commit returns the same asset.
   * The upload must be the caller's ({@code projectId}, {@code userId}).
   */
  public Commit commit(String projectId, String userId, String uploadId, String assetId)
      throws SQLException, CommitRefused {
    try {
      return db.transaction(c -> {
        UploadRow up = findUpload(c, uploadId, true)
            .filter(u -> u.projectId().equals(projectId) && u.userId().equals(userId))
            .orElseThrow(() -> refused(CommitRefusal.UNKNOWN_UPLOAD, null));
        if (!up.assetId().equals(assetId)) {
          throw refused(CommitRefusal.WRONG_ASSET, up);
        }
        if (up.committed()) {
          return new Commit(findAsset(c, up.assetId()).orElseThrow(
              () -> new SQLException("committed upload without asset: " + up.id())), false);
        }
        if (up.receivedBytes() == null || up.receivedBytes() != up.sizeBytes()) {
          throw refused(CommitRefusal.INCOMPLETE, up);
        }
        Integer retention = up.retentionDays();
        if (retention == null) {
          retention = bucketRetention(c, projectId, up.bucket());
        }
        Instant now = Times.truncate(clock.instant());
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO media_assets(id, project_id, user_id, "
            + "bucket, object_key, filename, mime_type, size_bytes, retention_days, created_at, expires_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
          ps.setString(1, up.assetId());
          ps.setString(2, projectId);
          ps.setString(3, userId);
          ps.setString(4, up.bucket());
          ps.setString(5, userId + "/" + up.assetId() + "/" + up.filename());
          ps.setString(6, up.filename());
          ps.setString(7, up.mimeType());
          ps.setLong(8, up.sizeBytes());
          setInt(ps, 9, retention);
          ps.setObject(10, Times.toSql(now));
          ps.setObject(11, retention == null ? null : Times.toSql(now.plus(Duration.ofDays(retention))));
          ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
            "UPDATE storage_uploads SET committed = TRUE WHERE id = ?")) {
          ps.setString(1, up.id());
          ps.executeUpdate();
        }
        try {
          Files.move(uploads.resolve(up.id()), assets.resolve(up.assetId()), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
          throw new SQLException("cannot move the upload's bytes into place: " + e, e);
        }
        return new Commit(findAsset(c, up.assetId()).orElseThrow(), true);
      });
    } catch (WrappedRefusal w) {
      throw w.refusal;
    }
  }

  // ---- assets

  /** A live or expired asset that is not deleted; the caller decides what expiry means. */
  public Optional<AssetRow> findAsset(String id) throws SQLException {
    return db.read(c -> findAsset(c, id));
  }

  /** The user's live assets, newest first. */
  public Listing<AssetRow> listAssets(String projectId, String userId, int limit, int offset) throws SQLException {
    Instant now = clock.instant();
    String where = " WHERE a.project_id = ? AND a.user_id = ? AND a.deleted_at IS NULL"
        + " AND (a.expires_at IS NULL OR a.expires_at > ?)";
    return db.read(c -> Rows.page(c, "SELECT COUNT(*) FROM media_assets a" + where,
        "SELECT " + ASSET_COLUMNS + ASSET_FROM + where + " ORDER BY a.seq DESC LIMIT ? OFFSET ?",
        limit, offset, StorageStore::asset, projectId, userId, Times.toSql(now)));
  }

  /** Marks the asset deleted and removes its bytes; false when it was already gone. */
  public boolean deleteAsset(String id) throws SQLException, IOException {
    int updated = db.read(c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "UPDATE media_assets SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL")) {
        ps.setObject(1, Times.toSql(Times.truncate(clock.instant())));
        ps.setString(2, id);
        return ps.executeUpdate();
      }
    });
    if (updated == 1) {
      Files.deleteIfExists(assets.resolve(id));
    }
    return updated == 1;
  }

  /** Where an asset's bytes are; the id must come from a row, never straight from a request. */
  public Path assetFile(AssetRow asset) {
    return assets.resolve(asset.id());
  }

  /** Removes the temporary directory of an in-memory emulator; a data directory stays. */
  @Override
  public void close() {
    if (temporaryRoot != null) {
      deleteTree(temporaryRoot);
    }
  }

  // ---- plumbing

  private Optional<UploadRow> findUpload(Connection c, String id, boolean lock) throws SQLException {
    return Rows.one(c, "SELECT " + UPLOAD_COLUMNS + " FROM storage_uploads WHERE id = ?" + (lock ? " FOR UPDATE" : ""),
        rs -> {
          long received = rs.getLong(11);
          Long receivedBytes = rs.wasNull() ? null : received;
          return new UploadRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
              rs.getString(6), rs.getLong(7), getInt(rs, 8), rs.getString(9),
              Times.fromSql(rs.getObject(10, OffsetDateTime.class)), receivedBytes, rs.getBoolean(12));
        }, id);
  }

  private static Integer bucketRetention(Connection c, String projectId, String bucket) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT retention_days FROM storage_buckets WHERE project_id = ? AND name = ?")) {
      ps.setString(1, projectId);
      ps.setString(2, bucket);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? getInt(rs, 1) : null;
      }
    }
  }

  private Optional<AssetRow> findAsset(Connection c, String id) throws SQLException {
    return Rows.one(c, "SELECT " + ASSET_COLUMNS + ASSET_FROM + " WHERE a.id = ? AND a.deleted_at IS NULL",
        StorageStore::asset, id);
  }

  private static AssetRow asset(ResultSet rs) throws SQLException {
    return new AssetRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
        rs.getString(5), rs.getString(6), rs.getString(7), rs.getLong(8), getInt(rs, 9),
        Times.fromSql(rs.getObject(10, OffsetDateTime.class)),
        Times.fromSql(rs.getObject(11, OffsetDateTime.class)), rs.getBoolean(12));
  }

  private static void setInt(PreparedStatement ps, int index, Integer value) throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.INTEGER);
    } else {
      ps.setInt(index, value);
    }
  }

  private static Integer getInt(ResultSet rs, int index) throws SQLException {
    int v = rs.getInt(index);
    return rs.wasNull() ? null : v;
  }

  /** Carries a refusal out of a transaction, which rolls back on any runtime exception. */
  private static final class WrappedRefusal extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient CommitRefused refusal;

    WrappedRefusal(CommitRefused refusal) {
      super(null, null, false, false);
      this.refusal = refusal;
    }
  }

  private static WrappedRefusal refused(CommitRefusal reason, UploadRow upload) {
    return new WrappedRefusal(new CommitRefused(reason, upload));
  }

  private static void deleteTree(Path root) {
    try (DirectoryStream<Path> children = Files.newDirectoryStream(root)) {
      for (Path child : children) {
        if (Files.isDirectory(child)) {
          deleteTree(child);
        } else {
          Files.deleteIfExists(child);
        }
      }
      Files.deleteIfExists(root);
    } catch (NoSuchFileException gone) {
      // Already removed: nothing left to do.
    } catch (IOException e) {
      // Temporary files of a closed emulator; the OS cleans its temp directory eventually.
    }
  }
}
