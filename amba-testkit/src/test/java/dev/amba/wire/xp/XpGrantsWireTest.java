package dev.amba.wire.xp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaConflictException;
import dev.amba.AmbaNotFoundException;
import dev.amba.AmbaUser;
import dev.amba.xp.NewXpGrant;
import dev.amba.xp.XpGrant;
import dev.amba.xp.XpLedgerEntry;
import dev.amba.xp.XpSource;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Grants (13.2) and their claims (13.1, 13.4 #6): once per user, only inside the window. */
class XpGrantsWireTest {

  @RegisterExtension
  static final XpFixture fixture = new XpFixture();
  @RegisterExtension
  final XpFixture.Project p = fixture.new Project();

  @Test
  void createGrant_answersTheGrant_andAKeyTakenIs409GrantExists() {
    Instant now = fixture.clock.instant();
    XpGrant open = p.amba.xp().createGrant(NewXpGrant.of("welcome", 50));
    assertThat(open).extracting(XpGrant::key, XpGrant::xpAmount, XpGrant::startsAt, XpGrant::endsAt, XpGrant::createdAt)
        .containsExactly("welcome", 50, null, null, now);
    XpGrant windowed = p.amba.xp().createGrant(NewXpGrant.of("launch_week", 500).startsAt(now.plusSeconds(60))
        .endsAt(now.plus(Duration.ofDays(7))));
    assertThat(windowed.startsAt()).isEqualTo(now.plusSeconds(60));
    assertThat(p.amba.xp().grants()).containsExactly(open, windowed);
    assertThatThrownBy(() -> p.amba.xp().createGrant(NewXpGrant.of("welcome", 1)))
        .isInstanceOfSatisfying(AmbaConflictException.class, e -> assertThat(e.code()).isEqualTo("grant_exists"));
    // Keys are per project.
    try (XpFixture.Project other = fixture.new Project()) {
      assertThat(other.amba.xp().createGrant(NewXpGrant.of("welcome", 1)).key()).isEqualTo("welcome");
      assertThat(p.amba.xp().grants()).hasSize(2);
    }
  }

  @Test
  void theEmulatorRefusesAWindowThatEndsBeforeItStarts() throws Exception {
    XpFixture.Raw bad = p.raw("POST", p.admin("/xp/grants"), "{\"key\":\"k\",\"xp_amount\":1,"
        + "\"starts_at\":\"2030-02-01T00:00:00Z\",\"ends_at\":\"2030-02-01T00:00:00Z\"}");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body().getJsonObject("error").getString("code")).isEqualTo("invalid_input");
    assertThat(bad.body().getJsonObject("error").getJsonObject("details").getJsonArray("fields")
        .getJsonObject(0).getString("path")).isEqualTo("ends_at");
    assertThat(p.raw("POST", p.admin("/xp/grants"), "{\"key\":\"Bad Key\",\"xp_amount\":0}").status()).isEqualTo(400);
    assertThat(p.amba.xp().grants()).isEmpty();
  }

  @Test
  void claim_creditsOnce_201WithTheLedgerEntry_thenAlreadyClaimed() throws Exception {
    p.amba.xp().createGrant(NewXpGrant.of("welcome", 150));
    AmbaUser user = p.newUser();
    XpLedgerEntry entry = user.xp().claim("welcome");
    assertThat(entry).extracting(XpLedgerEntry::userId, XpLedgerEntry::xpRuleId, XpLedgerEntry::eventName,
        XpLedgerEntry::xpAmount, XpLedgerEntry::reason, XpLedgerEntry::source, XpLedgerEntry::occurredAt)
        .containsExactly(user.uid(), null, null, 150, "grant:welcome", XpSource.GRANT, fixture.clock.instant());
    assertThat(user.xp().history().toList()).containsExactly(entry);
    assertThat(user.xp().balance().totalXp()).isEqualTo(150);
    assertThatThrownBy(() -> user.xp().claim("welcome"))
        .isInstanceOfSatisfying(AmbaConflictException.class, e -> assertThat(e.code()).isEqualTo("already_claimed"));
    assertThat(user.xp().balance().totalXp()).isEqualTo(150);
    // Once per user: another user claims the same grant.
    assertThat(p.newUser().xp().claim("welcome").xpAmount()).isEqualTo(150);
    // The claim answers 201, and its events list and count like tracked ones.
    assertThat(p.newUser().xp().claim("welcome").source()).isEqualTo(XpSource.GRANT);
    assertThat(p.events(user.uid(), "xp_awarded")).singleElement().satisfies(e -> assertThat(e.properties())
        .containsEntry("amount", new BigDecimal(150)).containsEntry("source", "grant").containsEntry("rule_id", null));
    assertThat(p.events(user.uid(), "level_up")).singleElement()
        .satisfies(e -> assertThat(e.properties()).isEqualTo(Map.of("level", new BigDecimal(2),
            "previous_level", new BigDecimal(1))));
    assertThat(p.count(null, "xp_awarded")).isEqualTo(3);
  }

  @Test
  void claim_answers201_onTheWire() throws Exception {
    p.amba.xp().createGrant(NewXpGrant.of("welcome", 5));
    AmbaUser user = p.newUser();
    XpFixture.Raw raw = p.rawAs(user.uid(), "POST", "/v1/client/xp/grants/welcome/claim", null);
    assertThat(raw.status()).isEqualTo(201);
    assertThat(raw.body().getJsonObject("data").getInt("xp_amount")).isEqualTo(5);
    assertThat(raw.body().getJsonObject("data").getString("app_user_id")).isEqualTo(user.uid());
  }

  @Test
  void claim_ofNoSuchGrant_is404GrantNotFound_evenAnotherProjectsKey() {
    AmbaUser user = p.newUser();
    assertThatThrownBy(() -> user.xp().claim("nothing_here"))
        .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> assertThat(e.code()).isEqualTo("grant_not_found"));
    try (XpFixture.Project other = fixture.new Project()) {
      other.amba.xp().createGrant(NewXpGrant.of("theirs", 10));
      assertThatThrownBy(() -> user.xp().claim("theirs"))
          .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> assertThat(e.code()).isEqualTo("grant_not_found"));
    }
  }

  @Test
  void claim_onlyFromStartsAt_untilEndsAt() {
    Instant now = fixture.clock.instant();
    p.amba.xp().createGrant(NewXpGrant.of("weekend", 20).startsAt(now.plusSeconds(60)).endsAt(now.plusSeconds(120)));
    AmbaUser early = p.newUser();
    AmbaUser onTime = p.newUser();
    AmbaUser late = p.newUser();
    assertThatThrownBy(() -> early.xp().claim("weekend"))
        .isInstanceOfSatisfying(AmbaConflictException.class, e -> assertThat(e.code()).isEqualTo("grant_inactive"));
    fixture.clock.advance(Duration.ofSeconds(60));
    assertThat(onTime.xp().claim("weekend").xpAmount()).isEqualTo(20);
    fixture.clock.advance(Duration.ofSeconds(59));
    assertThat(early.xp().claim("weekend").xpAmount()).isEqualTo(20);
    fixture.clock.advance(Duration.ofSeconds(1));
    assertThatThrownBy(() -> late.xp().claim("weekend"))
        .isInstanceOfSatisfying(AmbaConflictException.class, e -> assertThat(e.code()).isEqualTo("grant_inactive"));
    // A claim made in time stays claimed after the window closes.
    assertThatThrownBy(() -> onTime.xp().claim("weekend"))
        .isInstanceOfSatisfying(AmbaConflictException.class, e -> assertThat(e.code()).isEqualTo("already_claimed"));
    assertThat(late.xp().balance().totalXp()).isZero();
  }
}
