package dev.amba.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaClient;
import dev.amba.AmbaConfig;
import dev.amba.internal.WireForms;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Feed rules, queries, ids and pages are checked before anything is sent (24.1, 24.2). */
class FeedArgumentsTest {

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
  void newRule_buildsTheDocumentedBody_andChecksItsNames() {
    assertThat(WireForms.of(NewFeedRule.of("session.completed", "completed_session").targetType("session")))
        .containsExactly(Map.entry("source_event", "session.completed"), Map.entry("action", "completed_session"),
            Map.entry("target_type", "session"));
    assertThat(WireForms.of(NewFeedRule.of("a", "b"))).containsOnlyKeys("source_event", "action");
    assertThatThrownBy(() -> NewFeedRule.of("Level Up", "x")).hasMessageStartingWith("sourceEvent ");
    assertThatThrownBy(() -> NewFeedRule.of("e".repeat(129), "x")).hasMessageStartingWith("sourceEvent ");
    assertThatThrownBy(() -> NewFeedRule.of("e", "Did-It")).hasMessageStartingWith("action ");
    assertThatThrownBy(() -> NewFeedRule.of("e", null)).hasMessageStartingWith("action ");
    assertThatThrownBy(() -> NewFeedRule.of("e", "a").targetType("a".repeat(65))).hasMessageStartingWith("targetType ");
  }

  @Test
  void ruleUpdate_sendsWhatIsSet_clearsAsNull_andEmptyIsRefused() {
    Map<String, Object> body = WireForms.of(FeedRuleUpdate.create().action("x").clearTargetType().active(false));
    assertThat(body.keySet()).containsExactly("action", "target_type", "is_active");
    assertThat(body).containsEntry("target_type", null).containsEntry("is_active", false);
    assertThatThrownBy(() -> amba.feeds().updateRule(ID, FeedRuleUpdate.create())).hasMessageStartingWith("update:");
    assertThatThrownBy(() -> amba.feeds().updateRule("r", FeedRuleUpdate.create().active(true)))
        .hasMessageStartingWith("ruleId ");
    assertThatThrownBy(() -> amba.feeds().createRule(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void idsQueriesAndPages_areChecked() {
    assertThatThrownBy(() -> amba.feeds().deleteRule("r")).hasMessageStartingWith("ruleId ");
    assertThatThrownBy(() -> amba.feeds().deleteItem("i")).hasMessageStartingWith("itemId ");
    assertThatThrownBy(() -> amba.asUser("u").feeds().getGroup("g")).hasMessageStartingWith("groupId ");
    assertThatThrownBy(() -> amba.asUser("u").feeds().getGroup("g", 0, 5)).hasMessageStartingWith("groupId ");
    assertThatThrownBy(() -> amba.asUser("u").feeds().get(0, 101)).hasMessageStartingWith("limit ");
    assertThatThrownBy(() -> amba.asUser("u").feeds().getMine(-1, 10)).hasMessageStartingWith("offset ");
    assertThatThrownBy(() -> amba.feeds().items(FeedItemQuery.all(), 0, 0)).hasMessageStartingWith("limit ");
    assertThatThrownBy(() -> amba.feeds().items(null, 0, 10)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> FeedItemQuery.all().userId("")).hasMessageStartingWith("userId ");
    assertThatThrownBy(() -> FeedItemQuery.all().since(null)).isInstanceOf(NullPointerException.class);
    Instant t = Instant.parse("2030-01-01T00:00:00Z");
    FeedItemQuery q = FeedItemQuery.all().since(t).userId("u1");
    assertThat(q).isEqualTo(FeedItemQuery.all().userId("u1").since(t)).hasSameHashCodeAs(FeedItemQuery.all()
        .userId("u1").since(t));
    assertThat(q.sinceFilter()).contains(t);
    assertThat(q.userFilter()).contains("u1");
  }
}
