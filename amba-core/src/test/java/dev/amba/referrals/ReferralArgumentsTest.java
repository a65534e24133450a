package dev.amba.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaClient;
import dev.amba.AmbaConfig;
import dev.amba.AmbaUser;
import dev.amba.internal.WireForms;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Referral arguments are checked before anything is sent (21.4 #5, 21.2), naming the argument, and
 * the bodies are the documented ones: rewards in the map form of 21.3. The client points at a port
 * nothing listens on, so a call that got past its checks would fail with a transport error instead.
 */
class ReferralArgumentsTest {

  private AmbaClient amba;
  private AmbaUser user;

  @BeforeEach
  void client() {
    amba = AmbaClient.configure(AmbaConfig.builder().projectId("p").clientKey("amb_dev_ck_x1234567")
        .serverKey("amb_dev_sk_x1234567").apiUrl("http://127.0.0.1:1").build());
    user = amba.asUser("u1");
  }

  @AfterEach
  void close() {
    amba.close();
  }

  @Test
  void codeText_is4To32LettersAndDigits_keptAsGiven() {
    assertThat(WireForms.of(OwnReferralCode.withCode("Ada2030"))).containsExactly(Map.entry("code", "Ada2030"));
    assertThat(WireForms.of(NewReferralCode.withCode("abcd"))).containsEntry("code", "abcd");
    assertThat(WireForms.of(NewReferralCode.withCode("A".repeat(32)))).containsEntry("code", "A".repeat(32));
    for (String bad : new String[] {"abc", "A".repeat(33), "ADA-2030", "ADA 2030", "ÄDA2030", "", "ada_2030"}) {
      assertThatThrownBy(() -> OwnReferralCode.withCode(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("code must be 4..32 characters");
      assertThatThrownBy(() -> NewReferralCode.withCode(bad)).as(bad).hasMessageStartingWith("code ");
    }
    assertThatThrownBy(() -> OwnReferralCode.withCode(null)).hasMessageStartingWith("code ");
  }

  @Test
  void generatedCodes_sendNoText_andMaxUsesIsAtLeastOne() {
    assertThat(WireForms.of(OwnReferralCode.generated())).isEmpty();
    assertThat(WireForms.of(OwnReferralCode.generated().maxUses(1))).containsExactly(Map.entry("max_uses", 1));
    assertThatThrownBy(() -> OwnReferralCode.generated().maxUses(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxUses must be at least 1, got 0");
    assertThatThrownBy(() -> NewReferralCode.generated().maxUses(-3)).hasMessageStartingWith("maxUses ");
    assertThatThrownBy(() -> ReferralCodeUpdate.create().maxUses(0)).hasMessageStartingWith("maxUses ");
  }

  @Test
  void newReferralCode_sendsRewardsInTheMapForm() {
    NewReferralCode code = NewReferralCode.withCode("LAUNCH").rewardReferrer(ReferralReward.of("gems", 100))
        .rewardReferee(ReferralReward.of("gems", 50).with("coins", 5).withXp(20)).maxUses(10);
    Map<String, Object> body = WireForms.of(code);
    assertThat(body.keySet()).containsExactly("code", "reward_referrer", "reward_referee", "max_uses");
    assertThat(body.get("reward_referrer")).isEqualTo(Map.of("gems", 100));
    // Currencies in code order, then xp.
    assertThat(new java.util.ArrayList<Object>(((Map<?, ?>) body.get("reward_referee")).keySet())).containsExactly("coins", "gems", "xp");
    assertThat(body.get("reward_referee")).isEqualTo(Map.of("coins", 5, "gems", 50, "xp", 20));
    assertThat(WireForms.of(NewReferralCode.generated().rewardReferee(ReferralReward.none())))
        .containsExactly(Map.entry("reward_referee", Map.of()));
    assertThat(code).isEqualTo(NewReferralCode.withCode("LAUNCH").rewardReferrer(ReferralReward.of("gems", 100))
        .rewardReferee(ReferralReward.of("coins", 5).with("gems", 50).withXp(20)).maxUses(10));
    assertThatThrownBy(() -> NewReferralCode.generated().rewardReferee(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("reward");
  }

  @Test
  void rewards_refuseAmountsBelowOne_badCodes_theXpKeyAsACurrency_andTooManyCurrencies() {
    assertThatThrownBy(() -> ReferralReward.of("gems", 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the reward in gems must be at least 1, got 0");
    assertThatThrownBy(() -> ReferralReward.of("gems", 5).with("coins", -1)).hasMessageContaining("coins");
    assertThatThrownBy(() -> ReferralReward.ofXp(0)).hasMessage("xp must be at least 1, got 0");
    assertThatThrownBy(() -> ReferralReward.none().withXp(-5)).hasMessageStartingWith("xp ");
    assertThatThrownBy(() -> ReferralReward.of("Gems", 5)).hasMessageStartingWith("currencyCode ");
    assertThatThrownBy(() -> ReferralReward.of(null, 5)).hasMessageStartingWith("currencyCode ");
    assertThatThrownBy(() -> ReferralReward.of("xp", 5)).hasMessageStartingWith("currencyCode \"xp\"");
    assertThatThrownBy(() -> new ReferralReward(Map.of("gems", 5), -1)).hasMessageStartingWith("xp ");
    Map<String, Integer> withNull = new HashMap<>();
    withNull.put("gems", null);
    assertThatThrownBy(() -> new ReferralReward(withNull, 0)).isInstanceOf(NullPointerException.class)
        .hasMessage("the reward in gems");
    Map<String, Integer> many = new TreeMap<>();
    for (int i = 0; i < 51; i++) {
      many.put("c" + i, 1);
    }
    assertThatThrownBy(() -> new ReferralReward(many, 0)).hasMessageContaining("at most 50 currencies");
    many.remove("c0");
    assertThat(new ReferralReward(many, 0).currencies()).hasSize(50);
  }

  @Test
  void rewards_readTheirAmounts_andAreImmutable() {
    ReferralReward r = ReferralReward.of("gems", 50).with("gems", 70).withXp(10).withXp(20);
    assertThat(r.amount("gems")).isEqualTo(70);
    assertThat(r.amount("coins")).isZero();
    assertThat(r.xp()).isEqualTo(20);
    assertThat(r.isEmpty()).isFalse();
    assertThat(ReferralReward.none().isEmpty()).isTrue();
    assertThatThrownBy(() -> r.currencies().put("coins", 1)).isInstanceOf(UnsupportedOperationException.class);
    assertThat(ReferralReward.ofXp(5).currencies()).isEmpty();
  }

  @Test
  void update_sendsWhatIsSet_clearsMaxUsesAsNull_andEmptyIsRefused() {
    Map<String, Object> body = WireForms.of(ReferralCodeUpdate.create().active(false).clearMaxUses()
        .rewardReferee(ReferralReward.ofXp(5)));
    assertThat(body.keySet()).containsExactly("is_active", "max_uses", "reward_referee");
    assertThat(body).containsEntry("is_active", false).containsEntry("max_uses", null)
        .containsEntry("reward_referee", Map.of("xp", 5));
    assertThatThrownBy(() -> amba.referrals().update("c", ReferralCodeUpdate.create()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("update:");
    assertThatThrownBy(() -> amba.referrals().update("c", null)).isInstanceOf(NullPointerException.class)
        .hasMessage("update");
  }

  @Test
  void adminPaths_needACodeId_andTheRequestValuesAreRequired() {
    assertThatThrownBy(() -> amba.referrals().stats(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("codeId ");
    assertThatThrownBy(() -> amba.referrals().delete(null)).hasMessageStartingWith("codeId ");
    assertThatThrownBy(() -> amba.referrals().update("..", ReferralCodeUpdate.create().active(true)))
        .hasMessageContaining("codeId");
    assertThatThrownBy(() -> amba.referrals().create(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("code");
    assertThatThrownBy(() -> user.referrals().create(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("code");
  }

  @Test
  void claim_needsNonBlankBoundedText_butNotTheCreateRule() {
    assertThatThrownBy(() -> user.referrals().claim(null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("code ");
    assertThatThrownBy(() -> user.referrals().claim("  ")).hasMessageStartingWith("code must be non-blank");
    assertThatThrownBy(() -> user.referrals().claim("x".repeat(65))).hasMessageContaining("1..64");
    assertThatThrownBy(() -> user.referrals().claim("ab\uD800")).hasMessageContaining("code");
    // Text that no create would take is still sent: the service answers it 404 invalid_code.
    assertThatThrownBy(() -> user.referrals().claim("ada-2030")).isInstanceOf(dev.amba.AmbaTransportException.class);
  }

  @Test
  void requestValues_showTheirFields_andCompareByThem() {
    assertThat(OwnReferralCode.withCode("ADA1").maxUses(3)).hasToString("OwnReferralCode{code=ADA1, max_uses=3}")
        .isEqualTo(OwnReferralCode.withCode("ADA1").maxUses(3)).isNotEqualTo(OwnReferralCode.withCode("ADA1"));
    assertThat(OwnReferralCode.generated().hashCode()).isEqualTo(OwnReferralCode.generated().hashCode());
  }
}
