package dev.amba.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaClient;
import dev.amba.AmbaConfig;
import dev.amba.internal.WireForms;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reports, rules, trust settings, ids and pages are checked before anything is sent (27.1, 27.2). */
class ModerationArgumentsTest {

  private static final String ID = "123e4567-e89b-12d3-a456-426614174000";
  private AmbaClient amba;

  @BeforeEach
  void client() {
    amba = AmbaClient.configure(AmbaConfig.builder().projectId("p").clientKey("amb_dev_ck_x1234567")
        .serverKey("amb_dev_sk_x1234567").apiUrl("http://127.0.0.1:1").build());
  }

  @AfterEach
  void close() {
    amba.close();
  }

  @Test
  void newReport_buildsTheDocumentedBody_andChecksItsParts() {
    assertThat(WireForms.of(NewReport.of("review", "r-1").reason("spam"))).containsExactly(
        Map.entry("content_type", "review"), Map.entry("content_id", "r-1"), Map.entry("reason", "spam"));
    assertThat(WireForms.of(NewReport.of("feed_item", ID))).containsOnlyKeys("content_type", "content_id");
    assertThatThrownBy(() -> NewReport.of("Review", "r")).hasMessageStartingWith("contentType ");
    assertThatThrownBy(() -> NewReport.of(null, "r")).hasMessageStartingWith("contentType ");
    assertThatThrownBy(() -> NewReport.of("review", " ")).hasMessageStartingWith("contentId ");
    assertThatThrownBy(() -> NewReport.of("review", "x".repeat(257))).hasMessageStartingWith("contentId ");
    assertThatThrownBy(() -> NewReport.of("review", "r").reason("x".repeat(1001))).hasMessageStartingWith("reason ");
    assertThatThrownBy(() -> NewReport.of("review", "r").reason("")).hasMessageStartingWith("reason ");
    assertThat(NewReport.of("review", "r")).isEqualTo(NewReport.of("review", "r")).hasToString(
        "NewReport{content_type=review, content_id=r}");
  }

  @Test
  void rules_carryTheirTypeAndConfig_andBadConfigsAreRefused() {
    assertThat(WireForms.of(NewModerationRule.keywords("spam", List.of("casino")).active(false))).containsExactly(
        Map.entry("name", "spam"), Map.entry("rule_type", "keyword_filter"),
        Map.entry("config", Map.of("keywords", List.of("casino"))), Map.entry("is_active", false));
    assertThat(WireForms.of(NewModerationRule.pattern("links", "https?://"))).containsEntry("config",
        Map.of("pattern", "https?://")).containsEntry("rule_type", "regex");
    assertThat(WireForms.of(NewModerationRule.autoApproveTrusted("t"))).containsEntry("config", Map.of())
        .containsEntry("rule_type", "auto_approve_trusted");
    assertThatThrownBy(() -> NewModerationRule.pattern("r", "(unclosed")).hasMessageStartingWith("pattern ")
        .hasMessageNotContaining("(unclosed");
    assertThatThrownBy(() -> NewModerationRule.pattern("r", "x".repeat(513))).hasMessageStartingWith("pattern ");
    assertThatThrownBy(() -> NewModerationRule.keywords("r", List.of())).hasMessageStartingWith("keywords ");
    assertThatThrownBy(() -> NewModerationRule.keywords("r", Collections.nCopies(101, "a")))
        .hasMessageStartingWith("keywords ");
    assertThatThrownBy(() -> NewModerationRule.keywords("r", List.of("ok", " "))).hasMessageStartingWith("keywords[1] ");
    assertThatThrownBy(() -> NewModerationRule.keywords("r", null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> NewModerationRule.keywords(" ", List.of("a"))).hasMessageStartingWith("name ");
    assertThatThrownBy(() -> NewModerationRule.autoApproveTrusted("n".repeat(129))).hasMessageStartingWith("name ");
  }

  @Test
  void ruleUpdate_sendsWhatIsSet_andEmptyIsRefused() {
    assertThat(WireForms.of(ModerationRuleUpdate.create().name("n").keywords(List.of("a")).active(true)))
        .containsExactly(Map.entry("name", "n"), Map.entry("config", Map.of("keywords", List.of("a"))),
            Map.entry("is_active", true));
    assertThatThrownBy(() -> amba.moderation().updateRule(ID, ModerationRuleUpdate.create()))
        .hasMessageStartingWith("update:");
    assertThatThrownBy(() -> amba.moderation().updateRule("r", ModerationRuleUpdate.create().active(true)))
        .hasMessageStartingWith("ruleId ");
    assertThatThrownBy(() -> ModerationRuleUpdate.create().pattern("[")).hasMessageStartingWith("pattern ");
  }

  @Test
  void trustSetting_takesAUserAndAKnownLevel() {
    assertThat(WireForms.of(TrustSetting.of("u1", TrustLevel.TRUSTED).autoApprove(true))).containsExactly(
        Map.entry("app_user_id", "u1"), Map.entry("trust_level", "trusted"), Map.entry("auto_approve", true));
    assertThatThrownBy(() -> TrustSetting.of("", TrustLevel.NEW)).hasMessageStartingWith("userId ");
    assertThatThrownBy(() -> TrustSetting.of("u1", null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> TrustSetting.of("u1", new TrustLevel("saint"))).hasMessageStartingWith("level ");
  }

  @Test
  void idsStatusesAndPages_areChecked() {
    assertThatThrownBy(() -> amba.moderation().approve("i")).hasMessageStartingWith("itemId ");
    assertThatThrownBy(() -> amba.moderation().reject(null)).hasMessageStartingWith("itemId ");
    assertThatThrownBy(() -> amba.moderation().escalate("x")).hasMessageStartingWith("itemId ");
    assertThatThrownBy(() -> amba.moderation().deleteRule("r")).hasMessageStartingWith("ruleId ");
    assertThatThrownBy(() -> amba.moderation().queue(null, 0, 10)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> amba.moderation().queueAll(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> amba.moderation().queue(ModerationStatus.PENDING, 0, 101)).hasMessageStartingWith("limit ");
    assertThatThrownBy(() -> amba.moderation().trustLevels(-1, 10)).hasMessageStartingWith("offset ");
    assertThatThrownBy(() -> amba.asUser("u").moderation().reportStatus("r")).hasMessageStartingWith("reportId ");
    assertThatThrownBy(() -> amba.asUser("u").moderation().report(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> amba.asUser("u").moderation().reportUser(" ", null)).hasMessageStartingWith("userId ");
  }

  @Test
  void statuses_readAnyCase_andKnowWhichAreResolved() {
    assertThat(new ModerationStatus("APPROVED")).isEqualTo(ModerationStatus.APPROVED);
    assertThat(ModerationStatus.REJECTED.isResolved()).isTrue();
    assertThat(ModerationStatus.ESCALATED.isResolved()).isFalse();
    assertThat(new ModerationStatus("archived").isResolved()).isFalse();
    assertThatThrownBy(() -> new ModerationStatus(" ")).isInstanceOf(IllegalArgumentException.class);
  }
}
