package dev.amba.internal.referrals;

import dev.amba.referrals.ReferralClaim;
import dev.amba.referrals.ReferralCode;
import dev.amba.referrals.ReferralReward;
import dev.amba.referrals.ReferralStats;
import dev.amba.internal.util.ModuleNames;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Referral answers as they arrive (21.3), with the 4.x core's names read where the protocol's are
 * absent ({@code owner_id}, {@code uses_count}, {@code code_id}) and never sent. A reward is read in
 * either form 21.3 allows: the map {@code {"<currency_code>": n, "xp": n}} (the protocol's) or
 * {@code {"currency": code, "amount": n}}.
 */
public final class ReferralWire {

  private ReferralWire() {}

  public record Code(
      String id,
      String appUserId,
      String ownerId,
      String code,
      JsonObject rewardReferrer,
      JsonObject rewardReferee,
      Integer maxUses,
      Integer currentUses,
      Integer usesCount,
      Boolean isActive,
      Instant createdAt,
      Instant updatedAt) {

    ReferralCode toPublic() {
      int uses = currentUses != null ? currentUses : usesCount != null ? usesCount : 0;
      // The 4.x core's shape has no is_active: a code it lists can be claimed.
      return new ReferralCode(id, appUserId != null ? appUserId : ownerId, code, reward(rewardReferrer),
          reward(rewardReferee), maxUses, uses, !Boolean.FALSE.equals(isActive), createdAt, updatedAt);
    }
  }

  public record Claim(String id, String referralCodeId, String codeId, String referrerId, String refereeId,
      Instant claimedAt) {

    ReferralClaim toPublic() {
      return new ReferralClaim(id, referralCodeId != null ? referralCodeId : codeId, referrerId, refereeId, claimedAt);
    }
  }

  public record Stats(Code referralCode, Long totalClaims, List<Claim> claims) {

    ReferralStats toPublic() {
      List<ReferralClaim> all = claims == null ? List.of() : claims.stream().map(Claim::toPublic).toList();
      return new ReferralStats(referralCode.toPublic(), totalClaims != null ? totalClaims : all.size(), all);
    }
  }

  /**
   * A reward object as the public value. Entries the SDK cannot take as a reward (a value that is
   * not a whole number from 1, a key that is not a currency code) are left out rather than failing
   * the whole answer: a newer service may pay in kinds this SDK does not know.
   */
  static ReferralReward reward(JsonObject wire) {
    if (wire == null) {
      return ReferralReward.none();
    }
    if (wire.get("currency") instanceof JsonString code) {
      Map<String, Integer> one = new TreeMap<>();
      Integer amount = amount(wire.get("amount"));
      if (amount != null && isCurrency(code.getString())) {
        one.put(code.getString(), amount);
      }
      Integer xp = amount(wire.get(ReferralArguments.XP));
      return new ReferralReward(one, xp == null ? 0 : xp);
    }
    Map<String, Integer> currencies = new TreeMap<>();
    int xp = 0;
    for (Map.Entry<String, JsonValue> e : wire.entrySet()) {
      Integer amount = amount(e.getValue());
      if (amount == null) {
        continue;
      }
      if (e.getKey().equals(ReferralArguments.XP)) {
        xp = amount;
      } else if (isCurrency(e.getKey()) && currencies.size() < ReferralArguments.MAX_REWARD_CURRENCIES) {
        currencies.put(e.getKey(), amount);
      }
    }
    return new ReferralReward(currencies, xp);
  }

  /** A whole number from 1 that fits an int, else null. */
  private static Integer amount(JsonValue value) {
    if (!(value instanceof JsonNumber n) || !n.isIntegral()) {
      return null;
    }
    java.math.BigInteger big = n.bigIntegerValue();
    return big.signum() > 0 && big.bitLength() < 32 ? big.intValue() : null;
  }

  private static boolean isCurrency(String code) {
    try {
      ModuleNames.key(code, "currencyCode");
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
