package dev.amba.wire.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaApiException;
import dev.amba.AmbaConflictException;
import dev.amba.AmbaNotFoundException;
import dev.amba.AmbaUser;
import dev.amba.onboarding.NewOnboardingFlow;
import dev.amba.onboarding.NewOnboardingStep;
import dev.amba.onboarding.OnboardingFlow;
import dev.amba.onboarding.OnboardingFlowUpdate;
import dev.amba.onboarding.OnboardingState;
import dev.amba.onboarding.OnboardingStats;
import dev.amba.onboarding.OnboardingStatus;
import dev.amba.onboarding.OnboardingStep;
import dev.amba.wire.ManualClock;
import dev.amba.wire.ModuleCalls;
import dev.amba.wire.ProjectPerTest;
import dev.amba.wire.Together;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * 31 over the wire: the primary flow (31.4 #1), each transition of the progression (#2-#5) allowed
 * and refused, answers (#6), the older per-flow routes (#7), flows and their stats. A refused call
 * answers its 4xx and leaves the user's status and the stats as they were.
 */
class OnboardingWireTest {

  static final ManualClock clock = new ManualClock(Instant.parse("2030-05-06T08:00:00Z"));
  @RegisterExtension
  static final ProjectPerTest p = new ProjectPerTest(clock);

  private static final List<NewOnboardingStep> THREE = List.of(
      NewOnboardingStep.of("welcome", "Welcome", "welcome"),
      NewOnboardingStep.of("goals", "Your goals", "question").description("What brings you here?")
          .config(Map.of("choices", List.of("fitness", "focus"))),
      NewOnboardingStep.of("notifications", "Stay in touch", "permission"));

  private AmbaUser ada;
  private AmbaUser bob;

  @BeforeEach
  void users() {
    ada = p.newUser("Ada");
    bob = p.newUser("Bob");
  }

  private static OnboardingFlow flow() {
    return p.amba().onboarding().create(NewOnboardingFlow.of("First run", THREE));
  }

  /** The call fails with {@code type} and {@code code}; the user's status and the stats are as they were. */
  private static void refused(AmbaUser user, ThrowingCallable call, Class<? extends AmbaApiException> type,
      String code) {
    OnboardingStatus before = statusOrNull(user);
    List<OnboardingStats> stats = p.amba().onboarding().stats();
    clock.advance(Duration.ofSeconds(1));
    assertThatThrownBy(call).isInstanceOfSatisfying(type, e -> assertThat(e.code()).isEqualTo(code));
    assertThat(statusOrNull(user)).isEqualTo(before);
    assertThat(p.amba().onboarding().stats()).isEqualTo(stats);
  }

  private static OnboardingStatus statusOrNull(AmbaUser user) {
    try {
      return user.onboarding().status();
    } catch (AmbaNotFoundException e) {
      return null;
    }
  }

  private static void refusedRaw(ModuleCalls.Answer answer, int status, String code) {
    assertThat(answer.status()).isEqualTo(status);
    assertThat(answer.code()).isEqualTo(code);
  }

  /** The user's progress row of the newest active flow, through the older route. */
  private static JsonObject progress(AmbaUser user) {
    JsonObject current = p.raw().asUser(user.uid(), "GET", "/onboarding", null).data();
    return current.isNull("progress") ? null : current.getJsonObject("progress");
  }

  // ---------------------------------------------------------------- no flow

  @Test
  void withoutAnActiveFlow_everyClientRouteIs404NoActiveOnboardingFlow() {
    p.amba().onboarding().create(NewOnboardingFlow.of("Draft", THREE).active(false));
    for (ThrowingCallable call : List.<ThrowingCallable>of(() -> ada.onboarding().status(),
        () -> ada.onboarding().nextStep(), () -> ada.onboarding().skipStep(), () -> ada.onboarding().complete())) {
      refused(ada, call, AmbaNotFoundException.class, "no_active_onboarding_flow");
    }
    ModuleCalls.Answer current = p.raw().asUser(ada.uid(), "GET", "/onboarding", null);
    assertThat(current.status()).isEqualTo(200);
    assertThat(current.json().isNull("data")).isTrue();
  }

  // ---------------------------------------------------------------- status and next

  @Test
  void status_beforeAnyStart_isNotStarted_onTheFirstStep_andStartsNothing() {
    OnboardingFlow flow = flow();
    assertThat(ada.onboarding().status()).isEqualTo(new OnboardingStatus(flow.id(), "First run", "welcome", List.of(),
        List.of("welcome", "goals", "notifications"), false, null, OnboardingState.NOT_STARTED));
    assertThat(p.amba().onboarding().stats().get(0).totalStarted()).isZero();
  }

  @Test
  void next_beforeAnyStart_startsAndMovesPastTheFirstStep_inOneCall() {
    OnboardingFlow flow = flow();
    OnboardingStatus now = ada.onboarding().nextStep();
    assertThat(now).isEqualTo(new OnboardingStatus(flow.id(), "First run", "goals", List.of("welcome"),
        List.of("goals", "notifications"), false, null, OnboardingState.IN_PROGRESS));
    assertThat(ada.onboarding().status()).isEqualTo(now);
    assertThat(Instant.parse(progress(ada).getString("started_at"))).isEqualTo(clock.instant());
    assertThat(p.amba().onboarding().stats().get(0).totalStarted()).isEqualTo(1);
  }

  @Test
  void next_afterTheLastStep_completesTheFlow_andAfterThatChangesNothing() {
    flow();
    ada.onboarding().nextStep();
    ada.onboarding().nextStep();
    clock.advance(Duration.ofMinutes(3));
    OnboardingStatus done = ada.onboarding().nextStep();
    assertThat(done.completed()).isTrue();
    assertThat(done.status()).isEqualTo(OnboardingState.COMPLETED);
    assertThat(done.currentStep()).isNull();
    assertThat(done.remainingSteps()).isEmpty();
    assertThat(done.completedSteps()).containsExactly("welcome", "goals", "notifications");
    assertThat(done.completedAt()).isEqualTo(clock.instant());
    clock.advance(Duration.ofMinutes(3));
    assertThat(ada.onboarding().nextStep()).isEqualTo(done);
    assertThat(ada.onboarding().complete(Map.of("late", true))).isEqualTo(done);
    assertThat(ada.onboarding().skipStep()).isEqualTo(done);
    assertThat(progress(ada).getJsonObject("answers")).isEmpty();
  }

  @Test
  void next_storesItsAnswersUnderTheFinishedStepsId_andNoneWithoutAnswers() {
    flow();
    ada.onboarding().nextStep();
    ada.onboarding().nextStep(Map.of("goal", "focus", "minutes", 20));
    // Map.of has no order, so the stored object is compared by content, not as text.
    var answers = progress(ada).getJsonObject("answers");
    assertThat(answers.keySet()).containsExactly("goals");
    assertThat(answers.getJsonObject("goals").getString("goal")).isEqualTo("focus");
    assertThat(answers.getJsonObject("goals").getInt("minutes")).isEqualTo(20);
    assertThat(answers.getJsonObject("goals").keySet()).containsExactlyInAnyOrder("goal", "minutes");
  }

  @Test
  void answersThatAreNoObject_are400InvalidAnswers_andChangeNothing() {
    flow();
    ada.onboarding().nextStep();
    for (String body : List.of("{\"answers\":[1]}", "{\"answers\":\"yes\"}", "{\"answers\":3}")) {
      OnboardingStatus before = ada.onboarding().status();
      refusedRaw(p.raw().asUser(ada.uid(), "POST", "/onboarding/next", body), 400, "invalid_answers");
      refusedRaw(p.raw().asUser(ada.uid(), "POST", "/onboarding/complete", body.replace("answers", "final_answers")),
          400, "invalid_answers");
      assertThat(ada.onboarding().status()).isEqualTo(before);
    }
    refusedRaw(p.raw().asUser(ada.uid(), "POST", "/onboarding/next",
        "{\"answers\":{\"x\":\"" + "a".repeat(17_000) + "\"}}"), 400, "invalid_answers");
    refusedRaw(p.raw().asUser(ada.uid(), "POST", "/onboarding/next", "{\"answer\":{}}"), 400, "invalid_input");
    assertThatThrownBy(() -> ada.onboarding().nextStep(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("answers");
    assertThatThrownBy(() -> ada.onboarding().nextStep(Map.of("x", new Object())))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("answers");
    assertThat(ada.onboarding().status().completedSteps()).containsExactly("welcome");
  }

  @Test
  void nextStepsAtOnce_eachMoveOneStep() throws Exception {
    flow();
    List<OnboardingStatus> answers = Together.run(2, t -> ada.onboarding().nextStep());
    assertThat(answers).extracting(OnboardingStatus::currentStep).containsExactlyInAnyOrder("goals", "notifications");
    assertThat(ada.onboarding().status().completedSteps()).containsExactly("welcome", "goals");
  }

  // ---------------------------------------------------------------- skip and complete

  @Test
  void skip_beforeAnyStart_is404NotStarted() {
    flow();
    refused(ada, () -> ada.onboarding().skipStep(), AmbaNotFoundException.class, "not_started");
  }

  @Test
  void skip_inProgress_isSkipped_thenNextIs409FlowSkipped_andCompleteStillCompletes() {
    flow();
    ada.onboarding().nextStep();
    OnboardingStatus skipped = ada.onboarding().skipStep();
    assertThat(skipped.status()).isEqualTo(OnboardingState.SKIPPED);
    assertThat(skipped.completed()).isFalse();
    assertThat(skipped.currentStep()).isEqualTo("goals");
    assertThat(skipped.remainingSteps()).containsExactly("goals", "notifications");
    assertThat(ada.onboarding().skipStep()).isEqualTo(skipped);
    refused(ada, () -> ada.onboarding().nextStep(Map.of("goal", "x")), AmbaConflictException.class, "flow_skipped");
    assertThat(p.amba().onboarding().stats().get(0).totalSkipped()).isEqualTo(1);
    OnboardingStatus done = ada.onboarding().complete();
    assertThat(done.status()).isEqualTo(OnboardingState.COMPLETED);
    assertThat(p.amba().onboarding().stats().get(0).totalSkipped()).isZero();
  }

  @Test
  void complete_beforeAnyStart_is404NotStarted() {
    flow();
    refused(ada, () -> ada.onboarding().complete(Map.of("a", 1)), AmbaNotFoundException.class, "not_started");
  }

  @Test
  void complete_marksEveryRemainingStep_andStoresFinalAnswersUnderFinal() {
    flow();
    ada.onboarding().nextStep(Map.of("hello", true));
    OnboardingStatus done = ada.onboarding().complete(Map.of("rating", 5));
    assertThat(done.completedSteps()).containsExactly("welcome", "goals", "notifications");
    assertThat(done.remainingSteps()).isEmpty();
    assertThat(done.completedAt()).isEqualTo(clock.instant());
    assertThat(progress(ada).getJsonObject("answers").toString())
        .isEqualTo("{\"welcome\":{\"hello\":true},\"_final\":{\"rating\":5}}");
  }

  // ---------------------------------------------------------------- the primary flow, isolation

  @Test
  void thePrimaryFlow_isTheOldestActiveOne() {
    OnboardingFlow first = flow();
    clock.advance(Duration.ofSeconds(1));
    OnboardingFlow second = p.amba().onboarding().create(NewOnboardingFlow.of("Second",
        NewOnboardingStep.of("only", "Only", "welcome")));
    assertThat(ada.onboarding().status().flowId()).isEqualTo(first.id());
    p.amba().onboarding().update(first.id(), OnboardingFlowUpdate.create().active(false));
    assertThat(ada.onboarding().status().flowId()).isEqualTo(second.id());
    assertThat(ada.onboarding().nextStep().completed()).isTrue();
    p.amba().onboarding().update(first.id(), OnboardingFlowUpdate.create().active(true));
    assertThat(ada.onboarding().status().status()).isEqualTo(OnboardingState.NOT_STARTED);
    p.amba().onboarding().delete(first.id());
    assertThat(ada.onboarding().status().completed()).isTrue();
  }

  @Test
  void eachUserHasTheirOwnProgress_andNeverSeesAnothers() {
    OnboardingFlow flow = flow();
    ada.onboarding().nextStep(Map.of("secret", "ada's"));
    ada.onboarding().complete();
    assertThat(bob.onboarding().status().status()).isEqualTo(OnboardingState.NOT_STARTED);
    assertThat(progress(bob)).isNull();
    refused(bob, () -> bob.onboarding().skipStep(), AmbaNotFoundException.class, "not_started");
    refusedRaw(p.raw().asUser(bob.uid(), "POST", "/onboarding/" + flow.id() + "/advance", null), 404, "not_found");
    refusedRaw(p.raw().asUser(bob.uid(), "POST", "/onboarding/" + flow.id() + "/skip", null), 404, "update_failed");
    assertThat(progress(bob)).isNull();
    assertThat(ada.onboarding().status().completed()).isTrue();
    bob.onboarding().nextStep();
    assertThat(p.amba().onboarding().stats()).containsExactly(new OnboardingStats(flow.id(), "First run", 2, 1, 0, 0.5));
  }

  @Test
  void replacedSteps_progressReadsAgainstThem_aRemovedCurrentStepGivesWay() {
    OnboardingFlow flow = flow();
    ada.onboarding().nextStep();
    p.amba().onboarding().update(flow.id(), OnboardingFlowUpdate.create().steps(List.of(
        NewOnboardingStep.of("welcome", "Welcome", "welcome"), NewOnboardingStep.of("profile", "Profile", "form"))));
    OnboardingStatus now = ada.onboarding().status();
    assertThat(now.currentStep()).isEqualTo("profile");
    assertThat(now.remainingSteps()).containsExactly("profile");
    assertThat(ada.onboarding().nextStep().completed()).isTrue();
  }

  // ---------------------------------------------------------------- the older per-flow routes

  @Test
  void olderRoutes_startAdvanceSkipComplete_onOneFlow_andStartResets() {
    OnboardingFlow flow = flow();
    String base = "/onboarding/" + flow.id();
    refusedRaw(p.raw().asUser(ada.uid(), "POST", base + "/advance", null), 404, "not_found");
    refusedRaw(p.raw().asUser(ada.uid(), "POST", base + "/skip", null), 404, "update_failed");
    refusedRaw(p.raw().asUser(ada.uid(), "POST", base + "/complete", null), 404, "update_failed");
    ModuleCalls.Answer started = p.raw().asUser(ada.uid(), "POST", base + "/start", null);
    assertThat(started.status()).isEqualTo(201);
    assertThat(started.data().getString("app_user_id")).isEqualTo(ada.uid());
    assertThat(started.data().getString("flow_id")).isEqualTo(flow.id());
    assertThat(started.data().getString("current_step")).isEqualTo("welcome");
    assertThat(started.data().getString("status")).isEqualTo("in_progress");
    ModuleCalls.Answer advanced = p.raw().asUser(ada.uid(), "POST", base + "/advance", null);
    assertThat(advanced.data().getString("current_step")).isEqualTo("goals");
    ada.onboarding().nextStep(Map.of("a", 1));
    ModuleCalls.Answer restarted = p.raw().asUser(ada.uid(), "POST", base + "/start", null);
    assertThat(restarted.data().getString("id")).isEqualTo(started.data().getString("id"));
    assertThat(restarted.data().getJsonArray("completed_steps")).isEmpty();
    assertThat(restarted.data().getJsonObject("answers")).isEmpty();
    ModuleCalls.Answer skipped = p.raw().asUser(ada.uid(), "POST", base + "/skip", null);
    assertThat(skipped.data().getString("status")).isEqualTo("skipped");
    refusedRaw(p.raw().asUser(ada.uid(), "POST", base + "/advance", null), 409, "flow_skipped");
    ModuleCalls.Answer completed = p.raw().asUser(ada.uid(), "POST", base + "/complete", null);
    assertThat(completed.data().getString("status")).isEqualTo("completed");
    assertThat(completed.data().getJsonArray("completed_steps")).hasSize(3);
    refusedRaw(p.raw().asUser(ada.uid(), "POST", "/onboarding/00000000-0000-4000-8000-000000000000/start", null), 404,
        "not_found");
  }

  @Test
  void olderCurrent_isTheNewestActiveFlow_withTheUsersProgressOrNull() {
    flow();
    clock.advance(Duration.ofSeconds(1));
    OnboardingFlow newer = p.amba().onboarding().create(NewOnboardingFlow.of("Newer",
        NewOnboardingStep.of("only", "Only", "welcome")));
    ModuleCalls.Answer current = p.raw().asUser(ada.uid(), "GET", "/onboarding", null);
    assertThat(current.data().getJsonObject("flow").getString("id")).isEqualTo(newer.id());
    assertThat(current.data().isNull("progress")).isTrue();
  }

  // ---------------------------------------------------------------- admin flows and stats

  @Test
  void create_is201_withStepsInTheirCanonicalForm_activeByDefault() {
    OnboardingFlow flow = flow();
    assertThat(flow.isActive()).isTrue();
    assertThat(flow.createdAt()).isEqualTo(clock.instant());
    assertThat(flow.steps()).containsExactly(new OnboardingStep("welcome", "Welcome", null, "welcome", Map.of()),
        new OnboardingStep("goals", "Your goals", "What brings you here?", "question",
            Map.of("choices", List.of("fitness", "focus"))),
        new OnboardingStep("notifications", "Stay in touch", null, "permission", Map.of()));
    assertThat(p.amba().onboarding().get(flow.id())).isEqualTo(flow);
    assertThat(p.amba().onboarding().list()).containsExactly(flow);
  }

  @Test
  void create_withNoDuplicateOrBadSteps_is400InvalidSteps_andTheSdkRefusesBeforeSending() {
    assertThatThrownBy(() -> NewOnboardingFlow.of("x", List.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("steps");
    assertThatThrownBy(() -> NewOnboardingFlow.of("x", NewOnboardingStep.of("a", "A", "t"),
        NewOnboardingStep.of("a", "B", "t"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"a\"");
    assertThatThrownBy(() -> NewOnboardingStep.of("Bad Id", "A", "t")).hasMessageContaining("stepId");
    String step = "{\"id\":\"a\",\"title\":\"A\",\"type\":\"t\"}";
    for (String body : List.of("{\"name\":\"x\"}", "{\"name\":\"x\",\"steps\":[]}", "{\"name\":\"x\",\"steps\":{}}",
        "{\"name\":\"x\",\"steps\":[" + step + "," + step + "]}",
        "{\"name\":\"x\",\"steps\":[{\"id\":\"A b\",\"title\":\"A\",\"type\":\"t\"}]}",
        "{\"name\":\"x\",\"steps\":[{\"id\":\"a\",\"type\":\"t\"}]}",
        "{\"name\":\"x\",\"steps\":[{\"id\":\"a\",\"title\":\"A\",\"type\":\"t\",\"config\":[1]}]}",
        "{\"name\":\"x\",\"steps\":[{\"id\":\"a\",\"title\":\"A\",\"type\":\"t\",\"extra\":1}]}")) {
      refusedRaw(p.raw().admin("POST", "/onboarding/flows", body), 400, "invalid_steps");
    }
    refusedRaw(p.raw().admin("POST", "/onboarding/flows", "{\"steps\":[" + step + "]}"), 400, "invalid_input");
    assertThat(p.amba().onboarding().list()).isEmpty();
  }

  @Test
  void update_replacesTheSteps_andRefusedUpdatesChangeNothing() {
    OnboardingFlow flow = flow();
    clock.advance(Duration.ofSeconds(5));
    OnboardingFlow renamed = p.amba().onboarding().update(flow.id(), OnboardingFlowUpdate.create().name("Hello")
        .steps(List.of(NewOnboardingStep.of("one", "One", "welcome"))));
    assertThat(renamed.name()).isEqualTo("Hello");
    assertThat(renamed.steps()).extracting(OnboardingStep::id).containsExactly("one");
    assertThat(renamed.updatedAt()).isEqualTo(clock.instant());
    assertThatThrownBy(() -> p.amba().onboarding().update(flow.id(), OnboardingFlowUpdate.create()))
        .isInstanceOf(IllegalArgumentException.class);
    refusedRaw(p.raw().admin("PATCH", "/onboarding/flows/" + flow.id(), "{\"steps\":[]}"), 400, "invalid_steps");
    refusedRaw(p.raw().admin("PATCH", "/onboarding/flows/" + flow.id(), "{}"), 400, "invalid_input");
    refusedRaw(p.raw().admin("PATCH", "/onboarding/flows/" + flow.id(), "{\"is_active\":\"no\"}"), 400, "invalid_input");
    assertThat(p.amba().onboarding().get(flow.id())).isEqualTo(renamed);
  }

  @Test
  void getUpdateDelete_ofAFlowTheProjectDoesNotHave_are404_andBadIdsAreRefusedBeforeSending() {
    String none = "00000000-0000-4000-8000-000000000000";
    assertThatThrownBy(() -> p.amba().onboarding().get(none)).isInstanceOfSatisfying(AmbaNotFoundException.class,
        e -> assertThat(e.code()).isEqualTo("not_found"));
    assertThatThrownBy(() -> p.amba().onboarding().update(none, OnboardingFlowUpdate.create().name("x")))
        .isInstanceOf(AmbaNotFoundException.class);
    assertThatThrownBy(() -> p.amba().onboarding().delete(none)).isInstanceOf(AmbaNotFoundException.class);
    assertThatThrownBy(() -> p.amba().onboarding().get("first-run")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("flowId");
  }

  @Test
  void delete_answersTheMarker_andKeepsProgressOutOfTheStats() {
    OnboardingFlow flow = flow();
    ada.onboarding().nextStep();
    ModuleCalls.Answer raw = p.raw().admin("DELETE", "/onboarding/flows/" + flow.id(), null);
    assertThat(raw.status()).isEqualTo(200);
    assertThat(raw.data().getString("id")).isEqualTo(flow.id());
    assertThat(raw.data().getBoolean("deleted")).isTrue();
    assertThat(p.amba().onboarding().list()).isEmpty();
    assertThat(p.amba().onboarding().stats()).isEmpty();
    assertThatThrownBy(() -> ada.onboarding().status()).isInstanceOf(AmbaNotFoundException.class);
  }

  @Test
  void stats_countStartedCompletedSkipped_perFlow_oldestFirst() {
    OnboardingFlow flow = flow();
    clock.advance(Duration.ofSeconds(1));
    OnboardingFlow other = p.amba().onboarding().create(NewOnboardingFlow.of("Other",
        NewOnboardingStep.of("only", "Only", "welcome")).active(false));
    AmbaUser cy = p.newUser();
    AmbaUser dee = p.newUser();
    ada.onboarding().nextStep();
    bob.onboarding().nextStep();
    bob.onboarding().complete();
    cy.onboarding().nextStep();
    cy.onboarding().skipStep();
    dee.onboarding().nextStep();
    dee.onboarding().complete();
    assertThat(p.amba().onboarding().stats()).containsExactly(
        new OnboardingStats(flow.id(), "First run", 4, 2, 1, 0.5),
        new OnboardingStats(other.id(), "Other", 0, 0, 0, 0.0));
    assertThatThrownBy(() -> ada.onboarding().nextStep(Map.of("bad", Double.NaN)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(p.amba().onboarding().stats().get(0).totalStarted()).isEqualTo(4);
  }
}
