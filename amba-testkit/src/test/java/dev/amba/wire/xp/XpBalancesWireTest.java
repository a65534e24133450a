package dev.amba.wire.xp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaNotFoundException;
import dev.amba.AmbaUser;
import dev.amba.events.Event;
import dev.amba.testkit.RecordedRequest;
import dev.amba.xp.NewXpGrant;
import dev.amba.xp.NewXpRule;
import dev.amba.xp.XpBalance;
import dev.amba.xp.XpLedgerEntry;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Balances (13.4 #1 the level curve, #4 the week's XP), the history and the admin views of them. */
class XpBalancesWireTest {

  @RegisterExtension
  static final XpFixture fixture = new XpFixture();
  @RegisterExtension
  final XpFixture.Project p = fixture.new Project();

  private int grants;

  /** Credits exactly {@code amount} through a grant of its own. */
  private void credit(AmbaUser user, int amount) {
    String key = "grant_" + ++grants;
    p.amba.xp().createGrant(NewXpGrant.of(key, amount));
    user.xp().claim(key);
  }

  @Test
  void aUserWithoutXp_isAtZero_levelOne() {
    AmbaUser user = p.newUser();
    XpBalance expected = new XpBalance(user.uid(), 0, 1, 0, 100, 0, null);
    assertThat(user.xp().balance()).isEqualTo(expected);
    assertThat(p.amba.xp().balance(user.uid())).isEqualTo(expected);
    assertThat(user.xp().history().toList()).isEmpty();
    assertThat(p.amba.xp().balances().toList()).isEmpty();
  }

  @Test
  void levelL_startsAt50TimesLTimesLMinusOne_withTheProgressIntoIt() {
    AmbaUser user = p.newUser();
    // Totals 99, 100, 299, 300, 600, 1000, 1500: each side of the first level boundaries.
    int[] steps = {99, 1, 199, 1, 300, 400, 500};
    long[][] expected = {{1, 99, 1}, {2, 0, 200}, {2, 199, 1}, {3, 0, 300}, {4, 0, 400}, {5, 0, 500}, {6, 0, 600}};
    long total = 0;
    for (int i = 0; i < steps.length; i++) {
      credit(user, steps[i]);
      total += steps[i];
      XpBalance b = user.xp().balance();
      assertThat(new long[] {b.currentLevel(), b.xpIntoLevel(), b.xpToNextLevel()}).as("at " + total)
          .containsExactly(expected[i]);
      assertThat(b.totalXp()).isEqualTo(total);
    }
    // One level_up per rise, each with the level it rose from.
    List<Map<String, Object>> ups = new ArrayList<>();
    p.events(user.uid(), "level_up").forEach(e -> ups.add(e.properties()));
    Collections.reverse(ups);
    assertThat(ups).containsExactly(lvl(2, 1), lvl(3, 2), lvl(4, 3), lvl(5, 4), lvl(6, 5));
  }

  private static Map<String, Object> lvl(int level, int previous) {
    return Map.of("level", new BigDecimal(level), "previous_level", new BigDecimal(previous));
  }

  @Test
  void xpThisPeriod_countsTheWeekSinceMondayUtc_andRestartsLazilyNextWeek() {
    AmbaUser user = p.newUser();
    p.amba.xp().createRule(NewXpRule.of("Play", "played", 10));
    fixture.advanceTo(DayOfWeek.SUNDAY, LocalTime.of(23, 59, 59));
    user.events().track("played");
    user.events().track("played");
    assertThat(user.xp().balance().xpThisPeriod()).isEqualTo(20);

    fixture.clock.advance(Duration.ofSeconds(1));
    // Monday 00:00 UTC: a new week, before any credit in it.
    XpBalance monday = user.xp().balance();
    assertThat(monday.xpThisPeriod()).isZero();
    assertThat(monday.totalXp()).isEqualTo(20);
    assertThat(p.amba.xp().balance(user.uid()).xpThisPeriod()).isZero();
    assertThat(p.amba.xp().balances().toList()).singleElement().satisfies(b -> assertThat(b.xpThisPeriod()).isZero());

    user.events().track("played");
    assertThat(user.xp().balance()).extracting(XpBalance::xpThisPeriod, XpBalance::totalXp).containsExactly(10L, 30L);
    fixture.advanceTo(DayOfWeek.SUNDAY, LocalTime.of(12, 0));
    user.events().track("played");
    assertThat(user.xp().balance().xpThisPeriod()).isEqualTo(20);
    // Two weeks on, still lazily zero; the total never moves.
    fixture.clock.advance(Duration.ofDays(14));
    assertThat(user.xp().balance()).extracting(XpBalance::xpThisPeriod, XpBalance::totalXp).containsExactly(0L, 40L);
  }

  @Test
  void theBalance_isSentUnderTheNewerAndTheOlderNames() throws Exception {
    AmbaUser user = p.newUser();
    credit(user, 120);
    JsonObject data = p.raw("GET", p.admin("/xp/users/" + user.uid()), null).body().getJsonObject("data");
    assertThat(data.getString("user_id")).isEqualTo(user.uid()).isEqualTo(data.getString("app_user_id"));
    assertThat(data.getInt("current_level")).isEqualTo(2).isEqualTo(data.getInt("level"));
    assertThat(data.getString("updated_at")).isEqualTo(data.getString("last_xp_at")).endsWith(".000Z");
    assertThat(java.time.Instant.parse(data.getString("updated_at"))).isEqualTo(fixture.clock.instant());
    assertThat(data.getInt("total_xp")).isEqualTo(120);
  }

  @Test
  void adminBalance_ofAUserOutsideTheProject_is404() {
    AmbaUser user = p.newUser();
    try (XpFixture.Project other = fixture.new Project()) {
      assertThatThrownBy(() -> other.amba.xp().balance(user.uid()))
          .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> assertThat(e.code()).isEqualTo("not_found"));
    }
    assertThatThrownBy(() -> p.amba.xp().balance("nobody"))
        .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> assertThat(e.code()).isEqualTo("not_found"));
  }

  @Test
  void balances_listEveryEarner_highestTotalFirst_pagedLazily() {
    List<AmbaUser> users = new ArrayList<>();
    for (int i = 0; i < 105; i++) {
      users.add(p.newUser());
    }
    for (int i = 0; i < users.size(); i++) {
      credit(users.get(i), 1 + (i * 37) % 101);
    }
    // A user who never earned XP is not listed.
    p.newUser();
    fixture.emulator.clearRecordedRequests();
    List<XpBalance> all = p.amba.xp().balances().toList();
    assertThat(all).hasSize(105);
    assertThat(all.get(0).totalXp()).isEqualTo(101);
    assertThat(all).extracting(XpBalance::userId).doesNotHaveDuplicates();
    assertThat(all).extracting(XpBalance::totalXp).isSortedAccordingTo(Collections.reverseOrder());
    assertThat(fixture.emulator.recordedRequests()).extracting(RecordedRequest::path)
        .allMatch(path -> path.contains("/xp/users?")).hasSize(2);
    // Nothing is fetched before the stream is read, and a short read fetches one page.
    fixture.emulator.clearRecordedRequests();
    assertThat(p.amba.xp().balances().limit(3).toList()).hasSize(3);
    assertThat(fixture.emulator.recordedRequests()).hasSize(1);
  }

  @Test
  void history_isNewestFirst_andPagedLazily() {
    AmbaUser user = p.newUser();
    p.amba.xp().createRule(NewXpRule.of("Step", "step", 1));
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      events.add(Event.of("step"));
    }
    user.events().track(events);
    credit(user, 500);
    fixture.emulator.clearRecordedRequests();
    List<XpLedgerEntry> history = user.xp().history().toList();
    assertThat(history).hasSize(61);
    assertThat(history.get(0).reason()).startsWith("grant:");
    assertThat(history.subList(1, 61)).allMatch(e -> e.xpAmount() == 1 && e.reason().equals("Step"));
    assertThat(history).extracting(XpLedgerEntry::id).doesNotHaveDuplicates();
    assertThat(fixture.emulator.recordedRequests()).extracting(RecordedRequest::path)
        .containsExactly("/v1/client/xp/history?limit=50&offset=0", "/v1/client/xp/history?limit=50&offset=50");
    assertThat(history.stream().mapToLong(XpLedgerEntry::xpAmount).sum()).isEqualTo(user.xp().balance().totalXp());
  }
}
