package dev.amba.internal.moderation;

import dev.amba.moderation.ModerationItem;
import dev.amba.moderation.ModerationRule;
import dev.amba.moderation.ModerationRuleType;
import dev.amba.moderation.ModerationStatus;
import dev.amba.moderation.ProjectModeration;
import dev.amba.moderation.TrustLevel;
import dev.amba.moderation.UserTrustLevel;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Moderation answers as they arrive (27.3). */
public final class ModerationWire {

  private ModerationWire() {}

  static final int PAGE = ProjectModeration.MAX_PAGE;

  public record Item(
      String id,
      String contentType,
      String contentId,
      String reportedBy,
      String reason,
      String status,
      String moderatorId,
      Instant resolvedAt,
      Instant createdAt) {

    ModerationItem toPublic() {
      // An item is pending from its filing on; an answer naming no status can only be that one.
      ModerationStatus s = status == null || status.isBlank() ? ModerationStatus.PENDING : new ModerationStatus(status);
      return new ModerationItem(id, contentType, contentId, reportedBy, reason, s, moderatorId, resolvedAt, createdAt);
    }
  }

  public record Rule(
      String id,
      String name,
      String ruleType,
      JsonObject config,
      Boolean isActive,
      Instant createdAt,
      Instant updatedAt) {

    ModerationRule toPublic() {
      List<String> keywords = new ArrayList<>();
      Optional<String> pattern = Optional.empty();
      if (config != null) {
        if (config.get("keywords") instanceof jakarta.json.JsonArray words) {
          for (JsonValue w : words) {
            if (w instanceof JsonString s) {
              keywords.add(s.getString());
            }
          }
        }
        if (config.get("pattern") instanceof JsonString p) {
          pattern = Optional.of(p.getString());
        }
      }
      // A rule is active from its creation on unless it was made switched off (27.2).
      return new ModerationRule(id, name, new ModerationRuleType(ruleType), keywords, pattern,
          isActive == null || isActive, createdAt, updatedAt != null ? updatedAt : createdAt);
    }
  }

  public record Trust(String id, String appUserId, String trustLevel, Boolean autoApprove, Instant updatedAt) {

    UserTrustLevel toPublic() {
      return new UserTrustLevel(id, appUserId, trustLevel == null ? TrustLevel.NEW : new TrustLevel(trustLevel),
          autoApprove != null && autoApprove, updatedAt);
    }
  }
}
