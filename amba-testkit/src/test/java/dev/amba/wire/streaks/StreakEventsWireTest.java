package dev.amba.wire.streaks;

import static dev.amba.wire.streaks.StreakFixture.DAY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.amba.AmbaClient;
import dev.amba.AmbaUser;
import dev.amba.events.Event;
import dev.amba.events.EventListQuery;
import dev.amba.events.IngestEvent;
import dev.amba.events.StoredEvent;
import dev.amba.streaks.NewStreak;
import dev.amba.streaks.StreakDefinition;
import dev.amba.streaks.UserStreak;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Streaks in the engagement pipeline: events qualify them (M4 stage 1, 12.4 #7), milestones are events (#8, M5). */
class StreakEventsWireTest {

  @RegisterExtension
  static final StreakFixture F = new StreakFixture();

  private static UserStreak streak(AmbaUser user, String key) {
    return user.streaks().list().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
  }

  private static List<StoredEvent> milestones(AmbaClient amba, AmbaUser user, Instant since) {
    return amba.events().list(EventListQuery.since(since).eventName("streak_milestone").userId(user.uid())).items();
  }

  @Test
  void aTrackedEvent_qualifiesEveryStreakNamingIt_oncePerPeriod() {
    AmbaClient amba = F.newProject();
    amba.streaks().create(NewStreak.of("lessons", "Lessons", "lesson.completed"));
    amba.streaks().create(NewStreak.of("also_lessons", "Also lessons", "lesson.completed"));
    amba.streaks().create(NewStreak.of("quizzes", "Quizzes", "quiz.completed"));
    AmbaUser user = F.newUser(amba);
    Instant monday = F.nextMonday();

    user.events().track("lesson.completed");
    user.events().track(List.of(Event.of("lesson.completed"), Event.of("lesson.completed")));

    assertThat(user.streaks().list()).extracting(UserStreak::key, UserStreak::currentCount)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("also_lessons", 1),
            org.assertj.core.groups.Tuple.tuple("lessons", 1));
    F.moveTo(monday.plus(DAY));
    user.events().track("lesson.completed");
    assertThat(streak(user, "lessons").currentCount()).isEqualTo(2);
    assertThat(streak(user, "lessons").lastQualifiedAt()).isEqualTo(monday.plus(DAY));
  }

  @Test
  void anIngestedEvent_qualifiesTheStreakOfItsUser_atTheTimeItIsReceived() {
    AmbaClient amba = F.newProject();
    amba.streaks().create(NewStreak.of("daily", "Daily", "app.opened"));
    AmbaUser user = F.newUser(amba);
    Instant monday = F.nextMonday();
    F.moveTo(monday.plus(Duration.ofHours(10)));
    // occurred_at is stored only: the server's clock at receipt decides the period (M3).
    amba.events().ingest(List.of(IngestEvent.of(user.uid(),
            Event.of("app.opened").at(monday.minus(DAY.multipliedBy(3)))),
        IngestEvent.of("never_signed_up", Event.of("app.opened"))));
    UserStreak s = streak(user, "daily");
    assertThat(s.currentCount()).isEqualTo(1);
    assertThat(s.currentPeriodStart()).isEqualTo(monday);
    assertThat(s.lastQualifiedAt()).isEqualTo(monday.plus(Duration.ofHours(10)));
  }

  @Test
  void reachingAMilestone_addsOneStreakMilestoneEvent_perReach() {
    AmbaClient amba = F.newProject();
    StreakDefinition d = amba.streaks().create(NewStreak.of("daily", "Daily", "app.opened"));
    AmbaUser user = F.newUser(amba);
    AmbaUser other = F.newUser(amba);
    Instant monday = F.nextMonday();
    F.eachDay(monday, 7, day -> {
      user.streaks().qualify("daily");
      user.streaks().qualify("daily");
      user.events().track("app.opened");
    });
    other.streaks().qualify("daily");

    List<StoredEvent> reached = milestones(amba, user, monday);
    assertThat(reached).extracting(e -> e.properties().get("count"))
        .containsExactly(new BigDecimal(7), new BigDecimal(3));
    assertThat(reached.get(1).properties()).containsOnly(Map.entry("streak_id", d.id()),
        Map.entry("key", "daily"), Map.entry("count", new BigDecimal(3)));
    assertThat(reached.get(1).occurredAt()).isEqualTo(monday.plus(DAY.multipliedBy(2)));
    assertThat(milestones(amba, other, monday)).isEmpty();

    // Broken, then reached again: a new reach, a new event.
    Instant restart = monday.plus(DAY.multipliedBy(10));
    F.eachDay(restart, 3, day -> user.events().track("app.opened"));
    assertThat(milestones(amba, user, monday)).extracting(e -> e.properties().get("count"))
        .containsExactly(new BigDecimal(3), new BigDecimal(7), new BigDecimal(3));
  }

  @Test
  void aMilestoneEvent_qualifiesTheStreaksNamingIt_whetherATrackedEventOrAManualQualificationReachedIt() {
    AmbaClient amba = F.newProject();
    amba.streaks().create(NewStreak.of("daily", "Daily", "app.opened"));
    amba.streaks().create(NewStreak.of("milestones", "Milestones", "streak_milestone"));
    AmbaUser tracker = F.newUser(amba);
    AmbaUser qualifier = F.newUser(amba);
    Instant monday = F.nextMonday();
    F.eachDay(monday, 3, day -> {
      tracker.events().track("app.opened");
      qualifier.streaks().qualify("daily");
    });
    for (AmbaUser user : List.of(tracker, qualifier)) {
      assertThat(milestones(amba, user, monday)).hasSize(1);
      UserStreak fromMilestone = streak(user, "milestones");
      assertThat(fromMilestone.currentCount()).isEqualTo(1);
      assertThat(fromMilestone.currentPeriodStart()).isEqualTo(monday.plus(DAY.multipliedBy(2)));
    }
  }
}
