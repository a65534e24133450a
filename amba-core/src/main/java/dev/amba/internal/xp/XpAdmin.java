package dev.amba.internal.xp;

import dev.amba.internal.ProjectCalls;
import dev.amba.OffsetPage;
import dev.amba.internal.Json;
import dev.amba.internal.Paging;
import dev.amba.internal.UserIds;
import dev.amba.internal.WireForms;
import dev.amba.internal.endpoint.XpEndpoints;
import dev.amba.xp.NewXpGrant;
import dev.amba.xp.NewXpRule;
import dev.amba.xp.ProjectXp;
import dev.amba.xp.XpBalance;
import dev.amba.xp.XpGrant;
import dev.amba.xp.XpRule;
import dev.amba.xp.XpRuleUpdate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

public final class XpAdmin implements ProjectXp {

  /** The most the service serves per page (M2): fewer round trips for a walk over every user. */
  static final int BALANCES_PAGE = 100;
  private static final java.lang.reflect.Type RULES = Json.parameterized(List.class, XpRule.class);
  private static final java.lang.reflect.Type GRANTS = Json.parameterized(List.class, XpGrant.class);

  private final ProjectCalls calls;

  public XpAdmin(ProjectCalls calls) {
    this.calls = calls;
  }

  @Override
  public XpRule createRule(NewXpRule rule) {
    Objects.requireNonNull(rule, "rule");
    return calls.call(XpEndpoints.ADMIN_RULE_CREATE)
        .body(WireForms.of(rule)).data(XpRule.class);
  }

  @Override
  public List<XpRule> rules() {
    List<XpRule> rules = calls.call(XpEndpoints.ADMIN_RULE_LIST).data(RULES);
    return List.copyOf(rules);
  }

  @Override
  public XpRule updateRule(String ruleId, XpRuleUpdate update) {
    XpArguments.ruleId(ruleId, "ruleId");
    Objects.requireNonNull(update, "update");
    Map<String, Object> body = WireForms.of(update);
    if (body.isEmpty()) {
      throw new IllegalArgumentException("update: set at least one of name, eventName, xpAmount, maxPerDay,"
          + " cooldownSeconds, active");
    }
    return calls.call(XpEndpoints.ADMIN_RULE_UPDATE, ruleId)
        .body(body).data(XpRule.class);
  }

  @Override
  public void deleteRule(String ruleId) {
    XpArguments.ruleId(ruleId, "ruleId");
    calls.call(XpEndpoints.ADMIN_RULE_DELETE, ruleId).data(Map.class);
  }

  @Override
  public XpBalance balance(String userId) {
    UserIds.check(userId, "userId");
    return calls.call(XpEndpoints.ADMIN_BALANCE, userId)
        .<XpWire.Balance>data(XpWire.Balance.class).toPublic();
  }

  @Override
  public Stream<XpBalance> balances() {
    return Paging.offsetStream(0, this::balancesPage);
  }

  private OffsetPage<XpBalance> balancesPage(int offset) {
    OffsetPage<XpWire.Balance> page = calls.call(XpEndpoints.ADMIN_BALANCES)
        .query("limit", BALANCES_PAGE)
        .query("offset", offset)
        .offsetPage(XpWire.Balance.class);
    return XpWire.toPublic(page, XpWire.Balance::toPublic);
  }

  @Override
  public XpGrant createGrant(NewXpGrant grant) {
    Objects.requireNonNull(grant, "grant");
    return calls.call(XpEndpoints.ADMIN_GRANT_CREATE)
        .body(WireForms.of(grant)).data(XpGrant.class);
  }

  @Override
  public List<XpGrant> grants() {
    List<XpGrant> grants = calls.call(XpEndpoints.ADMIN_GRANT_LIST).data(GRANTS);
    return List.copyOf(grants);
  }
}
