package dev.amba.internal.xp;

import dev.amba.OffsetPage;
import dev.amba.RequestOptions;
import dev.amba.internal.ClientRuntime;
import dev.amba.internal.Json;
import dev.amba.internal.Paging;
import dev.amba.internal.endpoint.XpEndpoints;
import dev.amba.internal.http.Scope;
import dev.amba.xp.UserXp;
import dev.amba.xp.XpBalance;
import dev.amba.xp.XpLedgerEntry;
import dev.amba.xp.XpRuleSummary;
import java.util.List;
import java.util.stream.Stream;

public final class XpClient implements UserXp {

  /** The server's default page; a caller that reads only the newest few pays for no more. */
  static final int PAGE = 50;
  private static final java.lang.reflect.Type RULES = Json.parameterized(List.class, XpRuleSummary.class);

  private final ClientRuntime runtime;
  private final Scope scope;
  private final RequestOptions options;

  public XpClient(ClientRuntime runtime, Scope scope, RequestOptions options) {
    this.runtime = runtime;
    this.scope = scope;
    this.options = options;
  }

  @Override
  public XpBalance balance() {
    return runtime.api.call(XpEndpoints.BALANCE, scope, options).<XpWire.Balance>data(XpWire.Balance.class).toPublic();
  }

  @Override
  public Stream<XpLedgerEntry> history() {
    return Paging.offsetStream(0, this::historyPage);
  }

  private OffsetPage<XpLedgerEntry> historyPage(int offset) {
    OffsetPage<XpWire.Entry> page = runtime.api.call(XpEndpoints.HISTORY, scope, options)
        .query("limit", PAGE)
        .query("offset", offset)
        .offsetPage(XpWire.Entry.class);
    return XpWire.toPublic(page, XpWire.Entry::toPublic);
  }

  @Override
  public List<XpRuleSummary> rules() {
    List<XpRuleSummary> rules = runtime.api.call(XpEndpoints.RULES, scope, options).data(RULES);
    return List.copyOf(rules);
  }

  @Override
  public XpLedgerEntry claim(String grantKey) {
    XpArguments.grantKey(grantKey, "grantKey");
    return runtime.api.call(XpEndpoints.CLAIM, scope, options, grantKey)
        .<XpWire.Entry>data(XpWire.Entry.class).toPublic();
  }
}
