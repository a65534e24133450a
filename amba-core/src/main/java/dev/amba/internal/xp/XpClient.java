package dev.amba.internal.xp;

import dev.amba.internal.UserCalls;
import dev.amba.OffsetPage;
import dev.amba.internal.Json;
import dev.amba.internal.Paging;
import dev.amba.internal.endpoint.XpEndpoints;
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

  private final UserCalls calls;

  public XpClient(UserCalls calls) {
    this.calls = calls;
  }

  @Override
  public XpBalance balance() {
    return calls.call(XpEndpoints.BALANCE).<XpWire.Balance>data(XpWire.Balance.class).toPublic();
  }

  @Override
  public Stream<XpLedgerEntry> history() {
    return Paging.offsetStream(0, this::historyPage);
  }

  private OffsetPage<XpLedgerEntry> historyPage(int offset) {
    OffsetPage<XpWire.Entry> page = calls.call(XpEndpoints.HISTORY)
        .query("limit", PAGE)
        .query("offset", offset)
        .offsetPage(XpWire.Entry.class);
    return XpWire.toPublic(page, XpWire.Entry::toPublic);
  }

  @Override
  public List<XpRuleSummary> rules() {
    List<XpRuleSummary> rules = calls.call(XpEndpoints.RULES).data(RULES);
    return List.copyOf(rules);
  }

  @Override
  public XpLedgerEntry claim(String grantKey) {
    XpArguments.grantKey(grantKey, "grantKey");
    return calls.call(XpEndpoints.CLAIM, grantKey)
        .<XpWire.Entry>data(XpWire.Entry.class).toPublic();
  }
}
