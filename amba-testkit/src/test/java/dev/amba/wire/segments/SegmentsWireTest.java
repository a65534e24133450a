package dev.amba.wire.segments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaApiException;
import dev.amba.AmbaClient;
import dev.amba.AmbaNotFoundException;
import dev.amba.AmbaPermissionException;
import dev.amba.AmbaUser;
import dev.amba.segments.Condition;
import dev.amba.segments.ConditionOp;
import dev.amba.segments.NewSegment;
import dev.amba.segments.Segment;
import dev.amba.segments.SegmentOperator;
import dev.amba.segments.SegmentRules;
import dev.amba.segments.SegmentUpdate;
import dev.amba.testkit.EmulatorProject;
import dev.amba.users.AppUser;
import dev.amba.users.ProfileUpdate;
import dev.amba.users.UserQuery;
import dev.amba.wire.ManualClock;
import dev.amba.wire.ModuleCalls;
import dev.amba.wire.ProjectPerTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Section 36's routes over the wire: create, list, get, update, delete and evaluate; the 400s of
 * the rule check and the depth limit; the four system segments, which refuse every change; and
 * the isolation of one project's segments from another's.
 */
class SegmentsWireTest {

  static final ManualClock clock = new ManualClock(Instant.parse("2030-01-07T09:00:00Z"));
  @RegisterExtension
  static final ProjectPerTest p = new ProjectPerTest(clock);

  private static final SegmentRules PRO = SegmentRules.all(Condition.eq("properties.plan", "pro"));

  private static AmbaUser userWith(Map<String, ?> properties) {
    AmbaUser u = p.newUser();
    u.users().update(ProfileUpdate.create().properties(properties));
    return u;
  }

  private static List<String> members(String segmentId) {
    return p.amba().users().listAll(UserQuery.all().segmentId(segmentId)).map(AppUser::id).toList();
  }

  /** The call fails with {@code type} and {@code code}, and the project's segments are as they were. */
  private static void refused(ThrowingCallable call, Class<? extends AmbaApiException> type, String code) {
    List<Segment> before = p.amba().segments().list();
    clock.advance(Duration.ofSeconds(1));
    assertThatThrownBy(call).isInstanceOfSatisfying(type, e -> assertThat(e.code()).isEqualTo(code));
    assertThat(p.amba().segments().list()).isEqualTo(before);
  }

  // ---------------------------------------------------------------- create, get, list

  @Test
  void create_is201_withTheRulesAsSent_andItsMembersCountedAtOnce() {
    userWith(Map.of("plan", "pro"));
    userWith(Map.of("plan", "free"));
    ModuleCalls.Answer raw = p.raw().admin("POST", "/segments", "{\"name\":\"Pro\",\"description\":\"paying\","
        + "\"rules\":{\"operator\":\"AND\",\"conditions\":[{\"field\":\"properties.plan\",\"op\":\"eq\",\"value\":\"pro\"}]}}");
    assertThat(raw.status()).isEqualTo(201);
    Segment made = p.amba().segments().get(raw.data().getString("id"));
    assertThat(made).isEqualTo(new Segment(made.id(), "Pro", "paying", PRO, false, 1, clock.instant(),
        clock.instant(), clock.instant()));
    assertThat(raw.data().getBoolean("is_system")).isFalse();
    assertThat(raw.data().getInt("user_count")).isEqualTo(1);
  }

  @Test
  void list_isTheFourSystemSegmentsFirst_thenTheProjectsInCreationOrder() {
    Segment b = p.amba().segments().create(NewSegment.of("B", PRO));
    Segment a = p.amba().segments().create(NewSegment.of("A", SegmentRules.any()));
    List<Segment> all = p.amba().segments().list();
    assertThat(all).extracting(Segment::name)
        .containsExactly("All Users", "Active (7d)", "Active (30d)", "New Users", "B", "A");
    assertThat(all.subList(0, 4)).allSatisfy(s -> assertThat(s.isSystem()).isTrue());
    assertThat(all.subList(4, 6)).extracting(Segment::id).containsExactly(b.id(), a.id());
    assertThat(all.get(0).rules()).isEqualTo(SegmentRules.all());
    assertThat(all.get(1).rules()).isEqualTo(SegmentRules.all(Condition.within("last_seen_at", Duration.ofDays(7))));
    assertThat(all.get(2).rules()).isEqualTo(SegmentRules.all(Condition.within("last_seen_at", Duration.ofDays(30))));
    assertThat(all.get(3).rules()).isEqualTo(SegmentRules.all(Condition.within("first_seen_at", Duration.ofDays(7))));
  }

  @Test
  void get_ofAMissingSegment_is404NotFound_andANonUuidIsRefusedBeforeSending() {
    assertThatThrownBy(() -> p.amba().segments().get("123e4567-e89b-12d3-a456-426614174000"))
        .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> assertThat(e.code()).isEqualTo("not_found"));
    assertThatThrownBy(() -> p.amba().segments().get("pro")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("segmentId");
  }

  // ---------------------------------------------------------------- the rule check (400s)

  private static ModuleCalls.Answer createRaw(String rules) {
    return p.raw().admin("POST", "/segments", "{\"name\":\"S\",\"rules\":" + rules + "}");
  }

  @Test
  void rulesThatAreNotAGroup_are400InvalidSegmentRules_namingTheNode() {
    ModuleCalls.Answer notGroup = createRaw("[]");
    assertThat(notGroup.status()).isEqualTo(400);
    assertThat(notGroup.code()).isEqualTo("invalid_segment_rules");
    assertThat(notGroup.fieldPaths()).containsExactly("rules");
    ModuleCalls.Answer badOperator = createRaw("{\"operator\":\"XOR\",\"conditions\":[]}");
    assertThat(badOperator.code()).isEqualTo("invalid_segment_rules");
    assertThat(badOperator.fieldPaths()).containsExactly("rules.operator");
    ModuleCalls.Answer noConditions = createRaw("{\"operator\":\"AND\"}");
    assertThat(noConditions.fieldPaths()).containsExactly("rules.conditions");
    ModuleCalls.Answer missing = p.raw().admin("POST", "/segments", "{\"name\":\"S\"}");
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.fieldPaths()).containsExactly("rules");
    assertThat(p.amba().segments().list()).hasSize(4);
  }

  @Test
  void badConditions_are400InvalidSegmentRules_eachNamedByItsPath() {
    ModuleCalls.Answer bad = createRaw("{\"operator\":\"OR\",\"conditions\":["
        + "{\"field\":\"email\",\"op\":\"like\",\"value\":\"x\"},"
        + "{\"field\":\"\",\"op\":\"eq\",\"value\":1},"
        + "{\"field\":\"properties.n\",\"op\":\"gt\",\"value\":\"ten\"},"
        + "{\"field\":\"last_seen_at\",\"op\":\"within\",\"value\":\"7 days\"},"
        + "{\"field\":\"email\",\"op\":\"eq\"},"
        + "{\"field\":\"email\",\"op\":\"eq\",\"value\":1,\"extra\":true},"
        + "{\"operator\":\"AND\",\"conditions\":[42]}]}");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.code()).isEqualTo("invalid_segment_rules");
    assertThat(bad.fieldPaths()).containsExactly("rules.conditions[0].op", "rules.conditions[1].field",
        "rules.conditions[2].value", "rules.conditions[3].value", "rules.conditions[4].value",
        "rules.conditions[5].extra", "rules.conditions[6].conditions[0]");
    assertThat(p.amba().segments().list()).hasSize(4);
  }

  @Test
  void goodConditions_ofEveryOperator_areAccepted_existsWithoutAValue() {
    ModuleCalls.Answer ok = createRaw("{\"operator\":\"OR\",\"conditions\":["
        + "{\"field\":\"email\",\"op\":\"exists\"},"
        + "{\"field\":\"properties.n\",\"op\":\"gte\",\"value\":10},"
        + "{\"field\":\"created_at\",\"op\":\"lt\",\"value\":\"2030-01-01T00:00:00Z\"},"
        + "{\"field\":\"last_seen_at\",\"op\":\"not_within\",\"value\":\"30m\"},"
        + "{\"field\":\"properties.tags\",\"op\":\"contains\",\"value\":{\"a\":1}},"
        + "{\"field\":\"properties.x\",\"op\":\"neq\",\"value\":null}]}");
    assertThat(ok.status()).isEqualTo(201);
  }

  /** A tree of {@code depth} groups, one inside the other. */
  private static String nested(int depth) {
    String tree = "{\"operator\":\"AND\",\"conditions\":[]}";
    for (int i = 1; i < depth; i++) {
      tree = "{\"operator\":\"OR\",\"conditions\":[" + tree + "]}";
    }
    return tree;
  }

  private static SegmentRules nestedRules(int depth) {
    SegmentRules tree = SegmentRules.all(Condition.exists("email"));
    for (int i = 1; i < depth; i++) {
      tree = SegmentRules.any(tree);
    }
    return tree;
  }

  @Test
  void fiveGroupsDeep_isAllowed_sixIs400SegmentRulesTooDeep_andTheSdkRefusesSixBeforeSending() {
    assertThat(createRaw(nested(5)).status()).isEqualTo(201);
    ModuleCalls.Answer six = createRaw(nested(6));
    assertThat(six.status()).isEqualTo(400);
    assertThat(six.code()).isEqualTo("segment_rules_too_deep");
    assertThat(p.amba().segments().create(NewSegment.of("five", nestedRules(5))).rules().depth()).isEqualTo(5);
    assertThatThrownBy(() -> NewSegment.of("six", nestedRules(6))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rules").hasMessageContaining("6 deep");
    assertThat(p.amba().segments().list()).hasSize(6);
  }

  @Test
  void theSdk_refusesBadConditionsBeforeSending_namingTheArgument() {
    assertThatThrownBy(() -> Condition.eq("", "x")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("field");
    assertThatThrownBy(() -> new Condition("properties.n", ConditionOp.GT, "ten"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gt");
    assertThatThrownBy(() -> Condition.within("last_seen_at", Duration.ofSeconds(30)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("window");
    assertThatThrownBy(() -> Condition.eq("properties.x", new Object())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("value");
    assertThatThrownBy(() -> NewSegment.of("x", new SegmentRules(SegmentOperator.UNKNOWN, List.of())))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rules.operator");
    assertThatThrownBy(() -> NewSegment.of(" ", PRO)).isInstanceOf(IllegalArgumentException.class);
    assertThat(Condition.within("f", Duration.ofHours(36)).value()).isEqualTo("36h");
    assertThat(Condition.within("f", Duration.ofDays(2)).value()).isEqualTo("2d");
    assertThat(Condition.within("f", Duration.ofMinutes(90)).value()).isEqualTo("90m");
  }

  // ---------------------------------------------------------------- update, delete, evaluate

  @Test
  void update_changesWhatItSets_andNewRulesRecountAtOnce() {
    userWith(Map.of("plan", "pro"));
    Segment s = p.amba().segments().create(NewSegment.of("Pro", PRO).description("d"));
    clock.advance(Duration.ofMinutes(1));
    Segment renamed = p.amba().segments().update(s.id(), SegmentUpdate.create().name("Paying").clearDescription());
    assertThat(renamed).extracting(Segment::name, Segment::description, Segment::userCount, Segment::lastEvaluatedAt)
        .containsExactly("Paying", null, 1L, s.lastEvaluatedAt());
    assertThat(renamed.updatedAt()).isEqualTo(clock.instant());
    Segment nobody = p.amba().segments().update(s.id(), SegmentUpdate.create().rules(SegmentRules.any()));
    assertThat(nobody.userCount()).isZero();
    assertThat(nobody.lastEvaluatedAt()).isEqualTo(clock.instant());
    assertThatThrownBy(() -> p.amba().segments().update(s.id(), SegmentUpdate.create()))
        .isInstanceOf(IllegalArgumentException.class);
    ModuleCalls.Answer badRules = p.raw().admin("PATCH", "/segments/" + s.id(), "{\"rules\":{\"operator\":\"AND\","
        + "\"conditions\":[{\"field\":\"email\",\"op\":\"nope\"}]}}");
    assertThat(badRules.code()).isEqualTo("invalid_segment_rules");
    assertThat(p.amba().segments().get(s.id()).rules()).isEqualTo(SegmentRules.any());
  }

  @Test
  void delete_removesTheSegment_andItsIdIsThen404Everywhere() {
    Segment s = p.amba().segments().create(NewSegment.of("Pro", PRO));
    ModuleCalls.Answer raw = p.raw().admin("DELETE", "/segments/" + s.id(), null);
    assertThat(raw.status()).isEqualTo(200);
    assertThat(raw.data().getString("id")).isEqualTo(s.id());
    assertThat(raw.data().getBoolean("deleted")).isTrue();
    assertThatThrownBy(() -> p.amba().segments().get(s.id())).isInstanceOf(AmbaNotFoundException.class);
    assertThatThrownBy(() -> p.amba().segments().delete(s.id())).isInstanceOf(AmbaNotFoundException.class);
    assertThatThrownBy(() -> members(s.id()))
        .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> assertThat(e.code()).isEqualTo("segment_not_found"));
  }

  @Test
  void evaluate_refreshesUserCountAndLastEvaluatedAt_whileGetKeepsTheLastCount() {
    Segment s = p.amba().segments().create(NewSegment.of("Pro", PRO));
    assertThat(s.userCount()).isZero();
    AmbaUser ada = userWith(Map.of("plan", "pro"));
    userWith(Map.of("plan", "pro"));
    clock.advance(Duration.ofMinutes(5));
    assertThat(p.amba().segments().get(s.id()).userCount()).isZero();
    Segment fresh = p.amba().segments().evaluate(s.id());
    assertThat(fresh.userCount()).isEqualTo(2);
    assertThat(fresh.lastEvaluatedAt()).isEqualTo(clock.instant());
    assertThat(p.amba().segments().get(s.id())).isEqualTo(fresh);
    ada.users().update(ProfileUpdate.create().properties(Map.of("plan", "free")));
    assertThat(p.amba().segments().evaluate(s.id()).userCount()).isEqualTo(1);
    assertThatThrownBy(() -> p.amba().segments().evaluate("123e4567-e89b-12d3-a456-426614174000"))
        .isInstanceOf(AmbaNotFoundException.class);
  }

  // ---------------------------------------------------------------- system segments (36.3 #5)

  @Test
  void systemSegments_cannotBeUpdatedOrDeleted_403SystemSegment_andStayAsTheyWere() {
    for (Segment system : p.amba().segments().list()) {
      refused(() -> p.amba().segments().update(system.id(), SegmentUpdate.create().name("Mine")),
          AmbaPermissionException.class, "system_segment");
      refused(() -> p.amba().segments().update(system.id(), SegmentUpdate.create().rules(PRO)),
          AmbaPermissionException.class, "system_segment");
      refused(() -> p.amba().segments().delete(system.id()), AmbaPermissionException.class, "system_segment");
    }
    ModuleCalls.Answer raw = p.raw().admin("DELETE", "/segments/" + p.amba().segments().list().get(0).id(), null);
    assertThat(raw.status()).isEqualTo(403);
    assertThat(p.amba().segments().list()).hasSize(4);
  }

  @Test
  void systemSegments_canBeEvaluated_andTheirMembersFollowTheirRules() {
    AmbaUser old = p.newUser();
    clock.advance(Duration.ofDays(10));
    AmbaUser fresh = p.newUser();
    fresh.events().track(dev.amba.events.Event.of("app_open"));
    List<Segment> system = p.amba().segments().list();
    assertThat(members(system.get(0).id())).containsExactly(old.uid(), fresh.uid());
    assertThat(members(system.get(1).id())).containsExactly(fresh.uid());
    assertThat(members(system.get(3).id())).containsExactly(fresh.uid());
    assertThat(p.amba().segments().evaluate(system.get(0).id()).userCount()).isEqualTo(2);
    // Seen 8 days ago: out of Active (7d), still in Active (30d).
    clock.advance(Duration.ofDays(8));
    assertThat(members(system.get(1).id())).isEmpty();
    assertThat(members(system.get(2).id())).containsExactly(fresh.uid());
  }

  // ---------------------------------------------------------------- isolation

  @Test
  void anotherProject_seesNoneOfTheSegments_norItsOwnSystemSegmentIds() {
    Segment mine = p.amba().segments().create(NewSegment.of("Pro", PRO));
    String mySystem = p.amba().segments().list().get(0).id();
    EmulatorProject other = p.emulator().createProject();
    try (AmbaClient theirs = AmbaClient.configure(p.emulator().config(other))) {
      assertThat(theirs.segments().list()).hasSize(4).extracting(Segment::id).doesNotContain(mySystem, mine.id());
      for (String id : List.of(mine.id(), mySystem)) {
        assertThatThrownBy(() -> theirs.segments().get(id)).isInstanceOf(AmbaNotFoundException.class);
        assertThatThrownBy(() -> theirs.segments().update(id, SegmentUpdate.create().name("x")))
            .isInstanceOf(AmbaNotFoundException.class);
        assertThatThrownBy(() -> theirs.segments().delete(id)).isInstanceOf(AmbaNotFoundException.class);
        assertThatThrownBy(() -> theirs.segments().evaluate(id)).isInstanceOf(AmbaNotFoundException.class);
        assertThatThrownBy(() -> theirs.users().list(UserQuery.all().segmentId(id)))
            .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> assertThat(e.code()).isEqualTo("segment_not_found"));
      }
    }
    assertThat(p.amba().segments().get(mine.id()).name()).isEqualTo("Pro");
  }

  @Test
  void aMemberOfAnotherProject_isNeverCounted() {
    userWith(Map.of("plan", "pro"));
    EmulatorProject other = p.emulator().createProject();
    try (AmbaClient theirs = AmbaClient.configure(p.emulator().config(other))) {
      theirs.asUser(p.emulator().createUser(other)).users().update(ProfileUpdate.create().properties(Map.of("plan", "pro")));
      assertThat(p.amba().segments().create(NewSegment.of("Pro", PRO)).userCount()).isEqualTo(1);
      assertThat(theirs.segments().create(NewSegment.of("Pro", PRO)).userCount()).isEqualTo(1);
    }
  }

  @Test
  void aUserSession_cannotReachTheAdminRoutes_andBadArgumentsFailBeforeSending() {
    AmbaUser ada = p.newUser();
    ModuleCalls.Answer asUser = p.raw().asUser(ada.uid(), "GET", "/segments", null);
    assertThat(asUser.status()).isEqualTo(404);
    assertThatThrownBy(() -> p.amba().segments().create(NewSegment.of("Pro", PRO).description("x".repeat(1025))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> p.amba().segments().create(null)).isInstanceOf(NullPointerException.class);
  }
}
