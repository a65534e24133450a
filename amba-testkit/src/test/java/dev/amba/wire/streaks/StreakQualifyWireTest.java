package dev.amba.wire.streaks;

import static dev.amba.wire.streaks.StreakFixture.DAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaClient;
import dev.amba.AmbaNotFoundException;
import dev.amba.AmbaUser;
import dev.amba.streaks.NewStreak;
import dev.amba.streaks.StreakDefinition;
import dev.amba.streaks.StreakQualification;
import dev.amba.streaks.StreakStatus;
import dev.amba.streaks.UserStreak;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The client routes of 12.1 and the core rules of 12.4 (#2 to #5) on daily streaks in UTC. */
class StreakQualifyWireTest {

  @RegisterExtension
  static final StreakFixture F = new StreakFixture();

  @Test
  void theFirstQualification_is201_withCountOne_andTheSamePeriodAgainIs200WithNothingChanged() {
    AmbaClient amba = F.newProject();
    StreakDefinition d = amba.streaks().create(NewStreak.of("daily", "Daily", "app.opened"));
    AmbaUser user = F.newUser(amba);
    Instant monday = F.nextMonday();
    F.moveTo(monday.plus(Duration.ofHours(9)));

    StreakQualification first = user.streaks().qualify("daily");

    assertThat(first.firstQualification()).isTrue();
    UserStreak s = first.streak();
    assertThat(s.streakDefinitionId()).isEqualTo(d.id());
    assertThat(s.key()).isEqualTo("daily");
    assertThat(s.name()).isEqualTo("Daily");
    assertThat(s.currentCount()).isEqualTo(1);
    assertThat(s.longestCount()).isEqualTo(1);
    assertThat(s.status()).isEqualTo(StreakStatus.ACTIVE);
    assertThat(s.freezesRemaining()).isZero();
    assertThat(s.lastQualifiedAt()).isEqualTo(monday.plus(Duration.ofHours(9)));
    assertThat(s.currentPeriodStart()).isEqualTo(monday);
    assertThat(s.updatedAt()).isEqualTo(monday.plus(Duration.ofHours(9)));

    F.moveTo(monday.plus(Duration.ofHours(23)));
    StreakQualification again = user.streaks().qualify(d.id());

    assertThat(again.firstQualification()).isFalse();
    assertThat(again.streak()).isEqualTo(s);
  }

  @Test
  void eachNextPeriod_countsOneMore_andTheLongestFollows() {
    AmbaClient amba = F.newProject();
    amba.streaks().create(NewStreak.of("daily", "Daily", "app.opened"));
    AmbaUser user = F.newUser(amba);
    Instant monday = F.nextMonday();
    for (int day = 0; day < 4; day++) {
      F.moveTo(monday.plus(DAY.multipliedBy(day)).plus(Duration.ofHours(20)));
      UserStreak s = user.streaks().qualify("daily").streak();
      assertThat(s.currentCount()).isEqualTo(day + 1);
      assertThat(s.longestCount()).isEqualTo(day + 1);
      assertThat(s.currentPeriodStart()).isEqualTo(monday.plus(DAY.multipliedBy(day)));
      assertThat(s.lastQualifiedAt()).isEqualTo(F.clock.instant());
    }
  }

  @Test
  void aMissedPeriod_breaksTheStreakOnTheNextRead_andTheNextQualificationStartsAgainAtOne() {
    AmbaClient amba = F.newProject();
    amba.streaks().create(NewStreak.of("daily", "Daily", "app.opened"));
    AmbaUser user = F.newUser(amba);
    Instant monday = F.nextMonday();
    user.streaks().qualify("daily");
    F.moveTo(monday.plus(DAY));
    user.streaks().qualify("daily");

    // Tuesday qualified; Wednesday is missed once Thursday begins.
    F.moveTo(monday.plus(DAY.multipliedBy(3)).minusMillis(1));
    assertThat(user.streaks().list().get(0).status()).isEqualTo(StreakStatus.ACTIVE);
    F.moveTo(monday.plus(DAY.multipliedBy(3)));
    UserStreak broken = user.streaks().list().get(0);
    assertThat(broken.status()).isEqualTo(StreakStatus.BROKEN);
    assertThat(broken.currentCount()).isZero();
    assertThat(broken.longestCount()).isEqualTo(2);
    assertThat(broken.currentPeriodStart()).isEqualTo(monday.plus(DAY));

    F.moveTo(monday.plus(DAY.multipliedBy(3)).plus(Duration.ofHours(8)));
    StreakQualification restart = user.streaks().qualify("daily");
    assertThat(restart.firstQualification()).isFalse();
    assertThat(restart.streak().currentCount()).isEqualTo(1);
    assertThat(restart.streak().longestCount()).isEqualTo(2);
    assertThat(restart.streak().status()).isEqualTo(StreakStatus.ACTIVE);
    assertThat(restart.streak().lastQualifiedAt()).isEqualTo(F.clock.instant());
  }

  @Test
  void qualifyingAfterTheBreakWithoutAReadInBetween_settlesFirst_thenStartsAtOne() {
    AmbaClient amba = F.newProject();
    amba.streaks().create(NewStreak.of("daily", "Daily", "app.opened"));
    AmbaUser user = F.newUser(amba);
    Instant monday = F.nextMonday();
    user.streaks().qualify("daily");
    F.moveTo(monday.plus(DAY.multipliedBy(5)));
    UserStreak s = user.streaks().qualify("daily").streak();
    assertThat(s.currentCount()).isEqualTo(1);
    assertThat(s.currentPeriodStart()).isEqualTo(monday.plus(DAY.multipliedBy(5)));
  }

  @Test
  void anUnknownStreak_is404StreakNotFound_withAHint() {
    AmbaClient amba = F.newProject();
    AmbaUser user = F.newUser(amba);
    for (String missing : new String[] {"nope", "00000000-0000-0000-0000-000000000000"}) {
      assertThatThrownBy(() -> user.streaks().qualify(missing))
          .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> {
            assertThat(e.code()).isEqualTo("streak_not_found");
            assertThat(e.details().get("hint")).asString().contains("/streaks");
          });
    }
    assertThat(user.streaks().list()).isEmpty();
  }

  @Test
  void list_holdsEveryStreakTheUserHasARowFor_byName() {
    AmbaClient amba = F.newProject();
    amba.streaks().create(NewStreak.of("z_key", "Alpha", "a_event"));
    amba.streaks().create(NewStreak.of("a_key", "Bravo", "b_event"));
    amba.streaks().create(NewStreak.of("never", "Charlie", "c_event"));
    AmbaUser user = F.newUser(amba);
    assertThat(user.streaks().list()).isEmpty();
    user.streaks().qualify("a_key");
    user.streaks().qualify("z_key");
    assertThat(user.streaks().list()).extracting(UserStreak::key).containsExactly("z_key", "a_key");
  }

  @Test
  void usersNeverSeeEachOthersRows_andProjectsNeverSeeEachOthersStreaks() {
    AmbaClient amba = F.newProject();
    StreakDefinition d = amba.streaks().create(NewStreak.of("daily", "Daily", "app.opened"));
    AmbaUser alice = F.newUser(amba);
    AmbaUser bob = F.newUser(amba);
    Instant monday = F.nextMonday();
    alice.streaks().qualify("daily");
    F.moveTo(monday.plus(DAY));
    alice.streaks().qualify("daily");

    assertThat(bob.streaks().list()).isEmpty();
    assertThat(bob.streaks().qualify("daily").firstQualification()).isTrue();
    assertThat(bob.streaks().list()).singleElement().satisfies(s -> assertThat(s.currentCount()).isEqualTo(1));
    assertThat(alice.streaks().list()).singleElement().satisfies(s -> assertThat(s.currentCount()).isEqualTo(2));

    AmbaClient other = F.newProject();
    other.streaks().create(NewStreak.of("daily", "Theirs", "app.opened"));
    AmbaUser carol = F.newUser(other);
    assertThatThrownBy(() -> carol.streaks().qualify(d.id())).isInstanceOf(AmbaNotFoundException.class);
    UserStreak theirs = carol.streaks().qualify("daily").streak();
    assertThat(theirs.name()).isEqualTo("Theirs");
    assertThat(theirs.streakDefinitionId()).isNotEqualTo(d.id());
    assertThat(alice.streaks().list()).singleElement().satisfies(s -> assertThat(s.currentCount()).isEqualTo(2));
  }

  @Test
  void qualificationsArrivingTogether_countThePeriodOnce_andOnlyOneIsTheFirst() throws Exception {
    AmbaClient amba = F.newProject();
    amba.streaks().create(NewStreak.of("daily", "Daily", "app.opened"));
    AmbaUser user = F.newUser(amba);
    F.nextMonday();
    int callers = 8;
    ExecutorService pool = Executors.newFixedThreadPool(callers);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<StreakQualification>> calls = new ArrayList<>();
      for (int i = 0; i < callers; i++) {
        calls.add(pool.submit(() -> {
          go.await();
          return user.streaks().qualify("daily");
        }));
      }
      go.countDown();
      int first = 0;
      for (Future<StreakQualification> call : calls) {
        StreakQualification q = call.get(30, TimeUnit.SECONDS);
        first += q.firstQualification() ? 1 : 0;
        assertThat(q.streak().currentCount()).isEqualTo(1);
      }
      assertThat(first).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
    assertThat(user.streaks().list()).singleElement().satisfies(s -> assertThat(s.currentCount()).isEqualTo(1));
  }
}
