package dev.amba.testkit.internal.engagement;

import java.sql.SQLException;
import java.util.function.Consumer;

/**
 * How a module credits XP inside the emulator (13.4 #3): achievements, challenges, referrals and
 * grant claims all go through the XP module's ledger, which emits {@code xp_awarded} and, when the
 * level rises, {@code level_up}; and what other modules read of XP ({@code xp_threshold} criteria).
 */
public interface XpCredits {

  /**
   * Credits {@code amount} (≥ 1) to the user: one ledger row, the new total, and the derived events
   * passed to {@code emit} for the pipeline to store and run.
   *
   * @param source as in {@code xp_awarded}: rule, achievement, challenge, referral, grant
   * @param reason the ledger's reason: the rule name, {@code achievement:<key>}, {@code challenge:<id>}, ...
   * @param ruleId the XP rule behind the credit, null for the other sources
   */
  void credit(String projectId, String userId, int amount, String source, String reason, String ruleId,
      Consumer<DerivedEvent> emit) throws SQLException;

  /** The user's {@code total_xp}; 0 before the first credit. */
  int totalXp(String projectId, String userId) throws SQLException;
}
