package dev.amba.xp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.internal.Json;
import dev.amba.internal.WireForms;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The XP request values: their wire bodies, and every bad argument refused before sending. */
class XpArgumentsTest {

  private static final Instant T = Instant.parse("2030-01-01T00:00:00Z");

  @Test
  void newRule_buildsTheDocumentedBody_withOnlyWhatIsSet() {
    assertThat(WireForms.of(NewXpRule.of("Lesson done", "lesson.completed", 20))).containsExactly(
        Map.entry("name", "Lesson done"), Map.entry("event_name", "lesson.completed"), Map.entry("xp_amount", 20));
    NewXpRule capped = NewXpRule.of("Lesson done", "lesson_completed", 1).maxPerDay(5).cooldownSeconds(0);
    assertThat(WireForms.of(capped)).containsEntry("max_per_day", 5).containsEntry("cooldown_seconds", 0);
    assertThat(capped.name()).isEqualTo("Lesson done");
  }

  @Test
  void newRule_refusesBadNamesEventNamesAndAmounts_namingTheArgument() {
    assertThatThrownBy(() -> NewXpRule.of(" ", "e", 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("name");
    assertThatThrownBy(() -> NewXpRule.of("n".repeat(129), "e", 1)).hasMessageStartingWith("name");
    assertThatThrownBy(() -> NewXpRule.of(null, "e", 1)).hasMessageStartingWith("name");
    for (String bad : new String[] {"", "Lesson", "a..b", ".a", "a.", "a-b", "1a", "a.1b", "e".repeat(129)}) {
      assertThatThrownBy(() -> NewXpRule.of("n", bad, 1)).as(bad).isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("eventName");
    }
    assertThat(WireForms.of(NewXpRule.of("n", "e".repeat(128), 1))).containsKey("event_name");
    assertThatThrownBy(() -> NewXpRule.of("n", "e", 0)).hasMessageStartingWith("xpAmount");
    assertThatThrownBy(() -> NewXpRule.of("n", "e", -5)).hasMessageStartingWith("xpAmount");
    assertThatThrownBy(() -> NewXpRule.of("n", "e", 1).maxPerDay(0)).hasMessageStartingWith("maxPerDay");
    assertThatThrownBy(() -> NewXpRule.of("n", "e", 1).cooldownSeconds(-1)).hasMessageStartingWith("cooldownSeconds");
  }

  @Test
  void ruleUpdate_sendsOnlyTheChanges_andNullRemovesTheDailyCap() {
    XpRuleUpdate update = XpRuleUpdate.create().xpAmount(30).maxPerDay(null).active(false);
    assertThat(WireForms.of(update)).containsExactly(Map.entry("xp_amount", 30),
        new java.util.AbstractMap.SimpleEntry<>("max_per_day", null), Map.entry("is_active", false));
    // The null goes out as JSON null: that is what removes the cap.
    assertThat(new String(Json.encode(WireForms.of(update)), StandardCharsets.UTF_8)).contains("\"max_per_day\":null");
    assertThat(WireForms.of(XpRuleUpdate.create())).isEmpty();
    assertThatThrownBy(() -> XpRuleUpdate.create().eventName("Bad Name")).hasMessageStartingWith("eventName");
    assertThatThrownBy(() -> XpRuleUpdate.create().name("")).hasMessageStartingWith("name");
    assertThatThrownBy(() -> XpRuleUpdate.create().xpAmount(0)).hasMessageStartingWith("xpAmount");
    assertThatThrownBy(() -> XpRuleUpdate.create().maxPerDay(-1)).hasMessageStartingWith("maxPerDay");
    assertThatThrownBy(() -> XpRuleUpdate.create().cooldownSeconds(-1)).hasMessageStartingWith("cooldownSeconds");
  }

  @Test
  void newGrant_buildsTheBody_andRefusesBadKeysAmountsAndWindows() {
    NewXpGrant grant = NewXpGrant.of("launch_week", 500).startsAt(T).endsAt(T.plusSeconds(60));
    assertThat(WireForms.of(grant)).containsExactly(Map.entry("key", "launch_week"), Map.entry("xp_amount", 500),
        Map.entry("starts_at", "2030-01-01T00:00:00Z"), Map.entry("ends_at", "2030-01-01T00:01:00Z"));
    assertThat(grant.key()).isEqualTo("launch_week");
    for (String bad : new String[] {"", "Launch", "launch-week", "1st", "a.b", "k".repeat(65)}) {
      assertThatThrownBy(() -> NewXpGrant.of(bad, 1)).as(bad).isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("key");
    }
    assertThat(NewXpGrant.of("k".repeat(64), 1).key()).hasSize(64);
    assertThatThrownBy(() -> NewXpGrant.of("k", 0)).hasMessageStartingWith("xpAmount");
    assertThatThrownBy(() -> NewXpGrant.of("k", 1).startsAt(T).endsAt(T)).hasMessageStartingWith("endsAt");
    assertThatThrownBy(() -> NewXpGrant.of("k", 1).endsAt(T).startsAt(T.plusSeconds(1)))
        .hasMessageStartingWith("startsAt");
    assertThatThrownBy(() -> NewXpGrant.of("k", 1).endsAt(null)).isInstanceOf(NullPointerException.class);
  }
}
