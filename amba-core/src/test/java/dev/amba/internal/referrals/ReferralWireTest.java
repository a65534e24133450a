package dev.amba.internal.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amba.internal.Json;
import dev.amba.referrals.ReferralClaim;
import dev.amba.referrals.ReferralCode;
import dev.amba.referrals.ReferralReward;
import dev.amba.referrals.ReferralStats;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Referral answers decode (21.3): the protocol's names, the 4.x core's aliases where those are
 * absent, and rewards in both forms; entries that cannot be a reward are left out.
 */
class ReferralWireTest {

  private static final Instant T = Instant.parse("2030-01-07T09:00:00.123Z");

  private static <T> T decode(String json, Class<T> type) {
    return Json.decode(json.getBytes(StandardCharsets.UTF_8), type);
  }

  private static ReferralReward reward(String json) {
    return ReferralWire.reward(decode(json, jakarta.json.JsonObject.class));
  }

  @Test
  void aCode_readsTheProtocolsNames_andTheRewardsMapForm() {
    ReferralCode c = decode("{\"id\":\"c1\",\"app_user_id\":\"u1\",\"code\":\"K7QM2XPA\",\"reward_referrer\":"
        + "{\"gems\":100,\"xp\":20},\"reward_referee\":{\"gems\":50},\"max_uses\":10,\"current_uses\":3,"
        + "\"is_active\":false,\"created_at\":\"2030-01-07T09:00:00.123Z\",\"updated_at\":\"2030-01-07T09:00:00.123Z\","
        + "\"campaign\":\"spring\"}", ReferralWire.Code.class).toPublic();
    assertThat(c).isEqualTo(new ReferralCode("c1", "u1", "K7QM2XPA", ReferralReward.of("gems", 100).withXp(20),
        ReferralReward.of("gems", 50), 10, 3, false, T, T));
    assertThat(c.isUserOwned()).isTrue();
  }

  @Test
  void aCode_inThe4xCoreShape_readsOwnerIdAndUsesCount_andIsActiveWithoutRewards() {
    ReferralCode c = decode("{\"id\":\"c1\",\"code\":\"FRIEND\",\"owner_id\":\"u9\",\"uses_count\":4,\"max_uses\":null,"
        + "\"expires_at\":null,\"created_at\":\"2030-01-07T09:00:00.123Z\"}", ReferralWire.Code.class).toPublic();
    assertThat(c.ownerId()).isEqualTo("u9");
    assertThat(c.currentUses()).isEqualTo(4);
    assertThat(c.maxUses()).isNull();
    assertThat(c.isActive()).isTrue();
    assertThat(c.rewardReferrer()).isEqualTo(ReferralReward.none());
    assertThat(c.rewardReferee().isEmpty()).isTrue();
    // The protocol's names win over the aliases when both arrive.
    ReferralCode both = decode("{\"app_user_id\":\"u1\",\"owner_id\":\"u9\",\"current_uses\":1,\"uses_count\":7}",
        ReferralWire.Code.class).toPublic();
    assertThat(both.ownerId()).isEqualTo("u1");
    assertThat(both.currentUses()).isEqualTo(1);
    assertThat(decode("{\"app_user_id\":null}", ReferralWire.Code.class).toPublic().isUserOwned()).isFalse();
  }

  @Test
  void aReward_inTheCurrencyAmountForm_readsAsOneCurrency() {
    assertThat(reward("{\"currency\":\"gems\",\"amount\":25}")).isEqualTo(ReferralReward.of("gems", 25));
    assertThat(reward("{\"currency\":\"gems\",\"amount\":25,\"xp\":5}")).isEqualTo(ReferralReward.of("gems", 25)
        .withXp(5));
    assertThat(reward("{\"currency\":\"gems\"}")).isEqualTo(ReferralReward.none());
    // A currency coded "currency" in the map form is a number, not a code.
    assertThat(reward("{\"currency\":3}")).isEqualTo(ReferralReward.of("currency", 3));
  }

  @Test
  void aReward_leavesOutWhatCannotBeAReward() {
    assertThat(reward("{\"gems\":0,\"coins\":2.5,\"Gold\":3,\"items\":[\"sword\"],\"big\":99999999999,\"ok\":4,"
        + "\"xp\":-1}")).isEqualTo(new ReferralReward(Map.of("ok", 4), 0));
    assertThat(reward("{}")).isEqualTo(ReferralReward.none());
    assertThat(ReferralWire.reward(null)).isEqualTo(ReferralReward.none());
  }

  @Test
  void aClaim_readsReferralCodeId_orThe4xCoresCodeId() {
    ReferralClaim c = decode("{\"id\":\"k1\",\"referral_code_id\":\"c1\",\"referrer_id\":null,\"referee_id\":\"u2\","
        + "\"claimed_at\":\"2030-01-07T09:00:00.123Z\"}", ReferralWire.Claim.class).toPublic();
    assertThat(c).isEqualTo(new ReferralClaim("k1", "c1", null, "u2", T));
    assertThat(decode("{\"id\":\"k1\",\"code_id\":\"c2\",\"reward\":{\"gems\":5}}", ReferralWire.Claim.class)
        .toPublic().referralCodeId()).isEqualTo("c2");
  }

  @Test
  void stats_readTheCodeItsTotalAndClaims() {
    ReferralStats s = decode("{\"referral_code\":{\"id\":\"c1\",\"code\":\"ABCD\"},\"total_claims\":2,\"claims\":"
        + "[{\"id\":\"k1\",\"referral_code_id\":\"c1\",\"referee_id\":\"u2\"},{\"id\":\"k2\",\"code_id\":\"c1\"}]}",
        ReferralWire.Stats.class).toPublic();
    assertThat(s.referralCode().code()).isEqualTo("ABCD");
    assertThat(s.totalClaims()).isEqualTo(2);
    assertThat(s.claims()).extracting(ReferralClaim::id).containsExactly("k1", "k2");
    assertThat(s.claims()).extracting(ReferralClaim::referralCodeId).containsOnly("c1");
    ReferralStats bare = decode("{\"referral_code\":{\"id\":\"c1\"}}", ReferralWire.Stats.class).toPublic();
    assertThat(bare.totalClaims()).isZero();
    assertThat(bare.claims()).isEmpty();
  }
}
