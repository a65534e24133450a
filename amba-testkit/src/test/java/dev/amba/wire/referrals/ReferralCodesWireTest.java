package dev.amba.wire.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaClient;
import dev.amba.AmbaConflictException;
import dev.amba.AmbaNotFoundException;
import dev.amba.AmbaUser;
import dev.amba.referrals.NewReferralCode;
import dev.amba.referrals.OwnReferralCode;
import dev.amba.referrals.ReferralClaim;
import dev.amba.referrals.ReferralCode;
import dev.amba.referrals.ReferralCodeUpdate;
import dev.amba.referrals.ReferralReward;
import dev.amba.referrals.ReferralStats;
import dev.amba.testkit.EmulatorProject;
import dev.amba.wire.ManualClock;
import dev.amba.wire.ModuleCalls;
import dev.amba.wire.ProjectPerTest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Referral codes over the wire: a user's own code (21.1, 21.4 #1), codes of the caller's choosing
 * (21.4 #5), the admin routes (21.2) and their errors, and isolation between users and projects.
 */
class ReferralCodesWireTest {

  private static final ManualClock CLOCK = new ManualClock(Instant.parse("2030-01-07T09:00:00Z"));
  @RegisterExtension
  static final ProjectPerTest PROJECTS = new ProjectPerTest(CLOCK);

  private static final ReferralReward GIVES = ReferralReward.of("gems", 100).withXp(30);
  private static final ReferralReward GETS = ReferralReward.of("gems", 50);

  private AmbaClient amba;
  private ModuleCalls raw;

  @BeforeEach
  void bind() {
    amba = PROJECTS.amba();
    raw = PROJECTS.raw();
  }

  /** A second apart, so {@code created_at} orders them. */
  private ReferralCode adminCode(NewReferralCode code) {
    CLOCK.advance(Duration.ofSeconds(1));
    return amba.referrals().create(code);
  }

  // ---------------------------------------------------------------- 21.4 #1: my-code

  @Test
  void myCode_madeOnFirstRead_201_thenTheSameCode_200() {
    AmbaUser ada = PROJECTS.newUser();
    ModuleCalls.Answer first = raw.asUser(ada.uid(), "GET", "/referrals/my-code", null);
    ModuleCalls.Answer again = raw.asUser(ada.uid(), "GET", "/referrals/my-code", null);

    assertThat(first.status()).isEqualTo(201);
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.data()).isEqualTo(first.data());
    ReferralCode code = ada.referrals().getMyCode();
    assertThat(code.id()).isEqualTo(first.data().getString("id"));
    assertThat(code.code()).matches(ReferralWires.MADE_TEXT);
    assertThat(code.ownerId()).isEqualTo(ada.uid());
    assertThat(code.isUserOwned()).isTrue();
    assertThat(code.currentUses()).isZero();
    assertThat(code.maxUses()).isNull();
    assertThat(code.isActive()).isTrue();
    assertThat(code.createdAt()).isEqualTo(CLOCK.instant());
    assertThat(first.data().keySet()).contains("id", "app_user_id", "code", "reward_referrer", "reward_referee",
        "max_uses", "current_uses", "is_active", "created_at", "updated_at").doesNotContain("code_key");
  }

  @Test
  void me_isAnAliasOfMyCode() {
    AmbaUser ada = PROJECTS.newUser();
    ModuleCalls.Answer made = raw.asUser(ada.uid(), "GET", "/referrals/me", null);
    assertThat(made.status()).isEqualTo(201);
    assertThat(ada.referrals().getMyCode().id()).isEqualTo(made.data().getString("id"));
    assertThat(raw.asUser(ada.uid(), "GET", "/referrals/me", null).status()).isEqualTo(200);
  }

  @Test
  void myCode_withoutATemplate_paysNothing() {
    ReferralCode code = PROJECTS.newUser().referrals().getMyCode();
    assertThat(code.rewardReferrer()).isEqualTo(ReferralReward.none());
    assertThat(code.rewardReferee()).isEqualTo(ReferralReward.none());
  }

  @Test
  void myCode_copiesTheRewardsOfTheOldestActiveCodeWithoutAnOwner() {
    ReferralCode oldest = adminCode(NewReferralCode.generated().rewardReferee(ReferralReward.ofXp(1)));
    adminCode(NewReferralCode.generated().rewardReferrer(GIVES).rewardReferee(GETS));
    adminCode(NewReferralCode.generated().rewardReferee(ReferralReward.ofXp(3)));
    // A user's own code is never the template, however old.
    AmbaUser early = PROJECTS.newUser();
    amba.referrals().update(early.referrals().create(OwnReferralCode.withCode("EARLY1")).id(),
        ReferralCodeUpdate.create().rewardReferee(ReferralReward.ofXp(9)));
    amba.referrals().update(oldest.id(), ReferralCodeUpdate.create().active(false));

    ReferralCode mine = PROJECTS.newUser().referrals().getMyCode();
    assertThat(mine.rewardReferrer()).isEqualTo(GIVES);
    assertThat(mine.rewardReferee()).isEqualTo(GETS);
  }

  @Test
  void myCode_textsAreUniqueInTheProject() {
    Set<String> texts = new HashSet<>();
    for (int i = 0; i < 25; i++) {
      texts.add(PROJECTS.newUser().referrals().getMyCode().code().toUpperCase());
    }
    assertThat(texts).hasSize(25);
    assertThat(amba.referrals().list()).hasSize(25);
  }

  // ---------------------------------------------------------------- 21.4 #5: codes of one's choosing

  @Test
  void createOwn_keepsTheTextAsSent_withTheLimit_andTheTemplatesRewards() {
    adminCode(NewReferralCode.generated().rewardReferrer(GIVES).rewardReferee(GETS));
    AmbaUser ada = PROJECTS.newUser();
    ModuleCalls.Answer answer = raw.asUser(ada.uid(), "POST", "/referrals", "{\"code\":\"Ada2030\",\"max_uses\":3}");

    assertThat(answer.status()).isEqualTo(201);
    ReferralCode mine = ada.referrals().getMyCode();
    assertThat(mine.id()).isEqualTo(answer.data().getString("id"));
    assertThat(mine.code()).isEqualTo("Ada2030");
    assertThat(mine.maxUses()).isEqualTo(3);
    assertThat(mine.ownerId()).isEqualTo(ada.uid());
    assertThat(mine.rewardReferrer()).isEqualTo(GIVES);
    assertThat(mine.rewardReferee()).isEqualTo(GETS);
  }

  @Test
  void createOwn_withoutText_makesOneAsMyCodeDoes() {
    AmbaUser ada = PROJECTS.newUser();
    ReferralCode made = ada.referrals().create();
    assertThat(made.code()).matches(ReferralWires.MADE_TEXT);
    assertThat(made.maxUses()).isNull();
    assertThat(ada.referrals().getMyCode()).isEqualTo(made);
    AmbaUser bob = PROJECTS.newUser();
    assertThat(bob.referrals().create(OwnReferralCode.generated().maxUses(2)).maxUses()).isEqualTo(2);
  }

  @Test
  void createOwn_whenTheUserHasACode_is409CodeExists_andKeepsTheFirst() {
    AmbaUser ada = PROJECTS.newUser();
    ReferralCode first = ada.referrals().getMyCode();
    assertThatThrownBy(() -> ada.referrals().create(OwnReferralCode.withCode("SECOND2")))
        .isInstanceOfSatisfying(AmbaConflictException.class, e -> assertThat(e.code()).isEqualTo("code_exists"));
    assertThat(ada.referrals().getMyCode()).isEqualTo(first);
    assertThat(amba.referrals().list()).extracting(ReferralCode::code).containsExactly(first.code());
  }

  @Test
  void aTextTakenIgnoringCase_is409CodeExists_forUsersAndAdmins() {
    adminCode(NewReferralCode.withCode("LAUNCH"));
    AmbaUser ada = PROJECTS.newUser();
    assertThatThrownBy(() -> ada.referrals().create(OwnReferralCode.withCode("launch")))
        .isInstanceOfSatisfying(AmbaConflictException.class, e -> assertThat(e.code()).isEqualTo("code_exists"));
    assertThatThrownBy(() -> amba.referrals().create(NewReferralCode.withCode("Launch")))
        .isInstanceOfSatisfying(AmbaConflictException.class, e -> assertThat(e.code()).isEqualTo("code_exists"));
    assertThat(amba.referrals().list()).hasSize(1);
    // The user has no code yet, so my-code still makes one.
    assertThat(raw.asUser(ada.uid(), "GET", "/referrals/my-code", null).status()).isEqualTo(201);
  }

  @Test
  void badTexts_limits_andFields_are400InvalidInput() {
    AmbaUser ada = PROJECTS.newUser();
    for (String body : new String[] {"{\"code\":\"abc\"}", "{\"code\":\"" + "A".repeat(33) + "\"}",
        "{\"code\":\"ADA-2030\"}", "{\"code\":7}", "{\"max_uses\":0}", "{\"max_uses\":1.5}",
        "{\"reward_referee\":{\"gems\":5}}", "{\"is_active\":false}"}) {
      ModuleCalls.Answer answer = raw.asUser(ada.uid(), "POST", "/referrals", body);
      assertThat(answer.status()).as(body).isEqualTo(400);
      assertThat(answer.code()).as(body).isEqualTo("invalid_input");
    }
    assertThat(raw.asUser(ada.uid(), "POST", "/referrals", "{\"code\":\"ab\"}").fieldPaths()).containsExactly("code");
    assertThat(raw.admin("POST", "/referrals", "{\"is_active\":false}").fieldPaths()).containsExactly("is_active");
    assertThat(amba.referrals().list()).isEmpty();
  }

  @Test
  void badRewards_are400InvalidInput_namingTheEntry() {
    String[][] cases = {
        {"{\"reward_referee\":{\"gems\":0}}", "reward_referee.gems"},
        {"{\"reward_referee\":{\"gems\":1.5}}", "reward_referee.gems"},
        {"{\"reward_referee\":{\"gems\":\"5\"}}", "reward_referee.gems"},
        {"{\"reward_referee\":{\"gems\":3000000000}}", "reward_referee.gems"},
        {"{\"reward_referrer\":{\"Gems\":5}}", "reward_referrer.Gems"},
        {"{\"reward_referrer\":{\"xp\":-2}}", "reward_referrer.xp"},
        {"{\"reward_referrer\":[1]}", "reward_referrer"},
        {"{\"reward_referee\":{\"currency\":\"gems\",\"amount\":0}}", "reward_referee.amount"},
        {"{\"reward_referee\":{\"currency\":\"xp\",\"amount\":5}}", "reward_referee.currency"},
        {"{\"reward_referee\":{\"currency\":\"gems\",\"amount\":5,\"note\":1}}", "reward_referee.note"},
    };
    for (String[] c : cases) {
      ModuleCalls.Answer answer = raw.admin("POST", "/referrals", c[0]);
      assertThat(answer.status()).as(c[0]).isEqualTo(400);
      assertThat(answer.code()).as(c[0]).isEqualTo("invalid_input");
      assertThat(answer.fieldPaths()).as(c[0]).contains(c[1]);
    }
    StringBuilder many = new StringBuilder("{\"reward_referee\":{");
    for (int i = 0; i < 51; i++) {
      many.append(i == 0 ? "" : ",").append("\"c").append(i).append("\":1");
    }
    assertThat(raw.admin("POST", "/referrals", many.append("}}").toString()).fieldPaths())
        .containsExactly("reward_referee");
    assertThat(amba.referrals().list()).isEmpty();
  }

  // ---------------------------------------------------------------- 21.2 admin routes

  @Test
  void adminCreate_answers201_aCodeWithoutAnOwner_rewardsInTheMapForm() {
    ModuleCalls.Answer answer = raw.admin("POST", "/referrals", "{\"code\":\"Spring30\",\"reward_referee\":"
        + "{\"currency\":\"gems\",\"amount\":25},\"reward_referrer\":{\"gems\":5.0,\"xp\":10},\"max_uses\":100}");
    assertThat(answer.status()).isEqualTo(201);
    assertThat(answer.data().isNull("app_user_id")).isTrue();
    assertThat(answer.data().getJsonObject("reward_referee").toString()).isEqualTo("{\"gems\":25}");
    assertThat(answer.data().getJsonObject("reward_referrer").toString()).isEqualTo("{\"gems\":5,\"xp\":10}");

    ReferralCode code = amba.referrals().create(NewReferralCode.generated().rewardReferee(GETS).maxUses(1));
    assertThat(code.ownerId()).isNull();
    assertThat(code.isUserOwned()).isFalse();
    assertThat(code.code()).matches(ReferralWires.MADE_TEXT);
    assertThat(code.rewardReferee()).isEqualTo(GETS);
    assertThat(code.rewardReferrer()).isEqualTo(ReferralReward.none());
    assertThat(code.maxUses()).isEqualTo(1);
    assertThat(amba.referrals().stats(answer.data().getString("id")).referralCode().rewardReferee())
        .isEqualTo(ReferralReward.of("gems", 25));
  }

  @Test
  void list_isEveryCodeNewestFirst_usersOwnAmongThem() {
    ReferralCode first = adminCode(NewReferralCode.withCode("FIRST1"));
    CLOCK.advance(Duration.ofSeconds(1));
    ReferralCode own = PROJECTS.newUser().referrals().getMyCode();
    ReferralCode last = adminCode(NewReferralCode.withCode("LAST1"));
    // Two in the same millisecond keep the order they were made in.
    ReferralCode sameInstant = amba.referrals().create(NewReferralCode.withCode("LAST2"));

    assertThat(amba.referrals().list()).extracting(ReferralCode::id)
        .containsExactly(sameInstant.id(), last.id(), own.id(), first.id());
  }

  @Test
  void stats_areTheCodeItsTotalAndItsClaimsOldestFirst() {
    ReferralCode code = adminCode(NewReferralCode.withCode("PROMO1"));
    AmbaUser bob = PROJECTS.newUser();
    AmbaUser cy = PROJECTS.newUser();
    ReferralClaim bobs = bob.referrals().claim("PROMO1");
    ReferralClaim cys = cy.referrals().claim("promo1");

    ReferralStats stats = amba.referrals().stats(code.id());
    assertThat(stats.referralCode().currentUses()).isEqualTo(2);
    assertThat(stats.totalClaims()).isEqualTo(2);
    assertThat(stats.claims()).containsExactly(bobs, cys);
    assertThat(PROJECTS.amba().referrals().stats(PROJECTS.newUser().referrals().getMyCode().id()).claims()).isEmpty();
  }

  @Test
  void stats_update_andDelete_ofAnUnknownCode_are404NotFound() {
    for (String id : new String[] {"00000000-0000-0000-0000-000000000000", "PROMO1"}) {
      assertThatThrownBy(() -> amba.referrals().stats(id))
          .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> assertThat(e.code()).isEqualTo("not_found"));
      assertThatThrownBy(() -> amba.referrals().update(id, ReferralCodeUpdate.create().active(false)))
          .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> assertThat(e.code()).isEqualTo("not_found"));
      assertThatThrownBy(() -> amba.referrals().delete(id))
          .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> assertThat(e.code()).isEqualTo("not_found"));
    }
  }

  @Test
  void update_changesWhatIsSet_andNeverTheText() {
    ReferralCode code = adminCode(NewReferralCode.withCode("PROMO1").maxUses(5));
    CLOCK.advance(Duration.ofSeconds(10));
    ReferralCode changed = amba.referrals().update(code.id(), ReferralCodeUpdate.create().rewardReferee(GETS)
        .rewardReferrer(GIVES).active(false));
    assertThat(changed).isEqualTo(new ReferralCode(code.id(), null, "PROMO1", GIVES, GETS, 5, 0, false,
        code.createdAt(), CLOCK.instant()));
    assertThat(amba.referrals().update(code.id(), ReferralCodeUpdate.create().clearMaxUses()).maxUses()).isNull();
    assertThat(amba.referrals().update(code.id(), ReferralCodeUpdate.create().maxUses(1)).maxUses()).isEqualTo(1);

    ModuleCalls.Answer text = raw.admin("PATCH", "/referrals/" + code.id(), "{\"code\":\"OTHER1\"}");
    assertThat(text.status()).isEqualTo(400);
    assertThat(text.code()).isEqualTo("immutable_field");
    ModuleCalls.Answer empty = raw.admin("PATCH", "/referrals/" + code.id(), "{}");
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.code()).isEqualTo("invalid_input");
    ModuleCalls.Answer reward = raw.admin("PATCH", "/referrals/" + code.id(), "{\"reward_referee\":{\"gems\":-1}}");
    assertThat(reward.fieldPaths()).containsExactly("reward_referee.gems");
    assertThat(raw.admin("PATCH", "/referrals/" + code.id(), "{\"reward_referee\":null}").fieldPaths())
        .containsExactly("reward_referee");
    assertThat(amba.referrals().stats(code.id()).referralCode().code()).isEqualTo("PROMO1");
  }

  @Test
  void delete_answersTheMarker_keepsTheClaims_andTheCodeNoLongerRedeems() {
    ReferralCode code = adminCode(NewReferralCode.withCode("PROMO1"));
    AmbaUser bob = PROJECTS.newUser();
    bob.referrals().claim("PROMO1");

    ModuleCalls.Answer deleted = raw.admin("DELETE", "/referrals/" + code.id(), null);
    assertThat(deleted.status()).isEqualTo(200);
    assertThat(deleted.data().toString()).isEqualTo("{\"id\":\"" + code.id() + "\",\"deleted\":true}");
    assertThat(ReferralWires.claim(raw, PROJECTS.newUser(), "PROMO1").code()).isEqualTo("invalid_code");
    assertThat(amba.referrals().list()).isEmpty();
    assertThatThrownBy(() -> amba.referrals().stats(code.id())).isInstanceOf(AmbaNotFoundException.class);
    // X: the text is free again, and the new code is another code: Bob's claim was of the old one.
    ReferralCode again = amba.referrals().create(NewReferralCode.withCode("promo1"));
    assertThat(bob.referrals().claim("PROMO1").referralCodeId()).isEqualTo(again.id());
  }

  @Test
  void aDeletedOwnCode_keepsItsClaimsAsTheRefereesOneReferrer_andMyCodeMakesANewOne() {
    AmbaUser ada = PROJECTS.newUser();
    AmbaUser bob = PROJECTS.newUser();
    ReferralCode adas = ada.referrals().getMyCode();
    bob.referrals().claim(adas.code());
    amba.referrals().delete(adas.id());

    ReferralCode fresh = ada.referrals().getMyCode();
    assertThat(fresh.id()).isNotEqualTo(adas.id());
    assertThat(ReferralWires.claim(raw, bob, fresh.code()).code()).isEqualTo("already_claimed");
  }

  // ---------------------------------------------------------------- isolation (M1)

  @Test
  void aUserSeesOnlyTheirOwnCode_andAnotherProjectsCodesAreUnknown() {
    AmbaUser ada = PROJECTS.newUser();
    AmbaUser bob = PROJECTS.newUser();
    ReferralCode adas = ada.referrals().getMyCode();
    ReferralCode bobs = bob.referrals().getMyCode();
    assertThat(bobs.id()).isNotEqualTo(adas.id());
    assertThat(bob.referrals().getMyCode().ownerId()).isEqualTo(bob.uid());

    EmulatorProject otherProject = PROJECTS.emulator().createProject();
    try (AmbaClient other = AmbaClient.configure(PROJECTS.emulator().config(otherProject))) {
      ModuleCalls otherRaw = new ModuleCalls(PROJECTS.emulator(), otherProject);
      assertThat(other.referrals().list()).isEmpty();
      assertThatThrownBy(() -> other.referrals().stats(adas.id())).isInstanceOf(AmbaNotFoundException.class);
      assertThatThrownBy(() -> other.referrals().delete(adas.id())).isInstanceOf(AmbaNotFoundException.class);
      String stranger = PROJECTS.emulator().createUser(otherProject);
      ModuleCalls.Answer claim = otherRaw.asUser(stranger, "POST", "/referrals/claim",
          "{\"code\":\"" + adas.code() + "\"}");
      assertThat(claim.status()).isEqualTo(404);
      assertThat(claim.code()).isEqualTo("invalid_code");
      // The same text is free in another project.
      assertThat(other.referrals().create(NewReferralCode.withCode(adas.code())).code()).isEqualTo(adas.code());
    }
    assertThat(amba.referrals().stats(adas.id()).totalClaims()).isZero();
  }
}
