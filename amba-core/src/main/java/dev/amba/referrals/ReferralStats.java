package dev.amba.referrals;

import java.util.List;
import java.util.Objects;

/**
 * A code with its claims, as an admin reads it.
 *
 * @param totalClaims how many claims the code has taken
 * @param claims every claim, oldest first; immutable
 */
public record ReferralStats(ReferralCode referralCode, long totalClaims, List<ReferralClaim> claims) {

  public ReferralStats {
    Objects.requireNonNull(referralCode, "referralCode");
    claims = claims == null ? List.of() : List.copyOf(claims);
  }
}
