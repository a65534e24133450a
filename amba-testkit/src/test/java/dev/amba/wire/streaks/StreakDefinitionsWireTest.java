package dev.amba.wire.streaks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaBadRequestException;
import dev.amba.AmbaClient;
import dev.amba.AmbaConflictException;
import dev.amba.AmbaNotFoundException;
import dev.amba.AmbaUser;
import dev.amba.streaks.NewStreak;
import dev.amba.streaks.StreakDefinition;
import dev.amba.streaks.StreakPeriod;
import dev.amba.streaks.StreakUpdate;
import dev.amba.testkit.EmulatorProject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The admin routes of 12.2 over the wire: definitions by id or key, their codes, and the cascade on delete. */
class StreakDefinitionsWireTest {

  @RegisterExtension
  static final StreakFixture F = new StreakFixture();

  @Test
  void create_answersTheDefinitionWithTheDocumentedDefaults() {
    AmbaClient amba = F.newProject();
    Instant now = F.nextMonday();

    StreakDefinition d = amba.streaks().create(NewStreak.of("daily_lesson", "Daily lesson", "lesson.completed"));

    assertThat(d.id()).matches("[0-9a-f-]{36}");
    assertThat(d).isEqualTo(new StreakDefinition(d.id(), "daily_lesson", "Daily lesson", null, "lesson.completed",
        StreakPeriod.DAILY, 0, false, 1, null, now, now));
  }

  @Test
  void create_keepsEverySettingGiven() {
    AmbaClient amba = F.newProject();
    StreakDefinition d = amba.streaks().create(NewStreak.of("weekly_run", "Weekly run", "run.finished")
        .description("one run a week").period(StreakPeriod.WEEKLY).gracePeriodHours(36).freezeEnabled(true)
        .maxFreezes(4).freezesPerNEvents(3));
    assertThat(d.description()).isEqualTo("one run a week");
    assertThat(d.period()).isEqualTo(StreakPeriod.WEEKLY);
    assertThat(d.gracePeriodHours()).isEqualTo(36);
    assertThat(d.freezeEnabled()).isTrue();
    assertThat(d.maxFreezes()).isEqualTo(4);
    assertThat(d.freezesPerNEvents()).isEqualTo(3);
  }

  @Test
  void aTakenKey_is409StreakExists_butOnlyWithinTheProject() {
    AmbaClient amba = F.newProject();
    amba.streaks().create(NewStreak.of("daily", "Daily", "app.opened"));
    assertThatThrownBy(() -> amba.streaks().create(NewStreak.of("daily", "Another", "other_event")))
        .isInstanceOfSatisfying(AmbaConflictException.class, e -> {
          assertThat(e.status()).isEqualTo(409);
          assertThat(e.code()).isEqualTo("streak_exists");
        });
    AmbaClient other = F.newProject();
    assertThat(other.streaks().create(NewStreak.of("daily", "Theirs", "app.opened")).name()).isEqualTo("Theirs");
    assertThat(amba.streaks().list()).extracting(StreakDefinition::name).containsExactly("Daily");
  }

  @Test
  void aPeriodTheServiceDoesNotKnow_is400InvalidInput_namingTheField() {
    AmbaClient amba = F.newProject();
    assertThatThrownBy(() -> amba.streaks().create(NewStreak.of("monthly", "Monthly", "e")
        .period(new StreakPeriod("monthly"))))
        .isInstanceOfSatisfying(AmbaBadRequestException.class, e -> {
          assertThat(e.code()).isEqualTo("invalid_input");
          assertThat(e.details().toString()).contains("path=period");
        });
    assertThat(amba.streaks().list()).isEmpty();
  }

  @Test
  void list_isOrderedByName() {
    AmbaClient amba = F.newProject();
    amba.streaks().create(NewStreak.of("c", "Charlie", "e"));
    amba.streaks().create(NewStreak.of("a", "Bravo", "e"));
    amba.streaks().create(NewStreak.of("b", "Alpha", "e"));
    assertThat(amba.streaks().list()).extracting(StreakDefinition::key).containsExactly("b", "a", "c");
  }

  @Test
  void update_changesOnlyTheGivenSettings_byKeyOrById() {
    AmbaClient amba = F.newProject();
    Instant created = F.nextMonday();
    StreakDefinition d = amba.streaks().create(NewStreak.of("daily", "Daily", "app.opened").description("old")
        .freezesPerNEvents(5));
    F.moveTo(created.plus(Duration.ofMinutes(5)));

    StreakDefinition byKey = amba.streaks().update("daily", StreakUpdate.create().name("Every day")
        .clearDescription().freezeEnabled(true));
    StreakDefinition byId = amba.streaks().update(d.id(), StreakUpdate.create().clearFreezesPerNEvents()
        .qualifyingEvent("session.completed"));

    assertThat(byKey.name()).isEqualTo("Every day");
    assertThat(byKey.description()).isNull();
    assertThat(byKey.freezeEnabled()).isTrue();
    assertThat(byKey.freezesPerNEvents()).isEqualTo(5);
    assertThat(byKey.createdAt()).isEqualTo(created);
    assertThat(byKey.updatedAt()).isEqualTo(created.plus(Duration.ofMinutes(5)));
    assertThat(byId.freezesPerNEvents()).isNull();
    assertThat(byId.qualifyingEvent()).isEqualTo("session.completed");
    assertThat(byId.name()).isEqualTo("Every day");
    assertThat(amba.streaks().list()).containsExactly(byId);
  }

  @Test
  void update_ofAnUnknownStreak_is404NotFound() {
    AmbaClient amba = F.newProject();
    for (String missing : new String[] {"nope", "00000000-0000-0000-0000-000000000000"}) {
      assertThatThrownBy(() -> amba.streaks().update(missing, StreakUpdate.create().name("x")))
          .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> assertThat(e.code()).isEqualTo("not_found"));
    }
  }

  @Test
  void aDailyStreak_refusesAGracePeriodOfADayOrMore_evenWhenOnlyThePeriodChanges() {
    AmbaClient amba = F.newProject();
    amba.streaks().create(NewStreak.of("weekly", "Weekly", "e").period(StreakPeriod.WEEKLY).gracePeriodHours(48));
    // The SDK cannot know the stored grace period; the service holds the merged settings to the rule.
    assertThatThrownBy(() -> amba.streaks().update("weekly", StreakUpdate.create().period(StreakPeriod.DAILY)))
        .isInstanceOfSatisfying(AmbaBadRequestException.class, e -> {
          assertThat(e.code()).isEqualTo("invalid_input");
          assertThat(e.details().toString()).contains("grace_period_hours");
        });
    assertThat(amba.streaks().update("weekly", StreakUpdate.create().gracePeriodHours(23)
        .period(StreakPeriod.DAILY)).period()).isEqualTo(StreakPeriod.DAILY);
  }

  @Test
  void aPatchNamingTheKey_is400ImmutableField() throws Exception {
    AmbaClient amba = F.newProject();
    amba.streaks().create(NewStreak.of("daily", "Daily", "e"));
    // StreakUpdate has no key setter, so the body goes out by hand.
    HttpResponse<String> answer = patch(F.project(amba), "daily", "{\"key\":\"renamed\",\"name\":\"x\"}");
    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.body()).contains("\"code\":\"immutable_field\"").contains("\"path\":\"key\"");
    assertThat(amba.streaks().list()).extracting(StreakDefinition::key, StreakDefinition::name)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("daily", "Daily"));
  }

  @Test
  void delete_answersTheDeletedMarker_andTakesEveryUsersRowsWithIt() throws Exception {
    AmbaClient amba = F.newProject();
    StreakDefinition d = amba.streaks().create(NewStreak.of("daily", "Daily", "e"));
    StreakDefinition kept = amba.streaks().create(NewStreak.of("other", "Other", "e"));
    AmbaUser alice = F.newUser(amba);
    AmbaUser bob = F.newUser(amba);
    for (AmbaUser u : new AmbaUser[] {alice, bob}) {
      u.streaks().qualify("daily");
      u.streaks().qualify("other");
    }

    HttpResponse<String> answer = delete(F.project(amba), d.id());

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body()).isEqualTo("{\"data\":{\"id\":\"" + d.id() + "\",\"deleted\":true}}");
    for (AmbaUser u : new AmbaUser[] {alice, bob}) {
      assertThat(u.streaks().list()).extracting(s -> s.streakDefinitionId()).containsExactly(kept.id());
    }
    // The key is free again, and a user starts afresh on the new streak.
    amba.streaks().create(NewStreak.of("daily", "Daily again", "e"));
    assertThat(alice.streaks().qualify("daily").firstQualification()).isTrue();
    amba.streaks().delete("other");
    assertThat(amba.streaks().list()).extracting(StreakDefinition::key).containsExactly("daily");
    assertThatThrownBy(() -> amba.streaks().delete("other")).isInstanceOf(AmbaNotFoundException.class);
  }

  @Test
  void theAdminRoutes_takeOnlyTheirProjectsStreaks() {
    AmbaClient amba = F.newProject();
    StreakDefinition d = amba.streaks().create(NewStreak.of("daily", "Daily", "e"));
    AmbaClient other = F.newProject();
    assertThatThrownBy(() -> other.streaks().update(d.id(), StreakUpdate.create().name("x")))
        .isInstanceOf(AmbaNotFoundException.class);
    assertThatThrownBy(() -> other.streaks().delete(d.id())).isInstanceOf(AmbaNotFoundException.class);
    assertThat(other.streaks().list()).isEmpty();
    assertThat(amba.streaks().list()).containsExactly(d);
  }

  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private static HttpResponse<String> patch(EmulatorProject p, String idOrKey, String body)
      throws IOException, InterruptedException {
    return HTTP.send(admin(p, idOrKey).method("PATCH", HttpRequest.BodyPublishers.ofString(body))
        .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The SDK's delete reads the answer and returns nothing; the marker itself is checked here. */
  private static HttpResponse<String> delete(EmulatorProject p, String idOrKey) throws IOException, InterruptedException {
    return HTTP.send(admin(p, idOrKey).DELETE().build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpRequest.Builder admin(EmulatorProject p, String idOrKey) {
    return HttpRequest.newBuilder(URI.create(F.emulator.apiUrl() + "/v1/admin/projects/" + p.projectId()
        + "/streaks/" + idOrKey)).header("Authorization", "Bearer " + p.serverKey())
        .header("Accept", "application/json");
  }
}
