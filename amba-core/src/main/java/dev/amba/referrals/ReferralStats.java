package dev.amba.referrals;

import java.util.List;
import java.util.Objects;

/**
 * A code with its claims, as an admin reads it.
 *
 * @param referralCode the code
 * @param totalClaims how many claims the code has taken
 * @param claims every claim, oldest first; immutable
 */
public record ReferralStats(ReferralCode referralCode, long totalClaims, List<ReferralClaim> claims) {

  /**
   * A code's stats; {@code claims} is copied, and null reads as empty.
   *
   * @param referralCode the code, not null
   * @param totalClaims how many claims it took
   * @param claims its claims, or null
   * @throws NullPointerException if {@code referralCode} is null
   */
  public ReferralStats {
    Objects.requireNonNull(referralCode, "referralCode");
    claims = claims == null ? List.of() : List.copyOf(claims);
  }
}
