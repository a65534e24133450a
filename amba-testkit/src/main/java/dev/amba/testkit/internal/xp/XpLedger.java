package dev.amba.testkit.internal.xp;

import static dev.amba.testkit.internal.xp.XpTables.AWARDS;
import static dev.amba.testkit.internal.xp.XpTables.BALANCES;
import static dev.amba.testkit.internal.xp.XpTables.GRANTS;
import static dev.amba.testkit.internal.xp.XpTables.LEDGER;
import static dev.amba.testkit.internal.xp.XpTables.RULES;

import dev.amba.testkit.internal.ApiException;
import dev.amba.testkit.internal.JsonIo;
import dev.amba.testkit.internal.engagement.DerivedEvent;
import dev.amba.testkit.internal.engagement.StoredEvent;
import dev.amba.testkit.internal.engagement.XpCredits;
import dev.amba.testkit.internal.kit.KeyedLocks;
import dev.amba.testkit.internal.kit.Resource;
import dev.amba.testkit.internal.kit.Resource.Scope;
import dev.amba.testkit.internal.kit.Resource.Values;
import dev.amba.testkit.internal.kit.Row;
import dev.amba.testkit.internal.store.EventStore.NewEvent;
import dev.amba.testkit.internal.store.SqlWork;
import dev.amba.testkit.internal.store.Stores;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The one way XP is credited (13.4 #3): a ledger row, the new total, {@code xp_awarded}, and
 * {@code level_up} when the level rises. Rule awards (M4 stage 2), grant claims and the other
 * modules' rewards (through {@link XpCredits}) all write here, one user at a time.
 */
final class XpLedger implements XpCredits {

  static final String XP_AWARDED = "xp_awarded";
  static final String LEVEL_UP = "level_up";
  static final String RULE = "rule";
  static final String GRANT = "grant";

  /** One credit to write; {@code ruleId}, {@code eventName} and {@code grantId} may be null. */
  private record Credit(int amount, String source, String reason, String ruleId, String eventName, String grantId) {}

  private final Stores stores;
  private final Clock clock;
  // One user's XP work runs one at a time: a credit reads the balance and writes it back, and an
  // award reads a rule's cooldown and daily count before crediting.
  private final KeyedLocks locks = new KeyedLocks();

  XpLedger(Stores stores, Clock clock) {
    this.stores = stores;
    this.clock = clock;
  }

  @Override
  public void credit(String projectId, String userId, int amount, String source, String reason, String ruleId,
      Consumer<DerivedEvent> emit) throws SQLException {
    if (amount < 1) {
      throw new IllegalArgumentException("amount must be at least 1, got " + amount);
    }
    Credit credit = new Credit(amount, Objects.requireNonNull(source, "source"),
        Objects.requireNonNull(reason, "reason"), ruleId, null, null);
    if (!isUser(projectId, userId)) {
      return;
    }
    Instant now = clock.instant();
    List<DerivedEvent> derived = new ArrayList<>();
    locked(projectId, userId, c -> write(c, Scope.user(projectId, userId), credit, now, derived));
    derived.forEach(emit);
  }

  @Override
  public int totalXp(String projectId, String userId) throws SQLException {
    Row balance = stores.db().read(c -> BALANCES.ofUser(c, Scope.user(projectId, userId))).orElse(null);
    // The contract reads an int; a total past it is far beyond any criterion, so it saturates.
    return balance == null ? 0 : (int) Math.min(Integer.MAX_VALUE, balance.bigint("total_xp"));
  }

  /**
   * M4 stage 2: each active rule naming the event, in created order, awards unless its cooldown
   * has not passed or its daily cap is reached. Stage 9: the XP events themselves never match.
   */
  void award(StoredEvent event, Consumer<DerivedEvent> emit) throws SQLException {
    if (event.name().equals(XP_AWARDED) || event.name().equals(LEVEL_UP)) {
      return;
    }
    String projectId = event.projectId();
    List<Row> rules = stores.db()
        .read(c -> RULES.listWhere(c, Scope.project(projectId), "event_name", event.name()))
        .stream().filter(r -> r.bool("is_active")).toList();
    if (rules.isEmpty() || !isUser(projectId, event.userId())) {
      return;
    }
    Scope user = Scope.user(projectId, event.userId());
    // M3: the server's clock at receipt, never the event's own timestamp.
    Instant now = event.receivedAt();
    List<DerivedEvent> derived = new ArrayList<>();
    locked(projectId, event.userId(), c -> {
      for (Row rule : rules) {
        if (admit(c, user, rule, now)) {
          write(c, user, new Credit(rule.integer("xp_amount"), RULE, rule.string("name"), rule.id(), event.name(),
              null), now, derived);
        }
      }
      return null;
    });
    derived.forEach(emit);
  }

  /**
   * Claims a grant for the user (13.4 #6) and returns the ledger row. The events it derives are
   * written after the credit commits, as depth-1 events that run the pipeline (M4).
   */
  Row claim(String projectId, String userId, String grantKey) throws SQLException {
    Scope user = Scope.user(projectId, userId);
    Instant now = clock.instant();
    List<DerivedEvent> derived = new ArrayList<>();
    Row entry = locked(projectId, userId, c -> {
      Row grant = GRANTS.require(c, Scope.project(projectId), grantKey);
      if (!LEDGER.listWhere(c, user, "xp_grant_id", UUID.fromString(grant.id())).isEmpty()) {
        throw new ApiException(409, "already_claimed", "this user has already claimed the grant");
      }
      Instant starts = grant.instant("starts_at");
      Instant ends = grant.instant("ends_at");
      if ((starts != null && now.isBefore(starts)) || (ends != null && !now.isBefore(ends))) {
        throw new ApiException(409, "grant_inactive", "the grant can be claimed only from " + starts + " until " + ends);
      }
      String key = grant.string("key");
      return write(c, user, new Credit(grant.integer("xp_amount"), GRANT, "grant:" + key, null, null, grant.id()),
          now, derived);
    });
    for (DerivedEvent d : derived) {
      stores.events().insert(projectId, List.of(new NewEvent(userId, d.name(), d.properties(), null, null)), 1);
    }
    return entry;
  }

  /** The balance as 13.3 answers it, with the older names beside the newer (M2); {@code row} may be null. */
  JsonObjectBuilder balance(String userId, Row row) {
    long total = row == null ? 0 : row.bigint("total_xp");
    int level = XpLevels.level(total);
    boolean thisWeek = row != null && !row.instant("period_start").isBefore(weekStart(clock.instant()));
    JsonValue updated = row == null ? JsonValue.NULL : row.get(Resource.UPDATED_AT);
    return JsonIo.object()
        .add("user_id", userId)
        .add("total_xp", total)
        .add("current_level", level)
        .add("xp_into_level", total - XpLevels.start(level))
        .add("xp_to_next_level", XpLevels.start(level + 1L) - total)
        .add("xp_this_period", thisWeek ? row.bigint("xp_this_period") : 0)
        .add("updated_at", updated)
        .add("app_user_id", userId)
        .add("level", level)
        .add("last_xp_at", updated);
  }

  /** Whether the rule may award the user now; if so, counts the award for its cooldown and cap. */
  private static boolean admit(Connection c, Scope user, Row rule, Instant now) throws SQLException {
    Row last = AWARDS.find(c, user, rule.id()).orElse(null);
    Instant day = now.truncatedTo(ChronoUnit.DAYS);
    int thatDay = last != null && !last.instant("day_start").isBefore(day) ? last.integer("awards_that_day") : 0;
    Integer cap = rule.integer("max_per_day");
    if (cap != null && thatDay >= cap) {
      return false;
    }
    int cooldown = rule.integer("cooldown_seconds");
    if (cooldown > 0 && last != null && now.isBefore(last.instant("last_awarded_at").plusSeconds(cooldown))) {
      return false;
    }
    Values values = AWARDS.values()
        .set("rule_id", Json.createValue(rule.id()))
        .set("last_awarded_at", Resource.stamp(now))
        .set("day_start", Resource.stamp(day))
        .set("awards_that_day", Json.createValue(thatDay + 1));
    if (last == null) {
      AWARDS.insert(c, user, values, now);
    } else {
      AWARDS.update(c, last, values, now);
    }
    return true;
  }

  /** Writes one credit inside the caller's locked transaction; the events it derives go to {@code derived}. */
  private static Row write(Connection c, Scope user, Credit credit, Instant now, List<DerivedEvent> derived)
      throws SQLException {
    Row balance = BALANCES.ofUser(c, user).orElse(null);
    long before = balance == null ? 0 : balance.bigint("total_xp");
    long after = before + credit.amount();
    Instant week = weekStart(now);
    boolean sameWeek = balance != null && !balance.instant("period_start").isBefore(week);
    long thisWeek = (sameWeek ? balance.bigint("xp_this_period") : 0) + credit.amount();
    long seq = (balance == null ? 0 : balance.bigint("entries")) + 1;
    Values totals = BALANCES.values()
        .set("total_xp", Json.createValue(after))
        .set("xp_this_period", Json.createValue(thisWeek))
        .set("period_start", Resource.stamp(week))
        .set("entries", Json.createValue(seq));
    if (balance == null) {
      BALANCES.insert(c, user, totals, now);
    } else {
      BALANCES.update(c, balance, totals, now);
    }
    Row entry = LEDGER.insert(c, user, LEDGER.values()
        .set("xp_rule_id", JsonIo.string(credit.ruleId()))
        .set("event_name", JsonIo.string(credit.eventName()))
        .set("xp_amount", Json.createValue(credit.amount()))
        .set("reason", Json.createValue(credit.reason()))
        .set("source", Json.createValue(credit.source()))
        .set("occurred_at", Resource.stamp(now))
        .set("xp_grant_id", JsonIo.string(credit.grantId()))
        .set("seq", Json.createValue(seq)), now);
    derived.add(new DerivedEvent(XP_AWARDED, JsonIo.object()
        .add("amount", credit.amount())
        .add("source", credit.source())
        .add("rule_id", JsonIo.string(credit.ruleId()))
        .build()));
    int from = XpLevels.level(before);
    int to = XpLevels.level(after);
    if (to > from) {
      derived.add(new DerivedEvent(LEVEL_UP, JsonIo.object().add("level", to).add("previous_level", from).build()));
    }
    return entry;
  }

  /** Admin ingest takes any {@code user_id}; only the project's users have XP to credit. */
  private boolean isUser(String projectId, String userId) throws SQLException {
    return stores.users().findInProject(projectId, userId).isPresent();
  }

  /** Monday 00:00 UTC of the week holding {@code now} (M3). */
  static Instant weekStart(Instant now) {
    return now.atZone(ZoneOffset.UTC).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
        .atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /** Runs {@code work} in one transaction holding the user's lock; never nested (see KeyedLocks). */
  private <T> T locked(String projectId, String userId, SqlWork<T> work) throws SQLException {
    return locks.transaction(stores.db(), work, projectId, userId);
  }
}
