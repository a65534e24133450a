package dev.amba.wire.xp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amba.AmbaUser;
import dev.amba.events.Event;
import dev.amba.events.IngestEvent;
import dev.amba.events.StoredEvent;
import dev.amba.xp.NewXpRule;
import dev.amba.xp.XpBalance;
import dev.amba.xp.XpLedgerEntry;
import dev.amba.xp.XpRule;
import dev.amba.xp.XpRuleUpdate;
import dev.amba.xp.XpSource;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** 13.4 #2, #3, #5 and #7 and M4 stages 2 and 9: what tracked events earn, by the emulator's clock. */
class XpAwardsWireTest {

  @RegisterExtension
  static final XpFixture fixture = new XpFixture();
  @RegisterExtension
  final XpFixture.Project p = fixture.new Project();
  private final AmbaUser user = p.newUser();

  private long total() {
    return user.xp().balance().totalXp();
  }

  private List<XpLedgerEntry> history() {
    return user.xp().history().toList();
  }

  @Test
  void everyCredit_isOneLedgerEntry_theTotal_andAnXpAwardedEvent() {
    XpRule rule = p.amba.xp().createRule(NewXpRule.of("Lesson done", "lesson.completed", 20));
    user.events().track("lesson.completed");

    XpBalance balance = user.xp().balance();
    assertThat(balance.totalXp()).isEqualTo(20);
    assertThat(balance.updatedAt()).isEqualTo(fixture.clock.instant());
    assertThat(history()).singleElement().satisfies(e -> {
      assertThat(e.userId()).isEqualTo(user.uid());
      assertThat(e).extracting(XpLedgerEntry::xpRuleId, XpLedgerEntry::eventName, XpLedgerEntry::xpAmount,
          XpLedgerEntry::reason, XpLedgerEntry::source, XpLedgerEntry::occurredAt)
          .containsExactly(rule.id(), "lesson.completed", 20, "Lesson done", XpSource.RULE, fixture.clock.instant());
    });
    List<StoredEvent> awarded = p.events(user.uid(), "xp_awarded");
    assertThat(awarded).singleElement().satisfies(e -> assertThat(e.properties())
        .isEqualTo(Map.of("amount", new BigDecimal(20), "source", "rule", "rule_id", rule.id())));
    assertThat(p.count(user.uid(), "xp_awarded")).isEqualTo(1);
    // 20 XP stays inside level 1: no level_up.
    assertThat(p.count(user.uid(), "level_up")).isZero();
  }

  @Test
  void aRiseInLevel_alsoEmitsLevelUp_withThePreviousLevel_listedAndCounted() {
    p.amba.xp().createRule(NewXpRule.of("Big", "boss_beaten", 350));
    user.events().track("boss_beaten");
    assertThat(user.xp().balance().currentLevel()).isEqualTo(3);
    assertThat(p.events(user.uid(), "level_up")).singleElement().satisfies(e -> assertThat(e.properties())
        .isEqualTo(Map.of("level", new BigDecimal(3), "previous_level", new BigDecimal(1))));
    user.events().track("boss_beaten");
    // 700 XP: level 4; every event counts, tracked and derived alike.
    assertThat(p.count(user.uid(), "level_up")).isEqualTo(2);
    assertThat(p.count(user.uid(), "xp_awarded")).isEqualTo(2);
    assertThat(p.count(user.uid(), "boss_beaten")).isEqualTo(2);
  }

  @Test
  void everyActiveRuleOfTheEvent_awards_inCreatedOrder() {
    XpRule first = p.amba.xp().createRule(NewXpRule.of("First", "lesson_completed", 10));
    XpRule second = p.amba.xp().createRule(NewXpRule.of("Second", "lesson_completed", 5));
    p.amba.xp().createRule(NewXpRule.of("Other", "quiz_passed", 100));
    user.events().track("lesson_completed");
    assertThat(total()).isEqualTo(15);
    // Newest first: the second rule's credit came after the first's.
    assertThat(history()).extracting(XpLedgerEntry::xpRuleId).containsExactly(second.id(), first.id());
    assertThat(p.events(user.uid(), "xp_awarded")).extracting(e -> e.properties().get("rule_id"))
        .containsExactlyInAnyOrder(first.id(), second.id());
  }

  @Test
  void cooldown_skipsAwardsUntilItHasPassed_byTheServersClock() {
    p.amba.xp().createRule(NewXpRule.of("Tap", "tapped", 1).cooldownSeconds(60));
    user.events().track("tapped");
    fixture.clock.advance(Duration.ofSeconds(59));
    // A client timestamp far in the future changes nothing: only the server's clock counts (M3).
    user.events().track(Event.of("tapped").at(fixture.clock.instant().plus(Duration.ofDays(1))));
    assertThat(total()).isEqualTo(1);
    fixture.clock.advance(Duration.ofSeconds(1));
    user.events().track("tapped");
    assertThat(total()).isEqualTo(2);
    // The cooldown counts from the last award, not from the last event.
    fixture.clock.advance(Duration.ofSeconds(30));
    user.events().track("tapped");
    assertThat(total()).isEqualTo(2);
  }

  @Test
  void dailyCap_countsAwardsInTheCurrentUtcDay_andResetsAtUtcMidnight() {
    fixture.advanceTo(DayOfWeek.WEDNESDAY, LocalTime.of(23, 58));
    p.amba.xp().createRule(NewXpRule.of("Read", "page_read", 3).maxPerDay(2));
    for (int i = 0; i < 4; i++) {
      user.events().track("page_read");
    }
    assertThat(total()).isEqualTo(6);
    // A minute past midnight UTC is a new day, though far less than a day has passed.
    fixture.clock.advance(Duration.ofMinutes(3));
    user.events().track(List.of(Event.of("page_read"), Event.of("page_read"), Event.of("page_read")));
    assertThat(total()).isEqualTo(12);
    assertThat(history()).hasSize(4);
  }

  @Test
  void aCapIsPerUser_andARuleCountsOnlyItsOwnAwards() {
    p.amba.xp().createRule(NewXpRule.of("Capped", "page_read", 1).maxPerDay(1));
    p.amba.xp().createRule(NewXpRule.of("Free", "page_read", 10));
    AmbaUser other = p.newUser();
    user.events().track(List.of(Event.of("page_read"), Event.of("page_read")));
    other.events().track("page_read");
    assertThat(total()).isEqualTo(21);
    assertThat(other.xp().balance().totalXp()).isEqualTo(11);
  }

  @Test
  void adminIngest_awardsToo_andAnIngestedIdThatIsNoUser_earnsNothingAndFailsNothing() {
    p.amba.xp().createRule(NewXpRule.of("Import", "order_placed", 7));
    var result = p.amba.events().ingest(List.of(IngestEvent.of(user.uid(), Event.of("order_placed")),
        IngestEvent.of("not_a_user", Event.of("order_placed"))));
    assertThat(result.ingested()).isEqualTo(2);
    assertThat(total()).isEqualTo(7);
    assertThat(p.amba.xp().balances().toList()).extracting(XpBalance::userId).containsExactly(user.uid());
  }

  @Test
  void deactivatingOrDeletingARule_stopsFutureAwardsOnly() {
    XpRule rule = p.amba.xp().createRule(NewXpRule.of("Lesson", "lesson_completed", 10));
    user.events().track("lesson_completed");
    p.amba.xp().updateRule(rule.id(), XpRuleUpdate.create().active(false));
    user.events().track("lesson_completed");
    assertThat(total()).isEqualTo(10);
    p.amba.xp().updateRule(rule.id(), XpRuleUpdate.create().active(true).xpAmount(1));
    user.events().track("lesson_completed");
    assertThat(total()).isEqualTo(11);
    p.amba.xp().deleteRule(rule.id());
    user.events().track("lesson_completed");
    // The deleted rule's XP stays, in the total and in the history, which still names the rule.
    assertThat(total()).isEqualTo(11);
    assertThat(history()).extracting(XpLedgerEntry::xpRuleId, XpLedgerEntry::xpAmount)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(rule.id(), 1), org.assertj.core.groups.Tuple.tuple(rule.id(), 10));
    assertThat(p.amba.xp().balance(user.uid()).totalXp()).isEqualTo(11);
  }

  @Test
  void xpNeverDecreases_aRuleMadeSmallerKeepsWhatItGave() {
    XpRule rule = p.amba.xp().createRule(NewXpRule.of("Lesson", "lesson_completed", 150));
    user.events().track("lesson_completed");
    p.amba.xp().updateRule(rule.id(), XpRuleUpdate.create().xpAmount(1));
    assertThat(user.xp().balance()).extracting(XpBalance::totalXp, XpBalance::currentLevel).containsExactly(150L, 2);
  }

  @Test
  void rulesNeverMatchTheXpEventsThemselves_derivedOrTracked() {
    p.amba.xp().createRule(NewXpRule.of("Loop", "xp_awarded", 1000));
    p.amba.xp().createRule(NewXpRule.of("Loop too", "level_up", 1000));
    p.amba.xp().createRule(NewXpRule.of("Lesson", "lesson_completed", 150));
    user.events().track("lesson_completed");
    user.events().track("xp_awarded");
    user.events().track("level_up");
    assertThat(total()).isEqualTo(150);
    assertThat(p.count(user.uid(), "xp_awarded")).isEqualTo(2);
  }
}
