package dev.amba.wire.referrals;

import static dev.amba.wire.referrals.ReferralWires.balance;
import static dev.amba.wire.referrals.ReferralWires.ledger;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaBadRequestException;
import dev.amba.AmbaClient;
import dev.amba.AmbaNotFoundException;
import dev.amba.AmbaUser;
import dev.amba.currencies.CurrencyGrant;
import dev.amba.currencies.CurrencySource;
import dev.amba.currencies.CurrencyTransaction;
import dev.amba.currencies.NewCurrency;
import dev.amba.currencies.NewGrantRule;
import dev.amba.events.StoredEvent;
import dev.amba.referrals.NewReferralCode;
import dev.amba.referrals.OwnReferralCode;
import dev.amba.referrals.ReferralClaim;
import dev.amba.referrals.ReferralCode;
import dev.amba.referrals.ReferralCodeUpdate;
import dev.amba.referrals.ReferralReward;
import dev.amba.wire.ManualClock;
import dev.amba.wire.ModuleCalls;
import dev.amba.wire.ProjectPerTest;
import dev.amba.xp.NewXpRule;
import dev.amba.xp.XpLedgerEntry;
import dev.amba.xp.XpSource;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Claims over the wire, row by row of 21.4: #2 each check in its order with its error, and nothing
 * stored or paid when one refuses; #3 rewards to both sides, clamped to the cap, XP with source
 * referral, unknown currencies skipped; #4 {@code referral_claimed} in the referee's stream, run
 * through the pipeline as a depth-1 event (M4).
 */
class ReferralClaimsWireTest {

  private static final ManualClock CLOCK = new ManualClock(Instant.parse("2030-01-07T09:00:00Z"));
  @RegisterExtension
  static final ProjectPerTest PROJECTS = new ProjectPerTest(CLOCK);

  /** The template: a referrer gets 100 gems and 30 XP, a referee 50 gems, 5 coins and 20 XP. */
  private static final ReferralReward GIVES = ReferralReward.of("gems", 100).withXp(30);
  private static final ReferralReward GETS = ReferralReward.of("gems", 50).with("coins", 5).withXp(20);

  private AmbaClient amba;
  private ModuleCalls raw;
  private AmbaUser ada;
  private AmbaUser bob;

  @BeforeEach
  void project() {
    amba = PROJECTS.amba();
    raw = PROJECTS.raw();
    amba.currencies().create(NewCurrency.of("gems", "Gems"));
    amba.currencies().create(NewCurrency.of("coins", "Coins"));
    amba.referrals().create(NewReferralCode.generated().rewardReferrer(GIVES).rewardReferee(GETS));
    ada = PROJECTS.newUser();
    bob = PROJECTS.newUser();
  }

  private static void assertRefused(ModuleCalls.Answer answer, int status, String code) {
    assertThat(answer.status()).as(answer.json().toString()).isEqualTo(status);
    assertThat(answer.code()).isEqualTo(code);
  }

  /** Nothing paid to either side, and the code took no use. */
  private void assertNothingPaid(ReferralCode code, AmbaUser... users) {
    for (AmbaUser u : users) {
      assertThat(balance(u, "gems")).as(u.uid()).isZero();
      assertThat(balance(u, "coins")).as(u.uid()).isZero();
      assertThat(u.xp().balance().totalXp()).as(u.uid()).isZero();
      assertThat(PROJECTS.events(u, "referral_claimed")).as(u.uid()).isEmpty();
    }
    assertThat(amba.referrals().stats(code.id()).referralCode().currentUses()).isEqualTo(code.currentUses());
  }

  // ---------------------------------------------------------------- #2: the claim and its checks

  @Test
  void claim_ofAUsersCode_answers201_withItsReferrerAndReferee_andTakesAUse() {
    ReferralCode code = ada.referrals().getMyCode();
    ModuleCalls.Answer answer = ReferralWires.claim(raw, bob, code.code());

    assertThat(answer.status()).isEqualTo(201);
    assertThat(answer.data().keySet()).containsExactlyInAnyOrder("id", "referral_code_id", "referrer_id",
        "referee_id", "claimed_at");
    ReferralClaim claim = amba.referrals().stats(code.id()).claims().get(0);
    assertThat(claim).isEqualTo(new ReferralClaim(answer.data().getString("id"), code.id(), ada.uid(), bob.uid(),
        CLOCK.instant()));
    assertThat(amba.referrals().stats(code.id()).referralCode().currentUses()).isEqualTo(1);
  }

  @Test
  void claim_matchesTheTextIgnoringCase() {
    ReferralCode code = ada.referrals().create(OwnReferralCode.withCode("AdaLovelace"));
    assertThat(bob.referrals().claim("adalovelACE").referralCodeId()).isEqualTo(code.id());
  }

  @Test
  void claim_ofUnknownOrInactiveText_is404InvalidCode_andPaysNothing() {
    ReferralCode code = ada.referrals().create(OwnReferralCode.withCode("ADA2030"));
    for (String text : new String[] {"NOPE2030", "ADA2031", "ADA-2030", " ADA2030", "x".repeat(64)}) {
      assertThatThrownBy(() -> bob.referrals().claim(text)).as(text)
          .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> assertThat(e.code()).isEqualTo("invalid_code"));
    }
    amba.referrals().update(code.id(), ReferralCodeUpdate.create().active(false));
    assertRefused(ReferralWires.claim(raw, bob, "ADA2030"), 404, "invalid_code");
    assertNothingPaid(code, ada, bob);
    // Active again, it redeems.
    amba.referrals().update(code.id(), ReferralCodeUpdate.create().active(true));
    assertThat(bob.referrals().claim("ADA2030").referrerId()).isEqualTo(ada.uid());
  }

  @Test
  void claim_withoutText_orTooLong_is400InvalidInput() {
    assertRefused(raw.asUser(bob.uid(), "POST", "/referrals/claim", "{}"), 400, "invalid_input");
    assertRefused(raw.asUser(bob.uid(), "POST", "/referrals/claim", "{\"code\":5}"), 400, "invalid_input");
    assertRefused(ReferralWires.claim(raw, bob, "x".repeat(65)), 400, "invalid_input");
    assertRefused(raw.asUser(bob.uid(), "POST", "/referrals/claim", "{\"code\":\"ABCD\",\"x\":1}"), 400,
        "invalid_input");
  }

  @Test
  void claim_ofOnesOwnCode_is400SelfReferral_andPaysNothing() {
    ReferralCode code = ada.referrals().getMyCode();
    assertThatThrownBy(() -> ada.referrals().claim(code.code()))
        .isInstanceOfSatisfying(AmbaBadRequestException.class, e -> assertThat(e.code()).isEqualTo("self_referral"));
    assertNothingPaid(code, ada);
    assertThat(amba.referrals().stats(code.id()).claims()).isEmpty();
  }

  @Test
  void claim_ofTheSameCodeTwice_is400AlreadyClaimed_andPaysOnce() {
    ReferralCode code = ada.referrals().getMyCode();
    bob.referrals().claim(code.code());
    assertRefused(ReferralWires.claim(raw, bob, code.code().toLowerCase()), 400, "already_claimed");

    assertThat(balance(ada, "gems")).isEqualTo(100);
    assertThat(balance(bob, "gems")).isEqualTo(50);
    assertThat(amba.referrals().stats(code.id()).totalClaims()).isEqualTo(1);
    assertThat(amba.referrals().stats(code.id()).referralCode().currentUses()).isEqualTo(1);
  }

  @Test
  void claim_ofASecondUsersCode_is400AlreadyClaimed_butCodesWithoutAnOwnerStayOpen() {
    AmbaUser cy = PROJECTS.newUser();
    ReferralCode promo = amba.referrals().create(NewReferralCode.withCode("PROMO1").rewardReferee(
        ReferralReward.of("coins", 1)));
    ReferralCode promo2 = amba.referrals().create(NewReferralCode.withCode("PROMO2"));
    // A promo code first does not use up the one referrer.
    cy.referrals().claim("PROMO1");
    cy.referrals().claim(ada.referrals().getMyCode().code());
    ReferralCode bobs = bob.referrals().getMyCode();

    assertRefused(ReferralWires.claim(raw, cy, bobs.code()), 400, "already_claimed");
    assertNothingPaid(bobs, bob);
    assertThat(cy.referrals().claim("PROMO2").referrerId()).isNull();
    assertRefused(ReferralWires.claim(raw, cy, "promo1"), 400, "already_claimed");
    assertThat(amba.referrals().stats(promo.id()).totalClaims()).isEqualTo(1);
    assertThat(amba.referrals().stats(promo2.id()).totalClaims()).isEqualTo(1);
    // 50 + 5 coins from Ada's code, 1 from PROMO1.
    assertThat(balance(cy, "coins")).isEqualTo(6);
  }

  @Test
  void claim_pastMaxUses_is400MaxUsesReached_andPaysNothing() {
    ReferralCode code = ada.referrals().create(OwnReferralCode.withCode("ADAONCE").maxUses(1));
    bob.referrals().claim("ADAONCE");
    AmbaUser cy = PROJECTS.newUser();

    assertThatThrownBy(() -> cy.referrals().claim("ADAONCE")).isInstanceOfSatisfying(AmbaBadRequestException.class,
        e -> assertThat(e.code()).isEqualTo("max_uses_reached"));
    assertNothingPaid(amba.referrals().stats(code.id()).referralCode(), cy);
    assertThat(balance(ada, "gems")).as("paid for Bob's claim only").isEqualTo(100);
    // A higher limit takes the next claim.
    amba.referrals().update(code.id(), ReferralCodeUpdate.create().maxUses(2));
    assertThat(cy.referrals().claim("adaonce").refereeId()).isEqualTo(cy.uid());
  }

  @Test
  void theChecks_runInTheOrderOf21_4() {
    ReferralCode adas = ada.referrals().create(OwnReferralCode.withCode("ADAONCE").maxUses(1));
    bob.referrals().claim("ADAONCE");
    // The code is used up: the owner still reads self_referral, the claimer already_claimed.
    assertRefused(ReferralWires.claim(raw, ada, "ADAONCE"), 400, "self_referral");
    assertRefused(ReferralWires.claim(raw, bob, "ADAONCE"), 400, "already_claimed");
    // Inactive comes before everything.
    amba.referrals().update(adas.id(), ReferralCodeUpdate.create().active(false));
    assertRefused(ReferralWires.claim(raw, ada, "ADAONCE"), 404, "invalid_code");
    // Another user's code that is used up, for a user with a referrer: already_claimed first.
    AmbaUser cy = PROJECTS.newUser();
    ReferralCode cys = cy.referrals().create(OwnReferralCode.withCode("CYONCE").maxUses(1));
    PROJECTS.newUser().referrals().claim("CYONCE");
    assertRefused(ReferralWires.claim(raw, bob, "CYONCE"), 400, "already_claimed");
    assertRefused(ReferralWires.claim(raw, PROJECTS.newUser(), "CYONCE"), 400, "max_uses_reached");
    assertThat(amba.referrals().stats(cys.id()).referralCode().currentUses()).isEqualTo(1);
  }

  // ---------------------------------------------------------------- #3: rewards

  @Test
  void rewards_arePaidToBoth_asReferralGrants_referencingTheClaim() {
    ReferralClaim claim = bob.referrals().claim(ada.referrals().getMyCode().code());

    assertThat(balance(ada, "gems")).isEqualTo(100);
    assertThat(balance(ada, "coins")).isZero();
    assertThat(balance(bob, "gems")).isEqualTo(50);
    assertThat(balance(bob, "coins")).isEqualTo(5);
    for (AmbaUser u : List.of(ada, bob)) {
      for (CurrencyTransaction t : u.currencies().transactions().toList()) {
        assertThat(t.transactionType()).isEqualTo("grant");
        assertThat(t.source()).isEqualTo(CurrencySource.REFERRAL);
        assertThat(t.referenceId()).isEqualTo(claim.id());
        assertThat(t.createdAt()).isEqualTo(CLOCK.instant());
      }
    }
    assertThat(ledger(bob, "gems")).extracting(CurrencyTransaction::amount).containsExactly(50L);
  }

  @Test
  void rewards_areCutToTheCurrencysCap_andOneThatDoesNotFitWritesNothing() {
    amba.currencies().create(NewCurrency.of("stars", "Stars").maxBalance(120));
    amba.referrals().create(NewReferralCode.withCode("STARS1").rewardReferee(ReferralReward.of("stars", 50)));
    amba.referrals().create(NewReferralCode.withCode("STARS2").rewardReferee(ReferralReward.of("stars", 50)));
    amba.currencies().grant(CurrencyGrant.of(bob.uid(), "stars", 100));

    bob.referrals().claim("STARS1");
    assertThat(balance(bob, "stars")).isEqualTo(120);
    assertThat(ledger(bob, "stars")).extracting(CurrencyTransaction::amount).containsExactly(20L, 100L);
    // At the cap: the claim stands, and nothing is written.
    assertThat(bob.referrals().claim("STARS2").refereeId()).isEqualTo(bob.uid());
    assertThat(balance(bob, "stars")).isEqualTo(120);
    assertThat(ledger(bob, "stars")).hasSize(2);
  }

  @Test
  void rewards_inCodesThatNameNoCurrency_areSkipped_andTheRestPaid() {
    amba.referrals().create(NewReferralCode.withCode("GHOST1")
        .rewardReferee(ReferralReward.of("ghost", 10).with("gems", 7).with("relic", 3)));
    amba.currencies().create(NewCurrency.of("relic", "Relic"));
    amba.currencies().delete("relic");

    assertThat(bob.referrals().claim("GHOST1").referrerId()).isNull();
    assertThat(balance(bob, "gems")).isEqualTo(7);
    assertThat(bob.currencies().balances()).extracting(b -> b.currencyCode()).containsExactlyInAnyOrder("coins",
        "gems");
  }

  @Test
  void xpRewards_areCreditedWithSourceReferral_andEmitXpAwarded() {
    bob.referrals().claim(ada.referrals().getMyCode().code());

    assertThat(ada.xp().balance().totalXp()).isEqualTo(30);
    assertThat(bob.xp().balance().totalXp()).isEqualTo(20);
    XpLedgerEntry entry = bob.xp().history().findFirst().orElseThrow();
    assertThat(entry.xpAmount()).isEqualTo(20);
    assertThat(entry.source()).isEqualTo(XpSource.REFERRAL);
    assertThat(entry.reason()).isEqualTo("referral");
    assertThat(entry.xpRuleId()).isNull();
    for (AmbaUser u : List.of(ada, bob)) {
      List<StoredEvent> awarded = PROJECTS.events(u, "xp_awarded");
      assertThat(awarded).singleElement().satisfies(e -> assertThat(e.properties())
          .containsEntry("source", "referral").containsEntry("amount", new BigDecimal(u == ada ? 30 : 20)));
    }
  }

  @Test
  void anXpRewardThatCrossesALevel_emitsLevelUp() {
    amba.referrals().create(NewReferralCode.withCode("LEVEL2").rewardReferee(ReferralReward.ofXp(150)));
    bob.referrals().claim("LEVEL2");
    assertThat(bob.xp().balance().currentLevel()).isEqualTo(2);
    assertThat(PROJECTS.events(bob, "level_up")).singleElement()
        .satisfies(e -> assertThat(e.properties()).containsEntry("level", new BigDecimal(2)));
  }

  // ---------------------------------------------------------------- #4: referral_claimed

  @Test
  void referralClaimed_isInTheRefereesStreamAlone_withTheCodeAndReferrer() {
    ReferralCode code = ada.referrals().getMyCode();
    bob.referrals().claim(code.code());
    ReferralCode promo = amba.referrals().create(NewReferralCode.withCode("PROMO1"));
    bob.referrals().claim("PROMO1");

    List<StoredEvent> events = PROJECTS.events(bob, "referral_claimed");
    assertThat(events).hasSize(2);
    assertThat(events).extracting(StoredEvent::properties)
        .contains(Map.of("referral_code_id", code.id(), "referrer_id", ada.uid()));
    // A code without an owner names no referrer.
    assertThat(events).filteredOn(e -> promo.id().equals(e.properties().get("referral_code_id")))
        .singleElement().satisfies(e -> assertThat(e.properties()).containsOnlyKeys("referral_code_id", "referrer_id")
            .containsEntry("referrer_id", null));
    assertThat(PROJECTS.events(ada, "referral_claimed")).isEmpty();
  }

  @Test
  void referralClaimed_runsThePipeline_asADepth1Event() {
    amba.xp().createRule(NewXpRule.of("Welcome", "referral_claimed", 7));
    amba.currencies().createGrantRule(NewGrantRule.fixed("coins", "referral_claimed", 2));
    bob.referrals().claim(ada.referrals().getMyCode().code());

    // 20 XP of the reward and 7 of the rule; 5 coins of the reward and 2 of the rule.
    assertThat(bob.xp().balance().totalXp()).isEqualTo(27);
    assertThat(balance(bob, "coins")).isEqualTo(7);
    assertThat(PROJECTS.events(bob, "xp_awarded")).hasSize(2);
    assertThat(ada.xp().balance().totalXp()).isEqualTo(30);
  }
}
