package dev.amba.wire.xp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaNotFoundException;
import dev.amba.AmbaUser;
import dev.amba.xp.NewXpRule;
import dev.amba.xp.XpRule;
import dev.amba.xp.XpRuleSummary;
import dev.amba.xp.XpRuleUpdate;
import jakarta.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The admin rule routes of 13.2 and the client's read of the active rules (13.1), through the SDK. */
class XpRulesWireTest {

  @RegisterExtension
  static final XpFixture fixture = new XpFixture();
  @RegisterExtension
  final XpFixture.Project p = fixture.new Project();

  @Test
  void createRule_answersTheRuleWithItsDefaults_andListsOldestFirst() {
    XpRule first = p.amba.xp().createRule(NewXpRule.of("Lesson done", "lesson.completed", 20));
    assertThat(first.id()).isNotBlank();
    assertThat(first).extracting(XpRule::name, XpRule::eventName, XpRule::xpAmount, XpRule::maxPerDay,
        XpRule::cooldownSeconds, XpRule::isActive).containsExactly("Lesson done", "lesson.completed", 20, null, 0, true);
    assertThat(first.createdAt()).isEqualTo(fixture.clock.instant()).isEqualTo(first.updatedAt());
    // Created in the same millisecond: the list still keeps the order they were created in.
    XpRule second = p.amba.xp().createRule(NewXpRule.of("Quiz", "quiz_passed", 5).maxPerDay(3).cooldownSeconds(60));
    assertThat(second.maxPerDay()).isEqualTo(3);
    assertThat(second.cooldownSeconds()).isEqualTo(60);
    assertThat(p.amba.xp().rules()).containsExactly(first, second);
  }

  @Test
  void updateRule_changesOnlyWhatItSets_andCanRemoveTheCap() {
    XpRule rule = p.amba.xp().createRule(NewXpRule.of("Quiz", "quiz_passed", 5).maxPerDay(3));
    fixture.clock.advance(Duration.ofSeconds(5));
    XpRule changed = p.amba.xp().updateRule(rule.id(), XpRuleUpdate.create().name("Quiz passed").xpAmount(8)
        .maxPerDay(null).cooldownSeconds(30).eventName("quiz.passed").active(false));
    assertThat(changed).extracting(XpRule::id, XpRule::name, XpRule::eventName, XpRule::xpAmount, XpRule::maxPerDay,
        XpRule::cooldownSeconds, XpRule::isActive)
        .containsExactly(rule.id(), "Quiz passed", "quiz.passed", 8, null, 30, false);
    assertThat(changed.createdAt()).isEqualTo(rule.createdAt());
    assertThat(changed.updatedAt()).isEqualTo(rule.createdAt().plusSeconds(5));
    assertThat(p.amba.xp().rules()).containsExactly(changed);
  }

  @Test
  void updateAndDelete_ofNoSuchRule_are404NotFound() {
    for (String id : new String[] {"00000000-0000-0000-0000-000000000000", "users", "not-a-rule"}) {
      assertThatThrownBy(() -> p.amba.xp().updateRule(id, XpRuleUpdate.create().xpAmount(2))).as(id)
          .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> assertThat(e.code()).isEqualTo("not_found"));
      assertThatThrownBy(() -> p.amba.xp().deleteRule(id)).as(id)
          .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> assertThat(e.code()).isEqualTo("not_found"));
    }
    // Another project's rule is not this project's.
    try (XpFixture.Project other = fixture.new Project()) {
      XpRule theirs = other.amba.xp().createRule(NewXpRule.of("Theirs", "e", 1));
      assertThatThrownBy(() -> p.amba.xp().deleteRule(theirs.id())).isInstanceOf(AmbaNotFoundException.class);
      assertThat(other.amba.xp().rules()).containsExactly(theirs);
    }
  }

  @Test
  void deleteRule_answersTheDeletedMarker_andTheRuleIsGone() throws Exception {
    XpRule kept = p.amba.xp().createRule(NewXpRule.of("Kept", "e", 1));
    XpRule gone = p.amba.xp().createRule(NewXpRule.of("Gone", "e", 1));
    p.amba.xp().deleteRule(gone.id());
    assertThat(p.amba.xp().rules()).containsExactly(kept);
    XpFixture.Raw raw = p.raw("DELETE", p.admin("/xp/" + kept.id()), null);
    assertThat(raw.status()).isEqualTo(200);
    assertThat(raw.body().getJsonObject("data")).isEqualTo(jakarta.json.Json.createObjectBuilder()
        .add("id", kept.id()).add("deleted", true).build());
    assertThat(p.amba.xp().rules()).isEmpty();
  }

  @Test
  void theClientSeesTheActiveRulesOnly_withoutTheirCaps() {
    XpRule on = p.amba.xp().createRule(NewXpRule.of("Lesson", "lesson_completed", 20).maxPerDay(2));
    XpRule off = p.amba.xp().createRule(NewXpRule.of("Quiz", "quiz_passed", 5));
    p.amba.xp().updateRule(off.id(), XpRuleUpdate.create().active(false));
    AmbaUser user = p.newUser();
    assertThat(user.xp().rules()).containsExactly(new XpRuleSummary(on.id(), "Lesson", "lesson_completed", 20));
    p.amba.xp().updateRule(off.id(), XpRuleUpdate.create().active(true));
    assertThat(user.xp().rules()).extracting(XpRuleSummary::id).containsExactly(on.id(), off.id());
  }

  @Test
  void theSdkRefusesBadArguments_beforeSendingAnything() {
    fixture.emulator.clearRecordedRequests();
    assertThatThrownBy(() -> p.amba.xp().updateRule("r", XpRuleUpdate.create()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("update");
    assertThatThrownBy(() -> p.amba.xp().updateRule(" ", XpRuleUpdate.create().xpAmount(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("ruleId");
    assertThatThrownBy(() -> p.amba.xp().deleteRule(".."))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ruleId");
    assertThatThrownBy(() -> p.amba.xp().balance("not a uid"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("userId");
    assertThatThrownBy(() -> p.newUser().xp().claim("Not-A-Key"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("grantKey");
    assertThat(fixture.emulator.recordedRequests()).noneMatch(r -> r.path().contains("/xp"));
  }

  @Test
  void theEmulatorChecksBodiesItself_as400InvalidInput() throws Exception {
    XpFixture.Raw bad = p.raw("POST", p.admin("/xp"),
        "{\"name\":\"\",\"event_name\":\"Not An Event\",\"xp_amount\":0,\"max_per_day\":0,\"cooldown_seconds\":-1,"
            + "\"bonus\":1}");
    assertThat(bad.status()).isEqualTo(400);
    JsonObject error = bad.body().getJsonObject("error");
    assertThat(error.getString("code")).isEqualTo("invalid_input");
    assertThat(error.getJsonObject("details").getJsonArray("fields").stream()
        .map(f -> f.asJsonObject().getString("path")))
        .containsExactlyInAnyOrder("name", "event_name", "xp_amount", "max_per_day", "cooldown_seconds", "bonus");
    XpRule rule = p.amba.xp().createRule(NewXpRule.of("Quiz", "quiz_passed", 5));
    assertThat(p.raw("PATCH", p.admin("/xp/" + rule.id()), "{\"xp_amount\":1.5}").status()).isEqualTo(400);
    assertThat(p.raw("PATCH", p.admin("/xp/" + rule.id()), "{}").status()).isEqualTo(400);
  }

  @Test
  void xpIsReadOnlyForClients_noRouteTakesXpAway() throws Exception {
    AmbaUser user = p.newUser();
    assertThat(p.raw("POST", "/v1/client/xp", "{\"amount\":-5}").status()).isEqualTo(405);
    assertThat(p.raw("PATCH", p.admin("/xp/users/" + user.uid()), "{\"total_xp\":0}").status()).isEqualTo(405);
    assertThat(p.raw("DELETE", p.admin("/xp/users/" + user.uid()), null).status()).isEqualTo(405);
  }
}
