package dev.amba.testkit.internal.xp;

import static dev.amba.testkit.internal.xp.XpTables.AWARDS;
import static dev.amba.testkit.internal.xp.XpTables.BALANCES;
import static dev.amba.testkit.internal.xp.XpTables.GRANTS;
import static dev.amba.testkit.internal.xp.XpTables.LEDGER;
import static dev.amba.testkit.internal.xp.XpTables.RULES;

import dev.amba.internal.endpoint.XpEndpoints;
import dev.amba.testkit.internal.ApiRequest;
import dev.amba.testkit.internal.ApiResponse;
import dev.amba.testkit.internal.Caller;
import dev.amba.testkit.internal.FieldErrors;
import dev.amba.testkit.internal.JsonIo;
import dev.amba.testkit.internal.RouteModule;
import dev.amba.testkit.internal.RouteTable;
import dev.amba.testkit.internal.Times;
import dev.amba.testkit.internal.engagement.DerivedEvent;
import dev.amba.testkit.internal.engagement.EngagementStage;
import dev.amba.testkit.internal.engagement.StoredEvent;
import dev.amba.testkit.internal.engagement.XpCredits;
import dev.amba.testkit.internal.kit.Crud;
import dev.amba.testkit.internal.kit.Crud.DeleteAnswer;
import dev.amba.testkit.internal.kit.Resource;
import dev.amba.testkit.internal.kit.Resource.Scope;
import dev.amba.testkit.internal.kit.Resource.Values;
import dev.amba.testkit.internal.kit.Row;
import dev.amba.testkit.internal.store.Stores;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * XP and levels (amba-api-modules.md 13): rules and grants declared on the kit, balances and the
 * ledger written only through {@link XpLedger}, and the M4 stage that awards XP for events. Other
 * modules credit XP through {@link #credits()}, which {@code Routes.standard} hands to them.
 */
public final class XpRoutes implements RouteModule {

  /** M4: XP is stage 2, after streaks and before currency grant rules. */
  static final int STEP = 2;

  private final XpLedger ledger;
  private final Crud rules;
  private final Crud grants;
  private final Crud balances;
  private final Crud history;
  private final Stores stores;

  public XpRoutes(Stores stores, Clock clock) {
    this.stores = stores;
    this.ledger = new XpLedger(stores, clock);
    this.rules = Crud.of(RULES, stores, clock).withRule(placedLast(RULES));
    this.grants = Crud.of(GRANTS, stores, clock).withRule((c, scope, values, current) -> {
      checkWindow(values);
      placedLast(GRANTS).apply(c, scope, values, current);
    });
    this.balances = Crud.of(BALANCES, stores, clock).withView((row, json) -> ledger.balance(row.userId(), row));
    this.history = Crud.of(LEDGER, stores, clock).withView((row, json) -> json.add("app_user_id", row.userId()));
  }

  /** How the other modules credit XP and read totals; the same ledger the routes write. */
  public XpCredits credits() {
    return ledger;
  }

  @Override
  public List<Resource> resources() {
    return List.of(RULES, GRANTS, BALANCES, AWARDS, LEDGER);
  }

  @Override
  public List<EngagementStage> stages() {
    return List.of(new EngagementStage() {
      @Override
      public int step() {
        return STEP;
      }

      @Override
      public void apply(StoredEvent event, Consumer<DerivedEvent> emit) throws SQLException {
        ledger.award(event, emit);
      }
    });
  }

  @Override
  public void register(RouteTable routes) {
    routes.on(XpEndpoints.BALANCE, this::balance);
    routes.on(XpEndpoints.HISTORY, history.page(50, 100));
    routes.on(XpEndpoints.RULES, this::activeRules);
    routes.on(XpEndpoints.CLAIM, this::claim);
    routes.on(XpEndpoints.ADMIN_RULE_CREATE, rules.create());
    routes.on(XpEndpoints.ADMIN_RULE_LIST, rules.list());
    routes.on(XpEndpoints.ADMIN_RULE_UPDATE, rules.update("ruleId"));
    routes.on(XpEndpoints.ADMIN_RULE_DELETE, rules.delete("ruleId", DeleteAnswer.DELETED_MARKER, "id"));
    routes.on(XpEndpoints.ADMIN_BALANCE, this::balance);
    routes.on(XpEndpoints.ADMIN_BALANCES, balances.pageOfEveryUser(50, 100));
    routes.on(XpEndpoints.ADMIN_GRANT_CREATE, grants.create());
    routes.on(XpEndpoints.ADMIN_GRANT_LIST, grants.list());
  }

  /** The acting user's balance, or on the admin route the path's user's; no row yet: 0 XP, level 1. */
  private ApiResponse balance(ApiRequest request, Caller caller) throws SQLException {
    Scope user = balances.scope(request, caller);
    Row row = stores.db().read(c -> BALANCES.ofUser(c, user)).orElse(null);
    return ApiResponse.ok(ledger.balance(user.userId(), row).build());
  }

  /** 13.1: what a client may know of the active rules. */
  private ApiResponse activeRules(ApiRequest request, Caller caller) throws SQLException {
    List<Row> active = stores.db()
        .read(c -> RULES.listWhere(c, Scope.project(caller.projectId()), "is_active", true));
    JsonArrayBuilder data = JsonIo.array();
    for (Row rule : active) {
      data.add(JsonIo.object()
          .add("id", rule.id())
          .add("name", rule.get("name"))
          .add("event_name", rule.get("event_name"))
          .add("xp_amount", rule.get("xp_amount")));
    }
    return ApiResponse.ok(data.build());
  }

  private ApiResponse claim(ApiRequest request, Caller caller) throws SQLException {
    Row entry = ledger.claim(caller.projectId(), caller.requireUser(), request.pathParam("key"));
    return ApiResponse.created(history.json(entry));
  }

  /** A new row goes after every row the project has, even one created in the same millisecond. */
  private static Crud.WriteRule placedLast(Resource resource) {
    return (c, scope, values, current) -> {
      if (current == null) {
        long last = 0;
        for (Row row : resource.list(c, scope)) {
          last = Math.max(last, row.isNull("position") ? 0 : row.bigint("position"));
        }
        values.set("position", Json.createValue(last + 1));
      }
    };
  }

  /** {@code ends_at} after {@code starts_at} when both are given. */
  private static void checkWindow(Values values) {
    Instant starts = instant(values.get("starts_at"));
    Instant ends = instant(values.get("ends_at"));
    if (starts != null && ends != null && !ends.isAfter(starts)) {
      throw new FieldErrors("invalid_input").add("ends_at", "must be after starts_at", "a later time",
          values.get("ends_at")).toException();
    }
  }

  private static Instant instant(JsonValue value) {
    return value instanceof JsonString s ? Times.parseOrNull(s.getString()) : null;
  }
}
