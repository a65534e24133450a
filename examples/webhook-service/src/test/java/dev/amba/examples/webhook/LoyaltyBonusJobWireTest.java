package dev.amba.examples.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amba.AmbaClient;
import dev.amba.events.Event;
import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.AmbaEmulatorExtension;
import dev.amba.testkit.EmulatorProject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The loyalty bonus job against the emulator: XP levels read best first, each bonus paid once a month. */
@ExtendWith(AmbaEmulatorExtension.class)
class LoyaltyBonusJobWireTest {

  private static final Duration WAIT = Duration.ofSeconds(30);
  private final LoyaltyBonusJob job = new LoyaltyBonusJob();

  @AfterEach
  void stopJob() {
    job.stop();
  }

  /** A customer with this many orders, each worth {@link Shop#XP_PER_ORDER} through the rule. */
  private static String customer(AmbaEmulator emulator, EmulatorProject project, AmbaClient amba, int orders) {
    String uid = emulator.createUser(project);
    for (int i = 0; i < orders; i++) {
      amba.asUser(uid).events().track(Event.of(Shop.ORDER_EVENT).withEventId("order-" + uid + "-" + i));
    }
    return uid;
  }

  private LoyaltyBonusJob.Status run() {
    return job.status(job.start().id(), WAIT).orElseThrow();
  }

  @Test
  void paysSilverAndGoldOnce_andStopsReadingAtTheFirstCustomerBelowSilver(
      AmbaEmulator emulator, EmulatorProject project, AmbaClient amba) {
    Shop.ensure(amba);
    job.amba = amba;
    String gold = customer(emulator, project, amba, 5);     // 300 XP, level 3
    String silver = customer(emulator, project, amba, 2);   // 120 XP, level 2
    String bronze = customer(emulator, project, amba, 1);
    customer(emulator, project, amba, 1);

    LoyaltyBonusJob.Status first = run();
    LoyaltyBonusJob.Status second = run();

    assertThat(first.state()).isEqualTo("succeeded");
    assertThat(first.paid()).isEqualTo(2);
    assertThat(first.usersRead()).as("gold, silver, and the first bronze, which ends the walk").isEqualTo(3);
    assertThat(second.state()).isEqualTo("succeeded");
    assertThat(second.paid()).isZero();
    assertThat(second.alreadyPaid()).isEqualTo(2);
    assertThat(Wallet.coins(amba.asUser(gold))).isEqualTo(150);
    assertThat(Wallet.coins(amba.asUser(silver))).isEqualTo(50);
    assertThat(Wallet.coins(amba.asUser(bronze))).isZero();
  }

  @Test
  void aNewMonth_paysAgain(AmbaEmulator emulator, EmulatorProject project, AmbaClient amba) {
    Shop.ensure(amba);
    job.amba = amba;
    String silver = customer(emulator, project, amba, 2);
    job.clock = Clock.fixed(Instant.parse("2030-01-31T23:00:00Z"), ZoneOffset.UTC);
    run();
    job.clock = Clock.fixed(Instant.parse("2030-02-01T01:00:00Z"), ZoneOffset.UTC);

    LoyaltyBonusJob.Status february = run();

    assertThat(february.month()).isEqualTo("2030-02");
    assertThat(february.paid()).isEqualTo(1);
    assertThat(Wallet.coins(amba.asUser(silver))).isEqualTo(100);
  }

  @Test
  void nobodyWithXp_isAnEmptyRun(EmulatorProject project, AmbaClient amba) {
    Shop.ensure(amba);
    job.amba = amba;

    LoyaltyBonusJob.Status status = run();

    assertThat(status.state()).isEqualTo("succeeded");
    assertThat(status.usersRead()).isZero();
  }
}
