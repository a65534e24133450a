package dev.amba.internal.push;

import dev.amba.push.CampaignStats;
import dev.amba.push.CampaignStatus;
import dev.amba.push.DeliveryMode;
import dev.amba.push.Platform;
import dev.amba.push.PushCampaign;
import dev.amba.push.PushToken;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * Push answers as they arrive: server-defined strings stay strings here and become the SDK's
 * string-backed constants in {@code toPublic()}.
 */
public final class PushWire {

  private PushWire() {}

  public record Token(String id, String token, String platform, String bundleId, Instant createdAt) {
    PushToken toPublic() {
      return new PushToken(id, token, platform == null ? null : Platform.of(platform), bundleId, createdAt);
    }
  }

  public record Stats(Long sent, Long delivered, Long opened, Long failed) {
    CampaignStats toPublic() {
      return new CampaignStats(n(sent), n(delivered), n(opened), n(failed));
    }

    private static long n(Long v) {
      return v == null ? 0 : v;
    }
  }

  public record Campaign(
      String id,
      String name,
      String title,
      String body,
      Map<String, Object> data,
      String segmentId,
      String status,
      String deliveryMode,
      Instant scheduledAt,
      String localDate,
      String localTime,
      Instant sentAt,
      Stats stats,
      Instant createdAt,
      Instant updatedAt) {

    PushCampaign toPublic() {
      return new PushCampaign(id, name, title, body, data, segmentId,
          status == null ? null : new CampaignStatus(status),
          deliveryMode == null ? DeliveryMode.ABSOLUTE : new DeliveryMode(deliveryMode),
          scheduledAt, date(localDate), time(localTime), sentAt,
          stats == null ? CampaignStats.NONE : stats.toPublic(), createdAt, updatedAt);
    }

    // A local date or time the SDK cannot read is left out rather than failing the whole answer.
    private static LocalDate date(String text) {
      try {
        return text == null ? null : LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        return null;
      }
    }

    private static LocalTime time(String text) {
      try {
        return text == null ? null : LocalTime.parse(text);
      } catch (DateTimeParseException e) {
        return null;
      }
    }
  }
}
