package dev.amba.wire.referrals;

import static dev.amba.wire.referrals.ReferralWires.balance;
import static org.assertj.core.api.Assertions.assertThat;

import dev.amba.AmbaClient;
import dev.amba.AmbaUser;
import dev.amba.currencies.NewCurrency;
import dev.amba.referrals.NewReferralCode;
import dev.amba.referrals.OwnReferralCode;
import dev.amba.referrals.ReferralClaim;
import dev.amba.referrals.ReferralCode;
import dev.amba.referrals.ReferralReward;
import dev.amba.referrals.ReferralStats;
import dev.amba.wire.ManualClock;
import dev.amba.wire.ModuleCalls;
import dev.amba.wire.ProjectPerTest;
import dev.amba.wire.Together;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Claims racing (21.4 #2, one lock on the code): a limited code never takes more claims than its
 * limit, a user racing to claim several users' codes gets exactly one referrer, and a user's
 * my-code read from many threads makes one code.
 */
class ReferralConcurrencyWireTest {

  private static final ManualClock CLOCK = new ManualClock(Instant.parse("2030-01-07T09:00:00Z"));
  @RegisterExtension
  static final ProjectPerTest PROJECTS = new ProjectPerTest(CLOCK);

  private AmbaClient amba;
  private ModuleCalls raw;

  @BeforeEach
  void bind() {
    amba = PROJECTS.amba();
    raw = PROJECTS.raw();
    amba.currencies().create(NewCurrency.of("gems", "Gems"));
  }

  /** How many answers had each status and code, such as {@code 201} and {@code 400 max_uses_reached}. */
  private static Map<String, Long> tally(List<ModuleCalls.Answer> answers) {
    return answers.stream().collect(Collectors.groupingBy(
        a -> a.status() + (a.status() >= 400 ? " " + a.code() : ""), TreeMap::new, Collectors.counting()));
  }

  @Test
  void sixteenUsersClaimingACodeOfTenUses_leaveExactlyTenClaims() throws Exception {
    AmbaUser ada = PROJECTS.newUser();
    amba.referrals().create(NewReferralCode.generated().rewardReferrer(ReferralReward.of("gems", 3))
        .rewardReferee(ReferralReward.of("gems", 2)));
    ReferralCode code = ada.referrals().create(OwnReferralCode.withCode("ADATEN").maxUses(10));
    List<AmbaUser> users = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      users.add(PROJECTS.newUser());
    }

    List<ModuleCalls.Answer> answers = Together.run(16, t -> ReferralWires.claim(raw, users.get(t), "adaten"));
    ReferralStats stats = amba.referrals().stats(code.id());
    long paidReferees = users.stream().filter(u -> balance(u, "gems") == 2).count();
    System.out.printf("referrals: 16 users claiming a code of max_uses 10 at once: %s; current_uses %d, "
            + "claims %d, referrer's gems %d, referees paid %d%n", tally(answers),
        stats.referralCode().currentUses(), stats.totalClaims(), balance(ada, "gems"), paidReferees);

    assertThat(tally(answers)).containsExactly(Map.entry("201", 10L), Map.entry("400 max_uses_reached", 6L));
    assertThat(stats.referralCode().currentUses()).isEqualTo(10);
    assertThat(stats.totalClaims()).isEqualTo(10);
    assertThat(stats.claims()).extracting(ReferralClaim::refereeId).doesNotHaveDuplicates();
    assertThat(balance(ada, "gems")).isEqualTo(30);
    assertThat(paidReferees).isEqualTo(10);
    assertThat(users).filteredOn(u -> balance(u, "gems") != 2).allSatisfy(u -> {
      assertThat(balance(u, "gems")).isZero();
      assertThat(PROJECTS.events(u, "referral_claimed")).isEmpty();
    });
  }

  @Test
  void oneUserClaimingEightUsersCodesAtOnce_getsExactlyOneReferrer() throws Exception {
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      codes.add(PROJECTS.newUser().referrals().getMyCode().code());
    }
    AmbaUser bob = PROJECTS.newUser();

    List<ModuleCalls.Answer> answers = Together.run(8, t -> ReferralWires.claim(raw, bob, codes.get(t)));
    System.out.printf("referrals: one user claiming 8 users' codes at once: %s%n", tally(answers));

    assertThat(tally(answers)).containsExactly(Map.entry("201", 1L), Map.entry("400 already_claimed", 7L));
    long claims = amba.referrals().list().stream().mapToLong(ReferralCode::currentUses).sum();
    assertThat(claims).isEqualTo(1);
    assertThat(PROJECTS.events(bob, "referral_claimed")).hasSize(1);
  }

  @Test
  void myCodeReadFromEightThreadsAtOnce_makesOneCode() throws Exception {
    AmbaUser ada = PROJECTS.newUser();

    List<ModuleCalls.Answer> answers = Together.run(8,
        t -> raw.asUser(ada.uid(), "GET", t % 2 == 0 ? "/referrals/my-code" : "/referrals/me", null));
    System.out.printf("referrals: one user's my-code read from 8 threads at once: %s%n", tally(answers));

    assertThat(tally(answers)).containsExactly(Map.entry("200", 7L), Map.entry("201", 1L));
    assertThat(answers).extracting(a -> a.data().getString("id")).containsOnly(ada.referrals().getMyCode().id());
    assertThat(amba.referrals().list()).hasSize(1);
  }
}
