package dev.amba.testkit.internal.store;

import dev.amba.testkit.internal.Ids;
import dev.amba.testkit.internal.Times;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Device tokens, campaigns and the deliveries the emulator records instead of reaching devices.
 * Campaign state changes lock the campaign row, so a campaign reaches each token at most once
 * however many requests race.
 */
public final class PushStore {

  public static final String DRAFT = "draft";
  public static final String SCHEDULED = "scheduled";
  public static final String SENDING = "sending";
  public static final String SENT = "sent";
  public static final String ABSOLUTE = "absolute";
  public static final String LOCAL_TIME = "local_time";

  /** The last zone on Earth to reach a wall-clock time; a local-time campaign is done once it has. */
  private static final ZoneOffset LAST_ZONE = ZoneOffset.ofHours(-12);

  public record TokenRow(String id, String userId, String token, String platform, String bundleId,
      Instant createdAt) {}

  /** The editable part of a campaign, as the routes validated it. */
  public record CampaignFields(String name, String title, String body, String dataJson,
      String segmentId, String deliveryMode, Instant scheduledAt, LocalDate localDate,
      LocalTime localTime) {

    public boolean isScheduled() {
      return scheduledAt != null || localDate != null;
    }
  }

  /** A campaign with its delivery count; {@code userId} is the one user it targets, or null for all. */
  public record CampaignRow(String id, CampaignFields fields, String status, Instant sentAt,
      Instant createdAt, Instant updatedAt, long delivered, String userId) {}

  public record DeliveryRow(String projectId, String campaignId, String userId, String token,
      String platform, String title, String body, String dataJson, Instant deliveredAt) {}

  /** How a state change went; {@code campaign} is null when there is no such campaign. */
  public record Outcome(CampaignRow campaign, boolean applied) {}

  private static final String CAMPAIGN_COLUMNS = "c.id, c.name, c.title, c.body, c.data, c.segment_id, "
      + "c.delivery_mode, c.scheduled_at, c.local_date, c.local_time, c.status, c.sent_at, c.created_at, "
      + "c.updated_at, (SELECT COUNT(*) FROM push_deliveries d WHERE d.campaign_id = c.id), c.user_id";

  /** Who is in a segment now (amba-api-modules.md 36): the users a segment campaign reaches. */
  @FunctionalInterface
  public interface Audience {
    Set<String> members(String projectId, String segmentId) throws SQLException;
  }

  private final Database db;
  private final Clock clock;
  /** Until the push routes name the segments module, a segment campaign reaches no one. */
  private volatile Audience audience = (projectId, segmentId) -> Set.of();

  public PushStore(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** Where segment membership comes from; set once, when the push routes are built. */
  public void reachSegmentsThrough(Audience segments) {
    this.audience = java.util.Objects.requireNonNull(segments, "segments");
  }

  // ---- tokens

  /**
   * Registers a token, or finds it again: the same token in the same project is the same row, made
   * active, given to this user and updated to this platform and bundle id.
   */
  public TokenRow register(String projectId, String userId, String token, String platform, String bundleId)
      throws SQLException {
    Instant now = Times.truncate(clock.instant());
    for (int attempt = 0; ; attempt++) {
      try {
        return db.transaction(c -> {
          Optional<TokenRow> existing = findToken(c, projectId, token, true);
          if (existing.isPresent()) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE push_tokens SET user_id = ?, platform = ?, "
                + "bundle_id = ?, active = TRUE, updated_at = ? WHERE id = ?")) {
              ps.setString(1, userId);
              ps.setString(2, platform);
              ps.setString(3, bundleId);
              ps.setObject(4, Times.toSql(now));
              ps.setString(5, existing.get().id());
              ps.executeUpdate();
            }
          } else {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO push_tokens(id, project_id, user_id, "
                + "token, platform, bundle_id, active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, TRUE, ?, ?)")) {
              ps.setString(1, Ids.uuid());
              ps.setString(2, projectId);
              ps.setString(3, userId);
              ps.setString(4, token);
              ps.setString(5, platform);
              ps.setString(6, bundleId);
              ps.setObject(7, Times.toSql(now));
              ps.setObject(8, Times.toSql(now));
              ps.executeUpdate();
            }
          }
          return findToken(c, projectId, token, false).orElseThrow();
        });
      } catch (SQLException e) {
        // Two first registrations of one token raced; the loser finds the winner's row next time.
        if (attempt > 0 || !Database.isUniqueViolation(e)) {
          throw e;
        }
      }
    }
  }

  /** Deactivates the user's token; a token that is unknown or another user's is left alone. */
  public void unregister(String projectId, String userId, String token) throws SQLException {
    db.read(c -> {
      try (PreparedStatement ps = c.prepareStatement("UPDATE push_tokens SET active = FALSE, updated_at = ? "
          + "WHERE project_id = ? AND user_id = ? AND token = ? AND active")) {
        ps.setObject(1, Times.toSql(Times.truncate(clock.instant())));
        ps.setString(2, projectId);
        ps.setString(3, userId);
        ps.setString(4, token);
        return ps.executeUpdate();
      }
    });
  }

  // ---- campaigns

  public CampaignRow createCampaign(String projectId, CampaignFields f) throws SQLException {
    return createCampaign(projectId, f, null);
  }

  /** A campaign that, when sent, reaches only {@code userId}'s tokens (every token when null). */
  public CampaignRow createCampaign(String projectId, CampaignFields f, String userId) throws SQLException {
    Instant now = Times.truncate(clock.instant());
    String id = Ids.uuid();
    return db.transaction(c -> {
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO push_campaigns(id, project_id, name, title, "
          + "body, data, segment_id, delivery_mode, scheduled_at, local_date, local_time, status, created_at, "
          + "updated_at, user_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        ps.setString(1, id);
        ps.setString(2, projectId);
        int i = bindFields(ps, 3, f);
        ps.setString(i++, f.isScheduled() ? SCHEDULED : DRAFT);
        ps.setObject(i++, Times.toSql(now));
        ps.setObject(i++, Times.toSql(now));
        ps.setString(i, userId);
        ps.executeUpdate();
      }
      return findCampaign(c, projectId, id, false).orElseThrow();
    });
  }

  public Optional<CampaignRow> findCampaign(String projectId, String id) throws SQLException {
    return db.read(c -> findCampaign(c, projectId, id, false));
  }

  /** Newest first. */
  public Listing<CampaignRow> listCampaigns(String projectId, int limit, int offset) throws SQLException {
    return db.read(c -> Rows.page(c, "SELECT COUNT(*) FROM push_campaigns WHERE project_id = ?",
        "SELECT " + CAMPAIGN_COLUMNS + " FROM push_campaigns c WHERE c.project_id = ? "
            + "ORDER BY c.seq DESC LIMIT ? OFFSET ?",
        limit, offset, PushStore::campaign, projectId));
  }

  /**
   * Replaces the editable fields, provided the campaign is still a draft or scheduled; its status
   * follows the schedule. {@code applied} is false when the status forbade the change.
   */
  public Outcome updateCampaign(String projectId, String id, CampaignFields f) throws SQLException {
    return db.transaction(c -> {
      Optional<CampaignRow> current = findCampaign(c, projectId, id, true);
      if (current.isEmpty() || !editable(current.get().status())) {
        return new Outcome(current.orElse(null), false);
      }
      try (PreparedStatement ps = c.prepareStatement("UPDATE push_campaigns SET name = ?, title = ?, body = ?, "
          + "data = ?, segment_id = ?, delivery_mode = ?, scheduled_at = ?, local_date = ?, local_time = ?, "
          + "status = ?, updated_at = ? WHERE id = ?")) {
        int i = bindFields(ps, 1, f);
        ps.setString(i++, f.isScheduled() ? SCHEDULED : DRAFT);
        ps.setObject(i++, Times.toSql(Times.truncate(clock.instant())));
        ps.setString(i, id);
        ps.executeUpdate();
      }
      return new Outcome(findCampaign(c, projectId, id, false).orElseThrow(), true);
    });
  }

  /** Deletes a draft or scheduled campaign; {@code applied} is false when its status forbade it. */
  public Outcome deleteCampaign(String projectId, String id) throws SQLException {
    return db.transaction(c -> {
      Optional<CampaignRow> current = findCampaign(c, projectId, id, true);
      if (current.isEmpty() || !editable(current.get().status())) {
        return new Outcome(current.orElse(null), false);
      }
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM push_campaigns WHERE id = ?")) {
        ps.setString(1, id);
        ps.executeUpdate();
      }
      return new Outcome(current.get(), true);
    });
  }

  /**
   * Sends a draft to every active token of the project, or of its one user if it has one: one
   * delivery row per token, then status {@code sent}. {@code applied} is false when the campaign
   * was not a draft (the row tells why).
   */
  public Outcome send(String projectId, String id) throws SQLException {
    Instant now = Times.truncate(clock.instant());
    return db.transaction(c -> {
      Optional<CampaignRow> current = findCampaign(c, projectId, id, true);
      if (current.isEmpty() || !current.get().status().equals(DRAFT)) {
        return new Outcome(current.orElse(null), false);
      }
      CampaignRow campaign = current.get();
      deliver(c, projectId, campaign.id(), campaign.fields(), audienceTokens(c, projectId, campaign), Set.of(), now);
      setStatus(c, id, SENT, now);
      return new Outcome(findCampaign(c, projectId, id, false).orElseThrow(), true);
    });
  }

  /**
   * Delivers what has fallen due by the emulator's clock: scheduled campaigns whose instant has
   * passed, and, for local-time campaigns, each token whose user's own clock has reached the local
   * date and time (users without a time zone count as UTC). Runs before campaigns are read, so the
   * clock alone drives scheduling and no background thread is needed.
   */
  public void deliverDue() throws SQLException {
    Instant now = clock.instant();
    List<String[]> pending = db.read(c -> Rows.all(c, "SELECT project_id, id FROM push_campaigns "
        + "WHERE status = ? OR (status = ? AND delivery_mode = ?)",
        rs -> new String[] {rs.getString(1), rs.getString(2)}, SCHEDULED, SENDING, LOCAL_TIME));
    for (String[] p : pending) {
      db.transaction(c -> {
        deliverDue(c, p[0], p[1], now);
        return null;
      });
    }
  }

  private void deliverDue(Connection c, String projectId, String id, Instant now) throws SQLException {
    Optional<CampaignRow> found = findCampaign(c, projectId, id, true);
    if (found.isEmpty()) {
      return;
    }
    CampaignRow campaign = found.get();
    CampaignFields f = campaign.fields();
    String status = campaign.status();
    if (f.deliveryMode().equals(ABSOLUTE)) {
      if (status.equals(SCHEDULED) && f.scheduledAt() != null && !f.scheduledAt().isAfter(now)) {
        deliver(c, projectId, id, f, audienceTokens(c, projectId, campaign), Set.of(), f.scheduledAt());
        setStatus(c, id, SENT, f.scheduledAt());
      }
      return;
    }
    if (f.localDate() == null || f.localTime() == null) {
      return;
    }
    LocalDateTime local = LocalDateTime.of(f.localDate(), f.localTime());
    List<DueToken> due = new ArrayList<>();
    for (DueToken t : audienceTokens(c, projectId, campaign)) {
      Instant at = local.atZone(zone(t.timezone())).toInstant();
      if (!at.isAfter(now)) {
        due.add(t.at(at));
      }
    }
    Set<String> already = deliveredTokens(c, id);
    int added = deliver(c, projectId, id, f, due, already, null);
    Instant last = local.atOffset(LAST_ZONE).toInstant();
    if (!last.isAfter(now)) {
      setStatus(c, id, SENT, last);
    } else if (added > 0 && status.equals(SCHEDULED)) {
      setStatus(c, id, SENDING, null);
    }
  }

  // ---- test pushes and the record of deliveries

  /** Records a test push to the user's active tokens (every active token when null); returns how many. */
  public int testPush(String projectId, String userId, String title, String body, String dataJson)
      throws SQLException {
    Instant now = Times.truncate(clock.instant());
    CampaignFields f = new CampaignFields(null, title, body, dataJson, null, ABSOLUTE, null, null, null);
    return db.transaction(c -> deliver(c, projectId, null, f, activeTokens(c, projectId, userId), Set.of(), now));
  }

  /** Every delivery, oldest first, after delivering what has fallen due. */
  public List<DeliveryRow> deliveries() throws SQLException {
    deliverDue();
    return db.read(c -> Rows.all(c, "SELECT project_id, campaign_id, user_id, token, platform, "
        + "title, body, data, delivered_at FROM push_deliveries ORDER BY seq",
        rs -> new DeliveryRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
            Times.fromSql(rs.getObject(9, OffsetDateTime.class)))));
  }

  // ---- plumbing

  /** A token to deliver to; {@code at} is its own delivery time for local-time campaigns. */
  private record DueToken(String id, String userId, String token, String platform, String timezone, Instant at) {
    DueToken at(Instant when) {
      return new DueToken(id, userId, token, platform, timezone, when);
    }
  }

  private static boolean editable(String status) {
    return status.equals(DRAFT) || status.equals(SCHEDULED);
  }

  private static ZoneId zone(String timezone) {
    try {
      return timezone == null ? ZoneOffset.UTC : ZoneId.of(timezone);
    } catch (DateTimeException e) {
      return ZoneOffset.UTC;
    }
  }

  /**
   * The active tokens a campaign reaches: its one user's, else those of its segment's members as
   * they are at delivery (36.3 #6), else every token of the project.
   */
  private List<DueToken> audienceTokens(Connection c, String projectId, CampaignRow campaign) throws SQLException {
    List<DueToken> tokens = activeTokens(c, projectId, campaign.userId());
    String segmentId = campaign.fields().segmentId();
    if (campaign.userId() != null || segmentId == null) {
      return tokens;
    }
    Set<String> members = audience.members(projectId, segmentId);
    return tokens.stream().filter(t -> members.contains(t.userId())).toList();
  }

  private static List<DueToken> activeTokens(Connection c, String projectId, String userId) throws SQLException {
    return Rows.all(c, "SELECT t.id, t.user_id, t.token, t.platform, u.timezone "
        + "FROM push_tokens t JOIN app_users u ON u.id = t.user_id WHERE t.project_id = ? AND t.active"
        + (userId == null ? "" : " AND t.user_id = ?") + " ORDER BY t.seq",
        rs -> new DueToken(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), null),
        userId == null ? new Object[] {projectId} : new Object[] {projectId, userId});
  }

  private static Set<String> deliveredTokens(Connection c, String campaignId) throws SQLException {
    return new HashSet<>(Rows.all(c, "SELECT token_id FROM push_deliveries WHERE campaign_id = ?",
        rs -> rs.getString(1), campaignId));
  }

  /** Records one delivery per token not in {@code skip}; {@code at} null means each token's own time. */
  private static int deliver(Connection c, String projectId, String campaignId, CampaignFields f,
      List<DueToken> tokens, Set<String> skip, Instant at) throws SQLException {
    int n = 0;
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO push_deliveries(project_id, campaign_id, token_id, "
        + "user_id, platform, token, title, body, data, delivered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (DueToken t : tokens) {
        if (skip.contains(t.id())) {
          continue;
        }
        ps.setString(1, projectId);
        ps.setString(2, campaignId);
        ps.setString(3, t.id());
        ps.setString(4, t.userId());
        ps.setString(5, t.platform());
        ps.setString(6, t.token());
        ps.setString(7, f.title());
        ps.setString(8, f.body());
        ps.setString(9, f.dataJson());
        ps.setObject(10, Times.toSql(Times.truncate(at != null ? at : t.at())));
        ps.addBatch();
        n++;
      }
      if (n > 0) {
        ps.executeBatch();
      }
    }
    return n;
  }

  private void setStatus(Connection c, String id, String status, Instant sentAt) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE push_campaigns SET status = ?, "
        + "sent_at = COALESCE(?, sent_at), updated_at = ? WHERE id = ?")) {
      ps.setString(1, status);
      ps.setObject(2, sentAt == null ? null : Times.toSql(Times.truncate(sentAt)));
      ps.setObject(3, Times.toSql(Times.truncate(clock.instant())));
      ps.setString(4, id);
      ps.executeUpdate();
    }
  }

  private static int bindFields(PreparedStatement ps, int start, CampaignFields f) throws SQLException {
    int i = start;
    ps.setString(i++, f.name());
    ps.setString(i++, f.title());
    ps.setString(i++, f.body());
    ps.setString(i++, f.dataJson());
    ps.setString(i++, f.segmentId());
    ps.setString(i++, f.deliveryMode());
    ps.setObject(i++, f.scheduledAt() == null ? null : Times.toSql(f.scheduledAt()));
    ps.setObject(i++, f.localDate());
    ps.setString(i++, f.localTime() == null ? null : f.localTime().toString());
    return i;
  }

  private static Optional<TokenRow> findToken(Connection c, String projectId, String token, boolean lock)
      throws SQLException {
    return Rows.one(c, "SELECT id, user_id, token, platform, bundle_id, created_at "
        + "FROM push_tokens WHERE project_id = ? AND token = ?" + (lock ? " FOR UPDATE" : ""),
        rs -> new TokenRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5), Times.fromSql(rs.getObject(6, OffsetDateTime.class))),
        projectId, token);
  }

  private static Optional<CampaignRow> findCampaign(Connection c, String projectId, String id, boolean lock)
      throws SQLException {
    // H2 refuses FOR UPDATE beside an aggregate subquery: lock the row first, then read it whole.
    if (lock && Rows.one(c, "SELECT id FROM push_campaigns WHERE project_id = ? AND id = ? FOR UPDATE",
        rs -> rs.getString(1), projectId, id).isEmpty()) {
      return Optional.empty();
    }
    return Rows.one(c, "SELECT " + CAMPAIGN_COLUMNS + " FROM push_campaigns c WHERE c.project_id = ? AND c.id = ?",
        PushStore::campaign, projectId, id);
  }

  private static CampaignRow campaign(ResultSet rs) throws SQLException {
    LocalDate localDate = rs.getObject(9, LocalDate.class);
    String localTime = rs.getString(10);
    CampaignFields f = new CampaignFields(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
        rs.getString(6), rs.getString(7), Times.fromSql(rs.getObject(8, OffsetDateTime.class)),
        localDate, localTime == null ? null : LocalTime.parse(localTime));
    return new CampaignRow(rs.getString(1), f, rs.getString(11), Times.fromSql(rs.getObject(12, OffsetDateTime.class)),
        Times.fromSql(rs.getObject(13, OffsetDateTime.class)), Times.fromSql(rs.getObject(14, OffsetDateTime.class)),
        rs.getLong(15), rs.getString(16));
  }
}
