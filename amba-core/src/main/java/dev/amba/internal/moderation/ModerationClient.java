package dev.amba.internal.moderation;

import dev.amba.internal.util.ModuleNames;
import dev.amba.internal.Json;
import dev.amba.internal.UserCalls;
import dev.amba.internal.UserIds;
import dev.amba.internal.WireForms;
import dev.amba.internal.endpoint.ModerationEndpoints;
import dev.amba.moderation.ModerationItem;
import dev.amba.moderation.NewReport;
import dev.amba.moderation.UserModeration;
import java.util.List;
import java.util.Objects;

public final class ModerationClient implements UserModeration {

  private static final java.lang.reflect.Type ITEMS = Json.parameterized(List.class, ModerationWire.Item.class);

  private final UserCalls calls;

  public ModerationClient(UserCalls calls) {
    this.calls = calls;
  }

  @Override
  public ModerationItem report(NewReport report) {
    Objects.requireNonNull(report, "report");
    return calls.call(ModerationEndpoints.REPORT).body(WireForms.of(report))
        .<ModerationWire.Item>data(ModerationWire.Item.class).toPublic();
  }

  @Override
  public ModerationItem reportUser(String userId, String reason) {
    UserIds.check(userId, "userId");
    NewReport report = NewReport.of("user", userId);
    return report(reason == null ? report : report.reason(reason));
  }

  @Override
  public List<ModerationItem> getMyReports() {
    List<ModerationWire.Item> items = calls.call(ModerationEndpoints.REPORTS).data(ITEMS);
    return items.stream().map(ModerationWire.Item::toPublic).toList();
  }

  @Override
  public ModerationItem reportStatus(String reportId) {
    ModuleNames.uuid(reportId, "reportId");
    return calls.call(ModerationEndpoints.REPORT_STATUS, reportId)
        .<ModerationWire.Item>data(ModerationWire.Item.class).toPublic();
  }
}
