package dev.amba.testkit.internal.currencies;

import static dev.amba.testkit.internal.currencies.CurrencyTables.BALANCES;
import static dev.amba.testkit.internal.currencies.CurrencyTables.DEFINITIONS;
import static dev.amba.testkit.internal.currencies.CurrencyTables.GRANT_BODY;
import static dev.amba.testkit.internal.currencies.CurrencyTables.LEDGER;
import static dev.amba.testkit.internal.currencies.CurrencyTables.RULES;
import static dev.amba.testkit.internal.currencies.CurrencyTables.RULE_CREDITS;

import dev.amba.internal.endpoint.CurrencyEndpoints;
import dev.amba.testkit.internal.ApiException;
import dev.amba.testkit.internal.ApiRequest;
import dev.amba.testkit.internal.ApiResponse;
import dev.amba.testkit.internal.Caller;
import dev.amba.testkit.internal.FieldErrors;
import dev.amba.testkit.internal.JsonIo;
import dev.amba.testkit.internal.Params;
import dev.amba.testkit.internal.RouteModule;
import dev.amba.testkit.internal.RouteTable;
import dev.amba.testkit.internal.engagement.EngagementStage;
import dev.amba.testkit.internal.engagement.Wallets;
import dev.amba.testkit.internal.kit.Crud;
import dev.amba.testkit.internal.kit.Crud.DeleteAnswer;
import dev.amba.testkit.internal.kit.Field;
import dev.amba.testkit.internal.kit.Resource;
import dev.amba.testkit.internal.kit.Resource.Scope;
import dev.amba.testkit.internal.kit.Resource.Values;
import dev.amba.testkit.internal.kit.Row;
import dev.amba.testkit.internal.store.Stores;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Currencies (amba-api-modules.md 17): definitions and grant rules declared on the kit, balances and
 * the ledger written only by {@link CurrencyLedger}, and M4 stage 3, the grant rules. Other modules
 * move currency through {@link #wallets()}, which {@code Routes.standard} hands to them.
 */
public final class CurrencyRoutes implements RouteModule {

  /** M4: currency grant rules are stage 3, after XP and before achievements. */
  static final int STEP = 3;
  private static final int PAGE = 50;
  private static final int MAX_PAGE = 100;

  private final Stores stores;
  private final Clock clock;
  private final CurrencyLedger ledger;
  private final Crud definitions;
  private final Crud rules;
  private final Crud transactions;

  public CurrencyRoutes(Stores stores, Clock clock) {
    this.stores = stores;
    this.clock = clock;
    this.ledger = new CurrencyLedger(stores, clock);
    // 17.2: a delete keeps the users' rows; they are read only through a currency that exists.
    this.definitions = Crud.of(DEFINITIONS, stores, clock).withRule(CurrencyRoutes::initialWithinCap);
    this.rules = Crud.of(RULES, stores, clock)
        .withRule(CurrencyRoutes::checkRule)
        // Only a rule just made is rendered here, and its currency is live; the list says for each.
        .withView((row, json) -> json.add("is_active", true))
        .withDeleteRule((c, row) -> RULE_CREDITS.deleteWhere(c, row.projectId(), "rule_id", row.id()));
    this.transactions = Crud.of(LEDGER, stores, clock).withView((row, json) -> json.add("app_user_id", row.userId()));
  }

  /** How the other modules (inventory, referrals) move currency; the same ledger the routes write. */
  public Wallets wallets() {
    return ledger;
  }

  @Override
  public List<Resource> resources() {
    return List.of(DEFINITIONS, BALANCES, LEDGER, RULES, RULE_CREDITS);
  }

  @Override
  public List<EngagementStage> stages() {
    return List.of(EngagementStage.of(STEP, (event, emit) -> ledger.grantForEvent(event)));
  }

  @Override
  public void register(RouteTable routes) {
    routes.on(CurrencyEndpoints.BALANCES, this::balances);
    routes.on(CurrencyEndpoints.TRANSACTIONS, this::transactions);
    routes.on(CurrencyEndpoints.ADMIN_CREATE, definitions.create());
    routes.on(CurrencyEndpoints.ADMIN_LIST, definitions.list());
    routes.on(CurrencyEndpoints.ADMIN_UPDATE, definitions.update("currencyIdOrCode"));
    routes.on(CurrencyEndpoints.ADMIN_DELETE, definitions.delete("currencyIdOrCode", DeleteAnswer.DELETED_MARKER, "id"));
    routes.on(CurrencyEndpoints.ADMIN_GRANT, this::grant);
    routes.on(CurrencyEndpoints.ADMIN_TRANSACTIONS, this::transactions);
    routes.on(CurrencyEndpoints.ADMIN_RULE_CREATE, rules.create());
    routes.on(CurrencyEndpoints.ADMIN_RULE_LIST, this::grantRules);
    routes.on(CurrencyEndpoints.ADMIN_RULE_DELETE, rules.delete("ruleId", DeleteAnswer.DELETED_MARKER, "id"));
  }

  /** 17.1: one balance per live currency, settled first; a currency without a row reads its initial balance. */
  private ApiResponse balances(ApiRequest request, Caller caller) throws SQLException {
    String projectId = caller.projectId();
    String userId = caller.requireUser();
    Scope user = Scope.user(projectId, userId);
    List<Row> currencies = stores.db().read(c -> DEFINITIONS.list(c, Scope.project(projectId)));
    ledger.settleDue(projectId, userId, currencies);
    Map<String, Row> rows = new HashMap<>();
    for (Row row : stores.db().read(c -> BALANCES.list(c, user))) {
      rows.put(row.string("currency_id"), row);
    }
    JsonArrayBuilder data = JsonIo.array();
    for (Row currency : currencies) {
      Row row = rows.get(currency.id());
      data.add(JsonIo.object()
          .add("currency_code", currency.get("code"))
          .add("name", currency.get("name"))
          .add("is_premium", currency.get("is_premium"))
          .add("balance", row == null ? currency.integer("initial_balance") : row.bigint("balance"))
          .add("lifetime_earned", row == null ? 0 : row.bigint("lifetime_earned"))
          .add("lifetime_spent", row == null ? 0 : row.bigint("lifetime_spent")));
    }
    return ApiResponse.ok(data.build());
  }

  /**
   * 17.1 and 17.2: a user's transactions, newest first, settled first; only live currencies' (a
   * deleted currency's rows stay hidden), or one currency's by {@code currency_code}, which lists
   * nothing when no live currency has that code.
   */
  private ApiResponse transactions(ApiRequest request, Caller caller) throws SQLException {
    String projectId = caller.projectId();
    String userId = caller.userId() != null ? caller.userId() : requireUser(projectId, request.pathParam("userId"));
    String code = Params.optional(request, "currency_code");
    if (code != null && !Field.KEY.matcher(code).matches()) {
      throw new FieldErrors("invalid_input").add("currency_code", Field.KEY_RULE).toException();
    }
    List<Row> currencies = stores.db().read(c -> code == null ? DEFINITIONS.list(c, Scope.project(projectId))
        : CurrencyLedger.currencyByCode(c, projectId, code).stream().toList());
    ledger.settleDue(projectId, userId, currencies);
    Scope user = Scope.user(projectId, userId);
    List<String> live = currencies.stream().map(Row::id).toList();
    return transactions.offsetList(request, PAGE, MAX_PAGE,
        (c, limit, offset) -> LEDGER.pageWhereIn(c, user, "currency_id", live, limit, offset));
  }

  /**
   * 17.2 grant: 201 with the transaction, or, when the cap leaves no room, 200 with one that was not
   * stored ({@code id} null, amount 0, the balance as it is). The emulator's Idempotency-Key replay
   * (M2) sits in front of this handler, so a repeated key credits nothing more.
   */
  private ApiResponse grant(ApiRequest request, Caller caller) throws SQLException {
    Values body = GRANT_BODY.forCreate(request.jsonObject());
    String projectId = caller.projectId();
    String userId = requireUser(projectId, text(body, "app_user_id"));
    String code = text(body, "currency_code");
    String reason = body.has("reason") ? text(body, "reason") : null;
    CurrencyLedger.Written done = ledger.grant(projectId, userId, code,
        ((JsonNumber) body.get("amount")).longValueExact(), reason);
    if (done.entry() != null) {
      return ApiResponse.created(transactions.json(done.entry()));
    }
    return ApiResponse.ok(JsonIo.object()
        .add("id", JsonValue.NULL)
        .add("currency_code", code)
        .add("amount", 0)
        .add("balance_after", done.change().balanceAfter())
        .add("transaction_type", "grant")
        .add("source", "admin")
        .add("reference_id", JsonValue.NULL)
        .add("reason", JsonIo.string(reason))
        .add("created_at", Resource.stamp(clock.instant()))
        .add("app_user_id", userId)
        .build());
  }

  /** Every rule, oldest first; a rule whose currency was deleted reads inactive (17.4 #8). */
  private ApiResponse grantRules(ApiRequest request, Caller caller) throws SQLException {
    Scope project = Scope.project(caller.projectId());
    Set<String> live = new HashSet<>();
    List<Row> all = stores.db().read(c -> {
      DEFINITIONS.list(c, project).forEach(d -> live.add(d.id()));
      return RULES.list(c, project);
    });
    JsonArrayBuilder data = JsonIo.array();
    all.forEach(r -> data.add(RULES.jsonBuilder(r).add("is_active", live.contains(r.string("currency_id")))));
    return ApiResponse.ok(data.build());
  }

  /** A user of the project, else 404 {@code user_not_found} (17.2): another project's users are unknown here. */
  private String requireUser(String projectId, String userId) throws SQLException {
    return stores.users().findInProject(projectId, userId)
        .orElseThrow(() -> ApiException.notFound("user_not_found", "no user with this id in the project"))
        .id();
  }

  /** A currency's initial balance must fit under its cap, the stored one for the field a PATCH leaves out. */
  private static void initialWithinCap(Connection c, Scope scope, Values values, Row current) {
    Long initial = number(values, current, "initial_balance");
    Long cap = number(values, current, "max_balance");
    if (initial != null && cap != null && initial > cap) {
      throw new FieldErrors("invalid_input").add("initial_balance", "must not exceed max_balance (" + cap + ")",
          "an integer up to " + cap, Json.createValue(initial)).toException();
    }
  }

  private static Long number(Values values, Row current, String field) {
    JsonValue value = values.has(field) ? values.get(field) : current == null ? null : current.get(field);
    return value instanceof JsonNumber n ? n.longValueExact() : null;
  }

  /**
   * 17.2: exactly one of {@code grant_amount} and {@code grant_property}; a multiplier only with the
   * property (default 1, above 0); the currency a live one (404 {@code currency_not_found}).
   */
  private static void checkRule(Connection c, Scope scope, Values values, Row current) throws SQLException {
    boolean fixed = given(values, "grant_amount");
    boolean property = given(values, "grant_property");
    FieldErrors errors = new FieldErrors("invalid_grant_rule");
    if (fixed == property) {
      errors.add(fixed ? "grant_property" : "grant_amount", "give exactly one of grant_amount and grant_property");
    } else if (fixed && given(values, "grant_multiplier")) {
      errors.add("grant_multiplier", "applies only with grant_property");
    } else if (property && given(values, "grant_multiplier")
        && ((JsonNumber) values.get("grant_multiplier")).bigDecimalValue().signum() <= 0) {
      errors.add("grant_multiplier", "must be above 0", "a number above 0", values.get("grant_multiplier"));
    }
    errors.throwIfAny();
    if (property && !given(values, "grant_multiplier")) {
      values.set("grant_multiplier", Json.createValue(BigDecimal.ONE));
    }
    Row currency = CurrencyLedger.requireCurrency(c, scope.projectId(), text(values, "currency_key"));
    values.set("currency_id", Json.createValue(currency.id()));
  }

  private static boolean given(Values values, String field) {
    return values.has(field) && values.get(field).getValueType() != JsonValue.ValueType.NULL;
  }

  private static String text(Values values, String field) {
    return ((jakarta.json.JsonString) values.get(field)).getString();
  }
}
