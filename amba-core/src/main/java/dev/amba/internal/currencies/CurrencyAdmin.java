package dev.amba.internal.currencies;

import dev.amba.OffsetPage;
import dev.amba.currencies.CurrencyDefinition;
import dev.amba.currencies.CurrencyGrant;
import dev.amba.currencies.CurrencyTransaction;
import dev.amba.currencies.CurrencyUpdate;
import dev.amba.currencies.GrantRule;
import dev.amba.currencies.NewCurrency;
import dev.amba.currencies.NewGrantRule;
import dev.amba.currencies.ProjectCurrencies;
import dev.amba.currencies.TransactionFilter;
import dev.amba.internal.Json;
import dev.amba.internal.Paging;
import dev.amba.internal.ProjectCalls;
import dev.amba.internal.UserIds;
import dev.amba.internal.WireForms;
import dev.amba.internal.endpoint.CurrencyEndpoints;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/** Currency definitions, grants, ledgers and grant rules (server key). */
public final class CurrencyAdmin implements ProjectCurrencies {

  /** The most the service serves per page (M2): fewer round trips for a walk over a whole ledger. */
  static final int PAGE = 100;
  private static final java.lang.reflect.Type DEFINITIONS =
      Json.parameterized(List.class, CurrencyWire.Definition.class);
  private static final java.lang.reflect.Type RULES = Json.parameterized(List.class, GrantRule.class);

  private final ProjectCalls calls;

  public CurrencyAdmin(ProjectCalls calls) {
    this.calls = calls;
  }

  @Override
  public CurrencyDefinition create(NewCurrency currency) {
    Objects.requireNonNull(currency, "currency");
    return calls.call(CurrencyEndpoints.ADMIN_CREATE).body(WireForms.of(currency))
        .<CurrencyWire.Definition>data(CurrencyWire.Definition.class).toPublic();
  }

  @Override
  public List<CurrencyDefinition> list() {
    List<CurrencyWire.Definition> all = calls.call(CurrencyEndpoints.ADMIN_LIST).data(DEFINITIONS);
    return all.stream().map(CurrencyWire.Definition::toPublic).toList();
  }

  @Override
  public CurrencyDefinition update(String idOrCode, CurrencyUpdate update) {
    CurrencyArguments.pathValue(idOrCode, "idOrCode");
    Objects.requireNonNull(update, "update");
    Map<String, Object> body = WireForms.of(update);
    if (body.isEmpty()) {
      throw new IllegalArgumentException("update: set at least one setting");
    }
    return calls.call(CurrencyEndpoints.ADMIN_UPDATE, idOrCode).body(body)
        .<CurrencyWire.Definition>data(CurrencyWire.Definition.class).toPublic();
  }

  @Override
  public void delete(String idOrCode) {
    CurrencyArguments.pathValue(idOrCode, "idOrCode");
    calls.call(CurrencyEndpoints.ADMIN_DELETE, idOrCode).data(Map.class);
  }

  @Override
  public CurrencyTransaction grant(CurrencyGrant grant) {
    // The endpoint's retry rule gives the call its own Idempotency-Key, or keeps the handle's.
    return grant(calls, grant);
  }

  @Override
  public CurrencyTransaction grant(CurrencyGrant grant, String idempotencyKey) {
    ProjectCalls keyed = new ProjectCalls(calls.runtime(), calls.options().withIdempotencyKey(idempotencyKey));
    return grant(keyed, grant);
  }

  private static CurrencyTransaction grant(ProjectCalls through, CurrencyGrant grant) {
    Objects.requireNonNull(grant, "grant");
    return through.call(CurrencyEndpoints.ADMIN_GRANT).body(WireForms.of(grant))
        .<CurrencyWire.Transaction>data(CurrencyWire.Transaction.class).toPublic();
  }

  @Override
  public Stream<CurrencyTransaction> transactions(String userId, TransactionFilter filter) {
    UserIds.check(userId, "userId");
    Objects.requireNonNull(filter, "filter");
    return Paging.offsetStream(0, offset -> page(userId, offset, filter));
  }

  private OffsetPage<CurrencyTransaction> page(String userId, int offset, TransactionFilter filter) {
    OffsetPage<CurrencyWire.Transaction> page = calls.call(CurrencyEndpoints.ADMIN_TRANSACTIONS, userId)
        .query("limit", PAGE)
        .query("offset", offset)
        .query("currency_code", filter.currencyCode())
        .offsetPage(CurrencyWire.Transaction.class);
    return CurrencyWire.toPublic(page, CurrencyWire.Transaction::toPublic);
  }

  @Override
  public GrantRule createGrantRule(NewGrantRule rule) {
    Objects.requireNonNull(rule, "rule");
    return calls.call(CurrencyEndpoints.ADMIN_RULE_CREATE).body(WireForms.of(rule)).data(GrantRule.class);
  }

  @Override
  public List<GrantRule> grantRules() {
    List<GrantRule> rules = calls.call(CurrencyEndpoints.ADMIN_RULE_LIST).data(RULES);
    return List.copyOf(rules);
  }

  @Override
  public void deleteGrantRule(String ruleId) {
    CurrencyArguments.pathValue(ruleId, "ruleId");
    calls.call(CurrencyEndpoints.ADMIN_RULE_DELETE, ruleId).data(Map.class);
  }
}
