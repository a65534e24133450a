package dev.amba.xp;

import java.util.List;
import java.util.stream.Stream;

/**
 * The acting user's XP, from {@code amba.asUser(uid).xp()}. Read-only, apart from claiming
 * grants: XP is earned by tracking the events the project's rules name, and by the rewards of
 * other modules, all credited by the service.
 *
 * <pre>{@code
 * UserXp xp = amba.asUser(uid).xp();
 * xp.claim("launch_week");
 * XpBalance balance = xp.balance();          // total, level, progress into the level
 * xp.history().limit(10).forEach(...);       // the newest credits first
 * }</pre>
 */
public interface UserXp {

  /**
   * The user's total and level; a user who never earned XP is at 0 XP, level 1.
   *
   * @return the user's total, level, progress into it and XP this week
   */
  XpBalance balance();

  /**
   * Every credit of the user, newest first, fetched a page at a time as the stream is consumed;
   * nothing is loaded ahead, and no connection is held between pages.
   *
   * @return a lazy stream of the user's credits, newest first
   */
  Stream<XpLedgerEntry> history();

  /**
   * The project's active rules: which events earn how much XP.
   *
   * @return each active rule's event and amount; empty when none
   */
  List<XpRuleSummary> rules();

  /**
   * Claims a grant for the user and returns the credit. Each user claims a grant once. Not retried
   * on a lost answer: a repeat would be refused as already claimed (pass an {@code Idempotency-Key}
   * through {@code withOptions} to make it repeatable).
   *
   * @param grantKey the grant's key, 1..64 characters of a-z, 0-9 and _, starting with a letter
   * @return the ledger entry of the credit
   * @throws IllegalArgumentException if {@code grantKey} breaks that rule, before anything is sent
   * @throws dev.amba.AmbaNotFoundException {@code grant_not_found}: the project has no such grant
   * @throws dev.amba.AmbaConflictException {@code already_claimed}, or {@code grant_inactive} when
   *     the grant's window has not opened or has closed
   */
  XpLedgerEntry claim(String grantKey);
}
