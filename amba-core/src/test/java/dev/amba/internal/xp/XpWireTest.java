package dev.amba.internal.xp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amba.internal.Json;
import dev.amba.xp.XpBalance;
import dev.amba.xp.XpGrant;
import dev.amba.xp.XpLedgerEntry;
import dev.amba.xp.XpRule;
import dev.amba.xp.XpRuleSummary;
import dev.amba.xp.XpSource;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** XP answers decode: unknown fields ignored, unknown sources kept, older names read when newer ones are absent. */
class XpWireTest {

  private static final Instant T = Instant.parse("2030-01-06T10:00:00.123Z");

  private static <T> T decode(String json, Class<T> type) {
    return Json.decode(json.getBytes(StandardCharsets.UTF_8), type);
  }

  @Test
  void balance_readsTheNewerNames_andIgnoresTheOlderOnesBesideThem() {
    XpBalance b = decode("{\"user_id\":\"u1\",\"total_xp\":350,\"current_level\":3,\"xp_into_level\":50,"
        + "\"xp_to_next_level\":250,\"xp_this_period\":40,\"updated_at\":\"2030-01-06T10:00:00.123Z\","
        + "\"app_user_id\":\"old\",\"level\":9,\"last_xp_at\":\"2020-01-01T00:00:00Z\",\"rank\":7}",
        XpWire.Balance.class).toPublic();
    assertThat(b).isEqualTo(new XpBalance("u1", 350, 3, 50, 250, 40, T));
  }

  @Test
  void balance_fallsBackToTheOlderNames() {
    XpBalance b = decode("{\"app_user_id\":\"u1\",\"total_xp\":120,\"level\":2,\"last_xp_at\":"
        + "\"2030-01-06T10:00:00.123Z\"}", XpWire.Balance.class).toPublic();
    assertThat(b).isEqualTo(new XpBalance("u1", 120, 2, 0, 0, 0, T));
    assertThat(decode("{\"user_id\":\"u2\"}", XpWire.Balance.class).toPublic())
        .isEqualTo(new XpBalance("u2", 0, 1, 0, 0, 0, null));
  }

  @Test
  void ledgerEntry_readsTheRouteFields_andAnUnknownSource() {
    XpLedgerEntry e = decode("{\"id\":\"l1\",\"app_user_id\":\"u1\",\"xp_rule_id\":\"r1\",\"event_name\":"
        + "\"lesson.completed\",\"xp_amount\":20,\"reason\":\"Lesson done\",\"source\":\"quest\","
        + "\"occurred_at\":\"2030-01-06T10:00:00.123Z\",\"extra\":{\"x\":1}}", XpWire.Entry.class).toPublic();
    assertThat(e).isEqualTo(new XpLedgerEntry("l1", "u1", "r1", "lesson.completed", 20, "Lesson done", "quest", T));
  }

  @Test
  void ledgerEntry_readsTheSharedTypesAmount_andTheFourXCoreShape() {
    XpLedgerEntry shared = decode("{\"id\":\"l1\",\"app_user_id\":\"u1\",\"amount\":15,\"reason\":\"grant:k\","
        + "\"source\":\"grant\",\"occurred_at\":\"2030-01-06T10:00:00.123Z\"}", XpWire.Entry.class).toPublic();
    assertThat(shared.xpAmount()).isEqualTo(15);
    assertThat(shared.source()).isEqualTo(XpSource.GRANT);
    XpLedgerEntry core = decode("{\"id\":\"l2\",\"delta\":7,\"reason\":\"achievement:first\",\"source\":"
        + "\"achievement\",\"created_at\":\"2030-01-06T10:00:00.123Z\"}", XpWire.Entry.class).toPublic();
    assertThat(core).isEqualTo(new XpLedgerEntry("l2", null, null, null, 7, "achievement:first", "achievement", T));
    // The newer name wins where both are sent.
    assertThat(decode("{\"xp_amount\":3,\"amount\":4,\"delta\":5,\"occurred_at\":\"2030-01-06T10:00:00.123Z\","
        + "\"created_at\":\"2020-01-01T00:00:00Z\"}", XpWire.Entry.class).toPublic())
        .satisfies(x -> {
          assertThat(x.xpAmount()).isEqualTo(3);
          assertThat(x.occurredAt()).isEqualTo(T);
        });
  }

  @Test
  void rulesAndGrants_decodeAsRecords_withNullCapsAndWindows() {
    XpRule rule = decode("{\"id\":\"r1\",\"name\":\"Lesson\",\"event_name\":\"lesson_completed\",\"xp_amount\":20,"
        + "\"max_per_day\":null,\"cooldown_seconds\":60,\"is_active\":true,\"created_at\":\"2030-01-06T10:00:00.123Z\","
        + "\"updated_at\":\"2030-01-06T10:00:00.123Z\",\"tier\":\"gold\"}", XpRule.class);
    assertThat(rule).isEqualTo(new XpRule("r1", "Lesson", "lesson_completed", 20, null, 60, true, T, T));
    assertThat(decode("{\"id\":\"r1\",\"name\":\"Lesson\",\"event_name\":\"e\",\"xp_amount\":20}",
        XpRuleSummary.class)).isEqualTo(new XpRuleSummary("r1", "Lesson", "e", 20));
    XpGrant grant = decode("{\"id\":\"g1\",\"key\":\"launch\",\"xp_amount\":500,\"starts_at\":null,"
        + "\"ends_at\":\"2030-01-06T10:00:00.123Z\",\"created_at\":\"2030-01-06T10:00:00.123Z\"}", XpGrant.class);
    assertThat(grant).isEqualTo(new XpGrant("g1", "launch", 500, null, T, T));
  }
}
