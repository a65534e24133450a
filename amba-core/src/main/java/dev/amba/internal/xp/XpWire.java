package dev.amba.internal.xp;

import dev.amba.xp.XpBalance;
import dev.amba.xp.XpLedgerEntry;
import dev.amba.OffsetPage;
import java.time.Instant;
import java.util.function.Function;

/**
 * XP answers as they arrive, with every name a server may use for a value (M2): the newer name
 * wins, the older one fills in when the newer is absent. Older names seen only in 4.x core are read
 * here and never sent.
 */
public final class XpWire {

  private XpWire() {}

  /** {@code level} and {@code last_xp_at} are the older docs' names, {@code app_user_id} the older user. */
  public record Balance(
      String userId,
      String appUserId,
      Long totalXp,
      Integer currentLevel,
      Integer level,
      Long xpIntoLevel,
      Long xpToNextLevel,
      Long xpThisPeriod,
      Instant updatedAt,
      Instant lastXpAt) {

    XpBalance toPublic() {
      // Level 1 is where every user starts, so it is what an answer without a level means.
      int lvl = currentLevel != null ? currentLevel : level != null ? level : 1;
      return new XpBalance(userId != null ? userId : appUserId, n(totalXp), lvl, n(xpIntoLevel), n(xpToNextLevel),
          n(xpThisPeriod), updatedAt != null ? updatedAt : lastXpAt);
    }
  }

  /**
   * {@code amount} is the shared type's name of the amount; 4.x core reads history as
   * {@code {id, delta, reason, source, created_at}}.
   */
  public record Entry(
      String id,
      String appUserId,
      String userId,
      String xpRuleId,
      String eventName,
      Integer xpAmount,
      Integer amount,
      Integer delta,
      String reason,
      String source,
      Instant occurredAt,
      Instant createdAt) {

    XpLedgerEntry toPublic() {
      int xp = xpAmount != null ? xpAmount : amount != null ? amount : delta != null ? delta : 0;
      return new XpLedgerEntry(id, appUserId != null ? appUserId : userId, xpRuleId, eventName, xp, reason, source,
          occurredAt != null ? occurredAt : createdAt);
    }
  }

  /** A page of wire values as the public records, keeping its position in the list. */
  static <W, P> OffsetPage<P> toPublic(OffsetPage<W> page, Function<W, P> toPublic) {
    return new OffsetPage<>(page.items().stream().map(toPublic).toList(), page.total(), page.offset(), page.limit());
  }

  private static long n(Long value) {
    return value == null ? 0 : value;
  }
}
