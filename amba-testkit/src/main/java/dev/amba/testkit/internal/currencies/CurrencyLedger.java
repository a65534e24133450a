package dev.amba.testkit.internal.currencies;

import static dev.amba.testkit.internal.currencies.CurrencyTables.BALANCES;
import static dev.amba.testkit.internal.currencies.CurrencyTables.DEFINITIONS;
import static dev.amba.testkit.internal.currencies.CurrencyTables.LEDGER;
import static dev.amba.testkit.internal.currencies.CurrencyTables.RULES;
import static dev.amba.testkit.internal.currencies.CurrencyTables.RULE_CREDITS;

import dev.amba.testkit.internal.ApiException;
import dev.amba.testkit.internal.JsonIo;
import dev.amba.testkit.internal.engagement.StoredEvent;
import dev.amba.testkit.internal.engagement.Wallets;
import dev.amba.testkit.internal.kit.KeyedLocks;
import dev.amba.testkit.internal.kit.Resource;
import dev.amba.testkit.internal.kit.Resource.Scope;
import dev.amba.testkit.internal.kit.Resource.Values;
import dev.amba.testkit.internal.kit.Row;
import dev.amba.testkit.internal.store.SqlWork;
import dev.amba.testkit.internal.store.Stores;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one writer of balances (17.4): every change, whoever causes it (an admin grant, a grant rule,
 * a recharge, and the other modules through {@link Wallets}), is one step under the (user,
 * currency) lock that settles a due recharge, applies the change within 0 and the cap, and writes
 * the balance row and one ledger row with {@code balance_after} together.
 */
final class CurrencyLedger implements Wallets {

  // The causes this module writes itself (17.4 #7); the other modules' are Cause's factories.
  private static final Cause RECHARGE = new Cause("recharge", "system", null, null);

  /**
   * A change as stored: the balance row after it and the ledger row (both null or unchanged when
   * nothing was written), and what it did.
   */
  record Written(Row balance, Row entry, Change change) {}

  private final Stores stores;
  private final Clock clock;
  private final KeyedLocks locks = new KeyedLocks();

  CurrencyLedger(Stores stores, Clock clock) {
    this.stores = stores;
    this.clock = clock;
  }

  // ---------------------------------------------------------------- Wallets

  @Override
  public <T> T locked(String projectId, String userId, String currencyCode, SqlWork<T> work) throws SQLException {
    return locks.transaction(stores.db(), work, projectId, userId, currencyCode);
  }

  @Override
  public Change credit(Connection c, String projectId, String userId, String currencyCode, long amount, Cause cause)
      throws SQLException {
    return change(c, projectId, userId, currencyCode, nonNegative(amount), cause);
  }

  @Override
  public Change debit(Connection c, String projectId, String userId, String currencyCode, long amount, Cause cause)
      throws SQLException {
    return change(c, projectId, userId, currencyCode, -nonNegative(amount), cause);
  }

  @Override
  public long balance(Connection c, String projectId, String userId, String currencyCode) throws SQLException {
    requireHeld(projectId, userId, currencyCode);
    Row currency = requireCurrency(c, projectId, currencyCode);
    Row row = settle(c, Scope.user(projectId, userId), currency, clock.instant());
    return row == null ? currency.integer("initial_balance") : row.bigint("balance");
  }

  @Override
  public boolean isCurrency(String projectId, String code) throws SQLException {
    return stores.db().read(c -> currencyByCode(c, projectId, code)).isPresent();
  }

  private Change change(Connection c, String projectId, String userId, String currencyCode, long delta, Cause cause)
      throws SQLException {
    requireHeld(projectId, userId, currencyCode);
    Row currency = requireCurrency(c, projectId, currencyCode);
    return apply(c, Scope.user(projectId, userId), currency, delta, cause, clock.instant()).change();
  }

  private void requireHeld(String projectId, String userId, String currencyCode) {
    if (!locks.isHeld(projectId, userId, currencyCode)) {
      throw new IllegalStateException("a balance changes only inside locked(" + projectId + ", " + userId + ", "
          + currencyCode + ", ...)");
    }
  }

  private static long nonNegative(long amount) {
    if (amount < 0) {
      throw new IllegalArgumentException("amount must not be negative, got " + amount);
    }
    return amount;
  }

  // ---------------------------------------------------------------- the module's own changes

  /**
   * An admin grant (17.2): a credit cut to the cap; {@link Written#entry()} null when nothing fit.
   *
   * @throws ApiException 404 {@code currency_not_found}
   */
  Written grant(String projectId, String userId, String currencyCode, long amount, String reason)
      throws SQLException {
    Cause cause = new Cause("grant", "admin", null, reason);
    return locked(projectId, userId, currencyCode, c -> apply(c, Scope.user(projectId, userId),
        requireCurrency(c, projectId, currencyCode), amount, cause, clock.instant()));
  }

  /**
   * M4 stage 3 (17.4 #6): every rule naming the event credits its currency, each on its own, a
   * currency's rules in one locked step. Rules of a deleted currency no longer credit (17.4 #8).
   */
  void grantForEvent(StoredEvent event) throws SQLException {
    String projectId = event.projectId();
    List<Row> rules = stores.db().read(c -> RULES.listWhere(c, Scope.project(projectId), "event_name", event.name()));
    if (rules.isEmpty() || stores.users().findInProject(projectId, event.userId()).isEmpty()) {
      return;
    }
    Map<String, List<Row>> byCurrency = new LinkedHashMap<>();
    for (Row rule : rules) {
      byCurrency.computeIfAbsent(rule.string("currency_id"), k -> new ArrayList<>()).add(rule);
    }
    Scope user = Scope.user(projectId, event.userId());
    // M3: the server's clock at receipt, never the event's own timestamp.
    Instant now = event.receivedAt();
    JsonObject properties = event.properties() == null ? JsonValue.EMPTY_JSON_OBJECT : event.properties();
    // The event's name as the reason: what a reader of the ledger wants to know of a rule's credit.
    Cause cause = new Cause("earn", "event", event.id(), event.name());
    for (Map.Entry<String, List<Row>> group : byCurrency.entrySet()) {
      Optional<Row> found = stores.db().read(c -> DEFINITIONS.find(c, Scope.project(projectId), group.getKey()));
      if (found.isEmpty()) {
        continue;
      }
      locked(projectId, event.userId(), found.get().string("code"), c -> {
        // Read again under the lock: a cap changed meanwhile applies, a deleted currency credits nothing.
        Row currency = DEFINITIONS.find(c, Scope.project(projectId), group.getKey()).orElse(null);
        for (Row rule : currency == null ? List.<Row>of() : group.getValue()) {
          Long amount = ruleAmount(rule, properties);
          if (amount != null && underDailyCap(c, user, rule, now)
              && apply(c, user, currency, amount, cause, now).change().amount() > 0) {
            countCredit(c, user, rule, now);
          }
        }
        return null;
      });
    }
  }

  /**
   * Settles the user's due recharges (17.4 #5) before a read: only the currencies that have one
   * due take their lock, so an ordinary read costs no write.
   */
  void settleDue(String projectId, String userId, List<Row> currencies) throws SQLException {
    Instant now = clock.instant();
    Scope user = Scope.user(projectId, userId);
    for (Row currency : currencies) {
      Row row = stores.db().read(c -> balanceRow(c, user, currency.id())).orElse(null);
      if (row != null && rechargeIntervals(currency, row, now) > 0) {
        locked(projectId, userId, currency.string("code"), c -> {
          Row current = DEFINITIONS.find(c, Scope.project(projectId), currency.id()).orElse(null);
          return current == null ? null : settle(c, user, current, now);
        });
      }
    }
  }

  // ---------------------------------------------------------------- one step

  /**
   * Applies {@code delta} inside a locked step: a credit is cut to the room under the cap (0 writes
   * nothing, not even the row: 17.4 #3); a debit beyond the balance is refused (#1); a user without
   * a row starts from the initial balance (#4).
   */
  private Written apply(Connection c, Scope user, Row currency, long delta, Cause cause, Instant now)
      throws SQLException {
    Row row = settle(c, user, currency, now);
    long before = row == null ? currency.integer("initial_balance") : row.bigint("balance");
    long applied = delta;
    if (delta >= 0) {
      applied = Math.min(delta, room(currency, before));
    } else if (-delta > before) {
      throw new ApiException(400, "insufficient_balance", "the balance of " + currency.string("code") + " is "
          + before + ", less than the " + -delta + " to debit; nothing was changed");
    }
    if (applied == 0) {
      return new Written(row, null, new Change(null, 0, before));
    }
    return write(c, user, currency, row, before, applied, cause, now, now, null);
  }

  /**
   * The due recharge, if any (17.4 #5): n whole intervals since {@code last_recharged_at} credit
   * min(n × amount, room under the cap) as of the last interval's end, and move
   * {@code last_recharged_at} on by n intervals even when the cap left no room. The row as it now is.
   */
  private Row settle(Connection c, Scope user, Row currency, Instant now) throws SQLException {
    Row row = balanceRow(c, user, currency.id()).orElse(null);
    long n = row == null ? 0 : rechargeIntervals(currency, row, now);
    if (n == 0) {
      return row;
    }
    Instant recharged = row.instant("last_recharged_at")
        .plus(Duration.ofHours(currency.integer("auto_recharge_interval_hours")).multipliedBy(n));
    long before = row.bigint("balance");
    long credit = Math.min(saturatedProduct(n, currency.integer("auto_recharge_amount")), room(currency, before));
    if (credit == 0) {
      return BALANCES.update(c, row, BALANCES.values().set("last_recharged_at", Resource.stamp(recharged)), now);
    }
    return write(c, user, currency, row, before, credit, RECHARGE, recharged, now, recharged).balance();
  }

  /** Whole recharge intervals since the row's last recharge; 0 without both recharge settings. */
  private static long rechargeIntervals(Row currency, Row row, Instant now) {
    Integer amount = currency.integer("auto_recharge_amount");
    Integer hours = currency.integer("auto_recharge_interval_hours");
    if (amount == null || hours == null) {
      return 0;
    }
    Duration since = Duration.between(row.instant("last_recharged_at"), now);
    return since.isNegative() ? 0 : since.toMillis() / Duration.ofHours(hours).toMillis();
  }

  /**
   * Writes a change of {@code applied} (never 0): the balance row (created from the initial balance
   * when absent), and its ledger row as of {@code at}. {@code rechargedTo}, when set, moves the
   * row's last recharge.
   */
  private static Written write(Connection c, Scope user, Row currency, Row row, long before, long applied, Cause cause,
      Instant at, Instant now, Instant rechargedTo) throws SQLException {
    long after = before + applied;
    long seq = (row == null ? 0 : row.bigint("entries")) + 1;
    Values totals = BALANCES.values()
        .set("balance", Json.createValue(after))
        .set("lifetime_earned", Json.createValue((row == null ? 0 : row.bigint("lifetime_earned")) + Math.max(applied, 0)))
        .set("lifetime_spent", Json.createValue((row == null ? 0 : row.bigint("lifetime_spent")) + Math.max(-applied, 0)))
        .set("entries", Json.createValue(seq));
    if (rechargedTo != null) {
      totals.set("last_recharged_at", Resource.stamp(rechargedTo));
    }
    Row balance;
    if (row == null) {
      // Recharge intervals count from the row's creation (17.4 #5).
      totals.set("currency_id", Json.createValue(currency.id()))
          .set("currency_code", currency.get("code"))
          .set("last_recharged_at", Resource.stamp(now));
      balance = BALANCES.insert(c, user, totals, now);
    } else {
      balance = BALANCES.update(c, row, totals, now);
    }
    Row entry = LEDGER.insert(c, user, LEDGER.values()
        .set("currency_code", currency.get("code"))
        .set("amount", Json.createValue(applied))
        .set("balance_after", Json.createValue(after))
        .set("transaction_type", Json.createValue(cause.type()))
        .set("source", Json.createValue(cause.source()))
        .set("reference_id", JsonIo.string(cause.referenceId()))
        .set("reason", JsonIo.string(cause.reason()))
        .set("currency_id", Json.createValue(currency.id()))
        .set("seq", Json.createValue(seq)), at);
    return new Written(balance, entry, new Change(entry.id(), applied, after));
  }

  /** What a credit may still add: up to the cap, or up to what a long holds without one. */
  private static long room(Row currency, long balance) {
    Integer cap = currency.integer("max_balance");
    return Math.max(0, (cap == null ? Long.MAX_VALUE : cap) - balance);
  }

  private static long saturatedProduct(long n, long amount) {
    return n > Long.MAX_VALUE / amount ? Long.MAX_VALUE : n * amount;
  }

  // ---------------------------------------------------------------- grant rules

  /**
   * A rule's amount for an event: its fixed amount, or floor(property × multiplier); null (skip,
   * silently) when the property is missing, not a number, or the result is not at least 1.
   */
  static Long ruleAmount(Row rule, JsonObject properties) {
    Integer fixed = rule.integer("grant_amount");
    if (fixed != null) {
      return fixed.longValue();
    }
    JsonValue value = properties.get(rule.string("grant_property"));
    if (!(value instanceof JsonNumber number)) {
      return null;
    }
    BigDecimal multiplier = rule.isNull("grant_multiplier") ? BigDecimal.ONE : rule.number("grant_multiplier");
    BigDecimal amount = number.bigDecimalValue().multiply(multiplier).setScale(0, RoundingMode.FLOOR);
    if (amount.signum() <= 0) {
      return null;
    }
    return amount.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0 ? Long.MAX_VALUE : amount.longValueExact();
  }

  /** Whether the rule has credited this user fewer than {@code max_per_day} times this UTC day. */
  private static boolean underDailyCap(Connection c, Scope user, Row rule, Instant now) throws SQLException {
    Integer cap = rule.integer("max_per_day");
    return cap == null || creditsToday(c, user, rule, now) < cap;
  }

  private static int creditsToday(Connection c, Scope user, Row rule, Instant now) throws SQLException {
    Row tally = RULE_CREDITS.find(c, user, rule.id()).orElse(null);
    Instant day = now.truncatedTo(ChronoUnit.DAYS);
    return tally != null && !tally.instant("day_start").isBefore(day) ? tally.integer("credits_that_day") : 0;
  }

  /** Counts a credit the rule made (X: a credit the cap cut to 0 is none, so it does not count). */
  private static void countCredit(Connection c, Scope user, Row rule, Instant now) throws SQLException {
    Row tally = RULE_CREDITS.find(c, user, rule.id()).orElse(null);
    Values values = RULE_CREDITS.values()
        .set("rule_id", Json.createValue(rule.id()))
        .set("day_start", Resource.stamp(now.truncatedTo(ChronoUnit.DAYS)))
        .set("credits_that_day", Json.createValue(creditsToday(c, user, rule, now) + 1));
    if (tally == null) {
      RULE_CREDITS.insert(c, user, values, now);
    } else {
      RULE_CREDITS.update(c, tally, values, now);
    }
  }

  // ---------------------------------------------------------------- lookups

  /** The project's live currency with this code; never by id, as codes and ids never mix (M1). */
  static Optional<Row> currencyByCode(Connection c, String projectId, String code) throws SQLException {
    return DEFINITIONS.listWhere(c, Scope.project(projectId), "code", code).stream().findFirst();
  }

  static Row requireCurrency(Connection c, String projectId, String code) throws SQLException {
    return currencyByCode(c, projectId, code).orElseThrow(
        () -> ApiException.notFound("currency_not_found", "no currency with code " + code + " in the project"));
  }

  static Optional<Row> balanceRow(Connection c, Scope user, String currencyId) throws SQLException {
    return BALANCES.listWhere(c, user, "currency_id", currencyId).stream().findFirst();
  }
}
