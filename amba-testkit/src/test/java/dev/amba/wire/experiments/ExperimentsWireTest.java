package dev.amba.wire.experiments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.amba.AmbaApiException;
import dev.amba.AmbaClient;
import dev.amba.AmbaConflictException;
import dev.amba.AmbaUser;
import dev.amba.experiments.Experiment;
import dev.amba.experiments.ExperimentAssignment;
import dev.amba.experiments.ExperimentResults;
import dev.amba.experiments.ExperimentStatus;
import dev.amba.experiments.ExperimentUpdate;
import dev.amba.experiments.ExperimentVariant;
import dev.amba.experiments.Exposure;
import dev.amba.experiments.NewExperiment;
import dev.amba.experiments.VariantResult;
import dev.amba.testkit.EmulatorProject;
import dev.amba.wire.ManualClock;
import dev.amba.wire.ModuleCalls;
import dev.amba.wire.ProjectPerTest;
import dev.amba.wire.Together;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Section 35 over the wire: the developer PAT on the admin routes, 35.2's codes, 35.4's assignment
 * (the documented hash, weighted, stored, sticky through re-weighting and status changes),
 * exposures, results by the server's clock, deletion with everything under it, and isolation.
 */
class ExperimentsWireTest {

  static final ManualClock clock = new ManualClock(Instant.parse("2030-05-06T08:00:00Z"));
  @RegisterExtension
  static final ProjectPerTest p = new ProjectPerTest(clock);

  private static final List<ExperimentVariant> HALVES =
      List.of(ExperimentVariant.of("control", 50), ExperimentVariant.of("green", 50));

  private static Experiment button() {
    return p.amba().experiments().create(NewExperiment.of("checkout_button", "Checkout button", HALVES));
  }

  /** 35.4 #1 written out independently of the emulator. */
  private static String expected(String userId, String key, List<ExperimentVariant> variants) throws Exception {
    byte[] digest = MessageDigest.getInstance("SHA-256").digest((userId + ":" + key).getBytes(StandardCharsets.UTF_8));
    BigInteger h = new BigInteger(1, java.util.Arrays.copyOf(digest, 8));
    long total = variants.stream().mapToLong(ExperimentVariant::weight).sum();
    long b = h.mod(BigInteger.valueOf(total)).longValueExact();
    long running = 0;
    for (ExperimentVariant v : variants) {
      running += v.weight();
      if (running > b) {
        return v.key();
      }
    }
    throw new AssertionError();
  }

  private static void refused(ThrowingCallable call, int status, String code) {
    assertThatThrownBy(call).isInstanceOfSatisfying(AmbaApiException.class, e -> {
      assertThat(e.status()).isEqualTo(status);
      assertThat(e.code()).isEqualTo(code);
    });
  }

  // ---------------------------------------------------------------- the developer PAT (M1)

  @Test
  void adminRoutes_needThePat_theServerKeyIs403PatRequired_andTheSdkRefusesWithoutOne() {
    button();
    String body = "{\"key\":\"k\",\"name\":\"n\",\"variants\":[{\"key\":\"a\",\"weight\":1},{\"key\":\"b\",\"weight\":1}]}";
    for (String[] route : List.of(new String[] {"POST", "/experiments", body}, new String[] {"GET", "/experiments", null},
        new String[] {"GET", "/experiments/checkout_button", null},
        new String[] {"PATCH", "/experiments/checkout_button", "{\"name\":\"x\"}"},
        new String[] {"GET", "/experiments/checkout_button/results?conversion_event=buy", null},
        new String[] {"DELETE", "/experiments/checkout_button", null})) {
      ModuleCalls.Answer refused = p.raw().admin(route[0], route[1], route[2]);
      assertThat(refused.status()).as(route[1]).isEqualTo(403);
      assertThat(refused.code()).isEqualTo("pat_required");
      assertThat(p.raw().developer(route[0], route[1], route[2]).status()).as(route[0] + " " + route[1])
          .isBetween(200, 201);
    }
    try (AmbaClient noPat = AmbaClient.configure(p.amba().settings().toBuilder().pat(null).build())) {
      for (ThrowingCallable call : List.<ThrowingCallable>of(() -> noPat.experiments().list(),
          () -> noPat.experiments().create(NewExperiment.of("x", "X", HALVES)),
          () -> noPat.experiments().results("k", "buy"), () -> noPat.experiments().delete("k"))) {
        assertThatThrownBy(call).isInstanceOf(IllegalStateException.class).hasMessageContaining("AMBA_PAT");
      }
      // The user routes take the server key as ever.
      assertThat(noPat.asUser(p.newUid()).experiments().assignment("k").experimentKey()).isEqualTo("k");
    }
  }

  // ---------------------------------------------------------------- definitions (35.2)

  @Test
  void create_201_activeByDefault_thenGetListAnd409ExperimentExists() {
    ModuleCalls.Answer raw = p.raw().developer("POST", "/experiments",
        "{\"key\":\"onboarding\",\"name\":\"Onboarding\",\"variants\":[{\"key\":\"a\",\"weight\":1},{\"key\":\"b\",\"weight\":3}]}");
    assertThat(raw.status()).isEqualTo(201);
    assertThat(raw.data().getString("status")).isEqualTo("active");
    Experiment made = button();
    assertThat(made).isEqualTo(new Experiment(made.id(), "checkout_button", "Checkout button", null, HALVES,
        ExperimentStatus.ACTIVE, clock.instant(), clock.instant()));
    assertThat(p.amba().experiments().get("checkout_button")).isEqualTo(made);
    assertThat(p.amba().experiments().list()).extracting(Experiment::key).containsExactly("checkout_button", "onboarding");
    refused(ExperimentsWireTest::button, 409, "experiment_exists");
    refused(() -> p.amba().experiments().get("missing"), 404, "experiment_not_found");
    Experiment paused = p.amba().experiments().create(NewExperiment.of("later", "Later", HALVES)
        .description("not yet").status(ExperimentStatus.PAUSED));
    assertThat(paused.status()).isEqualTo(ExperimentStatus.PAUSED);
    assertThat(paused.description()).isEqualTo("not yet");
  }

  @Test
  void create_andUpdate_answerTheirOwn400Codes_andWriteNothing() {
    String ok = "\"name\":\"N\",\"variants\":[{\"key\":\"a\",\"weight\":1},{\"key\":\"b\",\"weight\":1}]";
    Map<String, String> bodies = new LinkedHashMap<>();
    bodies.put("{\"key\":\"Bad-Key\"," + ok + "}", "invalid_key");
    bodies.put("{" + ok + "}", "invalid_key");
    bodies.put("{\"key\":\"k\",\"name\":\" \",\"variants\":[{\"key\":\"a\",\"weight\":1},{\"key\":\"b\",\"weight\":1}]}",
        "invalid_name");
    bodies.put("{\"key\":\"k\",\"name\":\"N\",\"variants\":[{\"key\":\"a\",\"weight\":1}]}", "invalid_variants");
    bodies.put("{\"key\":\"k\",\"name\":\"N\",\"variants\":[{\"key\":\"a\",\"weight\":1},{\"key\":\"a\",\"weight\":1}]}",
        "invalid_variants");
    bodies.put("{\"key\":\"k\",\"name\":\"N\",\"variants\":[{\"key\":\"a\",\"weight\":0},{\"key\":\"b\",\"weight\":1}]}",
        "invalid_variants");
    bodies.put("{\"key\":\"k\",\"name\":\"N\",\"variants\":[{\"key\":\"a\",\"weight\":1000001},{\"key\":\"b\",\"weight\":1}]}",
        "invalid_variants");
    bodies.put("{\"key\":\"k\",\"name\":\"N\",\"variants\":[{\"key\":\"a\",\"weight\":1.5},{\"key\":\"b\",\"weight\":1}]}",
        "invalid_variants");
    bodies.put("{\"key\":\"k\",\"name\":\"N\",\"variants\":[{\"key\":\"a\",\"weight\":1,\"x\":1},{\"key\":\"b\",\"weight\":1}]}",
        "invalid_variants");
    bodies.put("{\"key\":\"k\",\"status\":\"running\"," + ok + "}", "invalid_status");
    bodies.put("{\"key\":\"k\",\"extra\":1," + ok + "}", "invalid_input");
    bodies.forEach((body, code) -> {
      ModuleCalls.Answer a = p.raw().developer("POST", "/experiments", body);
      assertThat(a.status()).as(body).isEqualTo(400);
      assertThat(a.code()).as(body).isEqualTo(code);
    });
    assertThat(p.amba().experiments().list()).isEmpty();
    button();
    for (String[] patch : List.of(new String[] {"{\"name\":\"\"}", "invalid_name"},
        new String[] {"{\"variants\":[]}", "invalid_variants"}, new String[] {"{\"status\":\"done\"}", "invalid_status"},
        new String[] {"{\"key\":\"other\"}", "immutable_field"})) {
      assertThat(p.raw().developer("PATCH", "/experiments/checkout_button", patch[0]).code()).as(patch[0])
          .isEqualTo(patch[1]);
    }
    assertThat(p.amba().experiments().get("checkout_button").name()).isEqualTo("Checkout button");
    refused(() -> p.amba().experiments().update("missing", ExperimentUpdate.create().name("x")), 404,
        "experiment_not_found");
    assertThatThrownBy(() -> NewExperiment.of("k", "N", List.of(ExperimentVariant.of("a", 1))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("variants");
    assertThatThrownBy(() -> ExperimentVariant.of("a", 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("weight");
    assertThatThrownBy(() -> p.amba().experiments().update("checkout_button", ExperimentUpdate.create()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("update");
  }

  // ---------------------------------------------------------------- assignment (35.4 #1-#3)

  @Test
  void assignment_isTheDocumentedHash_byWeight_andStored() throws Exception {
    List<ExperimentVariant> skewed = List.of(ExperimentVariant.of("control", 1), ExperimentVariant.of("a", 3),
        ExperimentVariant.of("b", 1_000_000));
    p.amba().experiments().create(NewExperiment.of("skewed", "Skewed", skewed));
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (int i = 0; i < 20; i++) {
      AmbaUser u = p.newUser();
      ExperimentAssignment a = u.experiments().assignment("skewed");
      assertThat(a.experimentKey()).isEqualTo("skewed");
      assertThat(a.variant()).as(u.uid()).isEqualTo(expected(u.uid(), "skewed", skewed));
      assertThat(u.experiments().assignment("skewed")).isEqualTo(a);
      counts.merge(a.variant(), 1, Integer::sum);
    }
    assertThat(counts.get("b")).isEqualTo(20);
    ModuleCalls.Answer raw = p.raw().asUser(p.newUid(), "GET", "/experiments/skewed/assignment", null);
    assertThat(raw.status()).isEqualTo(200);
    assertThat(raw.data().keySet()).containsExactlyInAnyOrder("experiment_key", "variant");
  }

  /**
   * 10,000 users on 50/30/20 weights. Every answer must be exactly 35.4 #1's function (so the test
   * is exact, whatever ids the users get), the second read after a re-weighting must repeat the
   * first, and the shares must be near the weights: the tolerance is 5 binomial standard
   * deviations, sqrt(w(1-w)/n), at most 0.025 here, so a correct hash fails it with a probability
   * below one in a million per run. The ids are random UUIDs, which is why a statistical bound
   * is needed at all.
   */
  @Test
  void assignment_ofTenThousandUsers_isStableAndNearItsWeights() throws Exception {
    List<ExperimentVariant> weights = List.of(ExperimentVariant.of("control", 50), ExperimentVariant.of("a", 30),
        ExperimentVariant.of("b", 20));
    p.amba().experiments().create(NewExperiment.of("onboarding_copy", "Onboarding copy", weights));
    int users = 10_000;
    int threads = 4;
    List<String> uids = new java.util.ArrayList<>();
    for (int i = 0; i < users; i++) {
      uids.add(p.newUid());
    }
    List<Map<String, String>> first = Together.run(threads, t -> assign(uids, t, threads, "onboarding_copy"));
    p.amba().experiments().update("onboarding_copy", ExperimentUpdate.create().variants(List.of(
        ExperimentVariant.of("control", 1), ExperimentVariant.of("a", 1), ExperimentVariant.of("b", 98))));
    List<Map<String, String>> second = Together.run(threads, t -> assign(uids, t, threads, "onboarding_copy"));

    Map<String, Integer> counts = new LinkedHashMap<>();
    for (int t = 0; t < threads; t++) {
      assertThat(second.get(t)).as("sticky through the re-weighting").isEqualTo(first.get(t));
      for (Map.Entry<String, String> e : first.get(t).entrySet()) {
        assertThat(e.getValue()).as(e.getKey()).isEqualTo(expected(e.getKey(), "onboarding_copy", weights));
        counts.merge(e.getValue(), 1, Integer::sum);
      }
    }
    assertThat(counts.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(users);
    for (ExperimentVariant v : weights) {
      double w = v.weight() / 100.0;
      double share = counts.getOrDefault(v.key(), 0) / (double) users;
      assertThat(share).as(v.key() + " share of " + users).isCloseTo(w,
          org.assertj.core.data.Offset.offset(5 * Math.sqrt(w * (1 - w) / users)));
    }
    System.out.println("experiment assignment, " + users + " users on 50/30/20: " + counts
        + ", all stable through a re-weighting to 1/1/98");
  }

  /** Thread {@code t}'s share of {@code uids}: each user's assignment, by user id. */
  private static Map<String, String> assign(List<String> uids, int t, int threads, String key) {
    Map<String, String> variants = new LinkedHashMap<>();
    for (int i = t; i < uids.size(); i += threads) {
      String uid = uids.get(i);
      variants.put(uid, p.amba().asUser(uid).experiments().assignment(key).variant());
    }
    return variants;
  }

  @Test
  void assignment_isSticky_throughReweighting_removal_andPausing_butNewUsersNeedAnActiveExperiment() throws Exception {
    button();
    AmbaUser ada = p.newUser();
    String first = ada.experiments().assignment("checkout_button").variant();
    List<ExperimentVariant> onlyOthers = List.of(ExperimentVariant.of("blue", 1), ExperimentVariant.of("red", 1));
    p.amba().experiments().update("checkout_button", ExperimentUpdate.create().variants(onlyOthers));
    assertThat(ada.experiments().assignment("checkout_button").variant()).as("a removed variant is kept")
        .isEqualTo(first);
    AmbaUser bob = p.newUser();
    assertThat(bob.experiments().assignment("checkout_button").variant())
        .isEqualTo(expected(bob.uid(), "checkout_button", onlyOthers));

    for (ExperimentStatus inactive : List.of(ExperimentStatus.PAUSED, ExperimentStatus.ENDED)) {
      p.amba().experiments().update("checkout_button", ExperimentUpdate.create().status(inactive));
      assertThat(ada.experiments().assignment("checkout_button").variant()).isEqualTo(first);
      AmbaUser late = p.newUser();
      assertThatThrownBy(() -> late.experiments().assignment("checkout_button"))
          .isInstanceOfSatisfying(AmbaConflictException.class, e -> {
            assertThat(e.code()).isEqualTo("experiment_inactive");
            assertThat(e.details()).containsEntry("status", inactive.value());
          });
    }
    // Refused assignments stored nothing: a reactivated experiment draws them afresh, by the hash.
    p.amba().experiments().update("checkout_button", ExperimentUpdate.create().status(ExperimentStatus.ACTIVE));
    AmbaUser cy = p.newUser();
    assertThat(cy.experiments().assignment("checkout_button").variant())
        .isEqualTo(expected(cy.uid(), "checkout_button", onlyOthers));
  }

  @Test
  void firstAssignments_racing_storeOneRow_andAnswerOneVariant() throws Exception {
    button();
    AmbaUser ada = p.newUser();
    List<String> variants = dev.amba.wire.Together.run(8,
        t -> ada.experiments().assignment("checkout_button").variant());
    assertThat(variants).containsOnly(expected(ada.uid(), "checkout_button", HALVES));
    ada.experiments().expose("checkout_button");
    ExperimentResults r = p.amba().experiments().results("checkout_button", "buy");
    assertThat(r.variants()).extracting(VariantResult::exposedUsers).containsExactlyInAnyOrder(1L, 0L);
  }

  @Test
  void assignment_ofAnUnknownExperiment_is404() {
    refused(() -> p.newUser().experiments().assignment("nope"), 404, "experiment_not_found");
    refused(() -> p.newUser().experiments().expose("nope"), 404, "experiment_not_found");
  }

  // ---------------------------------------------------------------- exposure (35.4 #4)

  @Test
  void exposure_needsAnAssignment_appendsEachCall_whateverTheStatus() {
    button();
    AmbaUser ada = p.newUser();
    refused(() -> ada.experiments().expose("checkout_button"), 409, "no_assignment");
    String variant = ada.experiments().assignment("checkout_button").variant();
    ModuleCalls.Answer raw = p.raw().asUser(ada.uid(), "POST", "/experiments/checkout_button/exposure",
        "{\"context\":{\"screen\":\"cart\"}}");
    assertThat(raw.status()).isEqualTo(201);
    assertThat(raw.data().getString("variant")).isEqualTo(variant);
    assertThat(raw.data().getJsonObject("context").getString("screen")).isEqualTo("cart");
    assertThat(raw.data().getString("exposed_at")).isEqualTo("2030-05-06T08:00:00.000Z");
    p.amba().experiments().update("checkout_button", ExperimentUpdate.create().status(ExperimentStatus.ENDED));
    Exposure second = ada.experiments().expose("checkout_button");
    assertThat(second.id()).isNotEqualTo(raw.data().getString("id"));
    assertThat(second.context()).isEmpty();
    assertThat(second.experimentKey()).isEqualTo("checkout_button");
    for (String body : List.of("{\"context\":[1]}", "{\"other\":1}", "{\"context\":\"x\"}")) {
      assertThat(p.raw().asUser(ada.uid(), "POST", "/experiments/checkout_button/exposure", body).code()).as(body)
          .isEqualTo("invalid_input");
    }
  }

  // ---------------------------------------------------------------- results (35.4 #5, #6)

  @Test
  void results_countExposedUsers_andTheirConversionsAtOrAfterAssignment_withTheZTest() {
    button();
    Map<String, List<AmbaUser>> byVariant = new LinkedHashMap<>(Map.of("control", new ArrayList<>(),
        "green", new ArrayList<>()));
    while (byVariant.get("control").size() < 4 || byVariant.get("green").size() < 4) {
      AmbaUser u = p.newUser();
      // A conversion before the assignment never counts (M3: the server's clock).
      u.events().track("checkout_completed");
      clock.advance(Duration.ofSeconds(1));
      List<AmbaUser> arm = byVariant.get(u.experiments().assignment("checkout_button").variant());
      if (arm.size() < 4) {
        arm.add(u);
        u.experiments().expose("checkout_button");
        u.experiments().expose("checkout_button");
      }
    }
    byVariant.get("control").get(0).events().track("checkout_completed");
    for (int i = 0; i < 3; i++) {
      byVariant.get("green").get(i).events().track("checkout_completed");
    }
    // Assigned but never exposed: converts, and counts nowhere.
    AmbaUser unexposed = p.newUser();
    unexposed.experiments().assignment("checkout_button");
    unexposed.events().track("checkout_completed");

    ExperimentResults r = p.amba().experiments().results("checkout_button", "checkout_completed");
    assertThat(r.experimentKey()).isEqualTo("checkout_button");
    assertThat(r.control()).isEqualTo("control");
    assertThat(r.variant("control")).contains(new VariantResult("control", 4, 1, 0.25, null, null, null, false));
    VariantResult green = r.variant("green").orElseThrow();
    assertThat(green.exposedUsers()).isEqualTo(4);
    assertThat(green.convertedUsers()).isEqualTo(3);
    assertThat(green.conversionRate()).isEqualTo(0.75);
    assertThat(green.lift()).isCloseTo(2.0, within(1e-9));
    assertThat(green.zScore()).isCloseTo(Math.sqrt(2), within(1e-9));
    assertThat(green.pValue()).isCloseTo(0.157299, within(1e-5));
    assertThat(green.significant()).isFalse();

    ExperimentResults other = p.amba().experiments().results("checkout_button", "never.happened");
    assertThat(other.variant("green").orElseThrow().lift()).as("a zero control rate").isNull();
    assertThat(other.variant("green").orElseThrow().zScore()).isNull();
    assertThat(other.variant("green").orElseThrow().conversionRate()).isEqualTo(0.0);
    for (String bad : List.of("", "?conversion_event=Bad%20Event")) {
      ModuleCalls.Answer a = p.raw().developer("GET", "/experiments/checkout_button/results" + bad, null);
      assertThat(a.status()).isEqualTo(400);
      assertThat(a.code()).isEqualTo("invalid_conversion_event");
    }
    refused(() -> p.amba().experiments().results("missing", "x"), 404, "experiment_not_found");
  }

  @Test
  void results_listARemovedVariantThatUsersStillHold_andNullsWithoutExposures() {
    button();
    AmbaUser ada = p.newUser();
    String held = ada.experiments().assignment("checkout_button").variant();
    ada.experiments().expose("checkout_button");
    List<ExperimentVariant> renamed = List.of(ExperimentVariant.of("base", 1), ExperimentVariant.of("bold", 1));
    p.amba().experiments().update("checkout_button", ExperimentUpdate.create().variants(renamed));
    ExperimentResults r = p.amba().experiments().results("checkout_button", "buy");
    assertThat(r.control()).isEqualTo("base");
    assertThat(r.variants()).extracting(VariantResult::key).containsExactly("base", "bold", held);
    assertThat(r.variant(held).orElseThrow().exposedUsers()).isEqualTo(1);
    assertThat(r.variant("bold")).contains(new VariantResult("bold", 0, 0, null, null, null, null, false));
  }

  // ---------------------------------------------------------------- delete and isolation

  @Test
  void delete_takesAssignmentsAndExposuresWithIt() throws Exception {
    Experiment made = button();
    AmbaUser ada = p.newUser();
    ada.experiments().assignment("checkout_button");
    ada.experiments().expose("checkout_button");
    ModuleCalls.Answer deleted = p.raw().developer("DELETE", "/experiments/checkout_button", null);
    assertThat(deleted.data().getString("id")).isEqualTo(made.id());
    assertThat(deleted.data().getBoolean("deleted")).isTrue();
    refused(() -> ada.experiments().assignment("checkout_button"), 404, "experiment_not_found");
    refused(() -> p.amba().experiments().delete("checkout_button"), 404, "experiment_not_found");
    List<ExperimentVariant> flipped = List.of(ExperimentVariant.of("x", 1), ExperimentVariant.of("y", 1));
    p.amba().experiments().create(NewExperiment.of("checkout_button", "Again", flipped));
    refused(() -> ada.experiments().expose("checkout_button"), 409, "no_assignment");
    assertThat(ada.experiments().assignment("checkout_button").variant())
        .isEqualTo(expected(ada.uid(), "checkout_button", flipped));
    assertThat(p.amba().experiments().results("checkout_button", "buy").variants())
        .allMatch(v -> v.exposedUsers() == 0);
  }

  @Test
  void anotherProject_andAnotherUser_seeNothingOfThisOne() {
    button();
    AmbaUser ada = p.newUser();
    ada.experiments().assignment("checkout_button");
    refused(() -> p.newUser().experiments().expose("checkout_button"), 409, "no_assignment");
    EmulatorProject other = p.emulator().createProject();
    try (AmbaClient them = AmbaClient.configure(p.emulator().config(other))) {
      assertThat(them.experiments().list()).isEmpty();
      refused(() -> them.experiments().get("checkout_button"), 404, "experiment_not_found");
      refused(() -> them.asUser(p.emulator().createUser(other)).experiments().assignment("checkout_button"), 404,
          "experiment_not_found");
      assertThat(p.raw().adminWith(other.pat(), "GET", "/experiments", null).code()).isEqualTo("project_mismatch");
    }
    assertThatThrownBy(() -> p.amba().experiments().get("Not A Key")).isInstanceOf(IllegalArgumentException.class);
    assertThat(p.amba().experiments().results("checkout_button", "buy").variants())
        .allMatch(v -> v.exposedUsers() == 0);
    assertThatThrownBy(() -> p.amba().experiments().results("checkout_button", "Bad Event"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("conversionEvent");
  }
}
