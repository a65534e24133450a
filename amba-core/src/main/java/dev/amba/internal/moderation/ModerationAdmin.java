package dev.amba.internal.moderation;

import dev.amba.internal.util.ModuleNames;
import dev.amba.OffsetPage;
import dev.amba.internal.Api;
import dev.amba.internal.Json;
import dev.amba.internal.Paging;
import dev.amba.internal.ProjectCalls;
import dev.amba.internal.WireForms;
import dev.amba.internal.endpoint.Endpoint;
import dev.amba.internal.endpoint.ModerationEndpoints;
import dev.amba.moderation.ModerationItem;
import dev.amba.moderation.ModerationRule;
import dev.amba.moderation.ModerationRuleUpdate;
import dev.amba.moderation.ModerationStatus;
import dev.amba.moderation.NewModerationRule;
import dev.amba.moderation.ProjectModeration;
import dev.amba.moderation.TrustSetting;
import dev.amba.moderation.UserTrustLevel;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/** The moderation queue, rules and trust levels (server key). */
public final class ModerationAdmin implements ProjectModeration {

  private static final java.lang.reflect.Type RULES = Json.parameterized(List.class, ModerationWire.Rule.class);

  private final ProjectCalls calls;

  public ModerationAdmin(ProjectCalls calls) {
    this.calls = calls;
  }

  @Override
  public OffsetPage<ModerationItem> queue(ModerationStatus status, int offset, int limit) {
    return Paging.page(queueOf(status), offset, limit, MAX_PAGE, ModerationWire.Item.class,
        ModerationWire.Item::toPublic);
  }

  @Override
  public Stream<ModerationItem> queueAll(ModerationStatus status) {
    Objects.requireNonNull(status, "status");
    return Paging.walk(() -> queueOf(status), 0, ModerationWire.PAGE, ModerationWire.Item.class,
        ModerationWire.Item::toPublic);
  }

  private Api.Call queueOf(ModerationStatus status) {
    Objects.requireNonNull(status, "status");
    return calls.call(ModerationEndpoints.ADMIN_QUEUE).query("status", status.value());
  }

  @Override
  public ModerationItem approve(String itemId) {
    return move(ModerationEndpoints.ADMIN_APPROVE, itemId);
  }

  @Override
  public ModerationItem reject(String itemId) {
    return move(ModerationEndpoints.ADMIN_REJECT, itemId);
  }

  @Override
  public ModerationItem escalate(String itemId) {
    return move(ModerationEndpoints.ADMIN_ESCALATE, itemId);
  }

  private ModerationItem move(Endpoint action, String itemId) {
    ModuleNames.uuid(itemId, "itemId");
    return calls.call(action, itemId).<ModerationWire.Item>data(ModerationWire.Item.class).toPublic();
  }

  @Override
  public ModerationRule createRule(NewModerationRule rule) {
    Objects.requireNonNull(rule, "rule");
    return calls.call(ModerationEndpoints.ADMIN_RULE_CREATE).body(WireForms.of(rule))
        .<ModerationWire.Rule>data(ModerationWire.Rule.class).toPublic();
  }

  @Override
  public List<ModerationRule> rules() {
    List<ModerationWire.Rule> rules = calls.call(ModerationEndpoints.ADMIN_RULE_LIST).data(RULES);
    return rules.stream().map(ModerationWire.Rule::toPublic).toList();
  }

  @Override
  public ModerationRule updateRule(String ruleId, ModerationRuleUpdate update) {
    ModuleNames.uuid(ruleId, "ruleId");
    return calls.call(ModerationEndpoints.ADMIN_RULE_UPDATE, ruleId).body(WireForms.ofUpdate(update))
        .<ModerationWire.Rule>data(ModerationWire.Rule.class).toPublic();
  }

  @Override
  public void deleteRule(String ruleId) {
    ModuleNames.uuid(ruleId, "ruleId");
    calls.call(ModerationEndpoints.ADMIN_RULE_DELETE, ruleId).data(Map.class);
  }

  @Override
  public UserTrustLevel setTrust(TrustSetting setting) {
    Objects.requireNonNull(setting, "setting");
    return calls.call(ModerationEndpoints.ADMIN_TRUST_SET).body(WireForms.of(setting))
        .<ModerationWire.Trust>data(ModerationWire.Trust.class).toPublic();
  }

  @Override
  public OffsetPage<UserTrustLevel> trustLevels(int offset, int limit) {
    return Paging.page(calls.call(ModerationEndpoints.ADMIN_TRUST_LIST), offset, limit, MAX_PAGE,
        ModerationWire.Trust.class, ModerationWire.Trust::toPublic);
  }

  @Override
  public Stream<UserTrustLevel> trustLevelsAll() {
    return Paging.walk(() -> calls.call(ModerationEndpoints.ADMIN_TRUST_LIST), 0, ModerationWire.PAGE,
        ModerationWire.Trust.class, ModerationWire.Trust::toPublic);
  }
}
