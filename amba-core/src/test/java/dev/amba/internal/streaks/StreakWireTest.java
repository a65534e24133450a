package dev.amba.internal.streaks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amba.internal.Json;
import dev.amba.streaks.StreakDefinition;
import dev.amba.streaks.StreakPeriod;
import dev.amba.streaks.StreakStatus;
import dev.amba.streaks.UserStreak;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Streak answers decode into the SDK's records: unknown fields ignored, unknown values kept, older names read. */
class StreakWireTest {

  private static UserStreak row(String json) {
    return Json.<StreakWire.Row>decode(json.getBytes(StandardCharsets.UTF_8), StreakWire.Row.class).toPublic();
  }

  @Test
  void aDefinition_decodesWithEveryField_andUnknownPeriodsKept() {
    String json = "{\"id\":\"d1\",\"key\":\"daily_play\",\"name\":\"Daily\",\"description\":null,"
        + "\"qualifying_event\":\"session.completed\",\"period\":\"monthly\",\"grace_period_hours\":3,"
        + "\"freeze_enabled\":true,\"max_freezes\":2,\"freezes_per_n_events\":null,"
        + "\"created_at\":\"2030-01-01T00:00:00.123Z\",\"updated_at\":\"2030-01-02T00:00:00Z\",\"tier\":\"gold\"}";
    StreakDefinition d = Json.<StreakWire.Definition>decode(json.getBytes(StandardCharsets.UTF_8),
        StreakWire.Definition.class).toPublic();
    assertThat(d).isEqualTo(new StreakDefinition("d1", "daily_play", "Daily", null, "session.completed",
        new StreakPeriod("monthly"), 3, true, 2, null, Instant.parse("2030-01-01T00:00:00.123Z"),
        Instant.parse("2030-01-02T00:00:00Z")));
  }

  @Test
  void aDefinition_missingOptionalSettings_takesTheDocumentedDefaults() {
    StreakDefinition d = Json.<StreakWire.Definition>decode(
        "{\"id\":\"d1\",\"key\":\"k\",\"name\":\"N\",\"qualifying_event\":\"e\"}".getBytes(StandardCharsets.UTF_8),
        StreakWire.Definition.class).toPublic();
    assertThat(d.period()).isEqualTo(StreakPeriod.DAILY);
    assertThat(d.gracePeriodHours()).isZero();
    assertThat(d.freezeEnabled()).isFalse();
    assertThat(d.maxFreezes()).isEqualTo(1);
    assertThat(d.freezesPerNEvents()).isNull();
  }

  @Test
  void freezesPerNEvents_readsItsWireName() {
    StreakDefinition d = Json.<StreakWire.Definition>decode(("{\"id\":\"d1\",\"freezes_per_n_events\":7,"
        + "\"freezes_per_nevents\":9}").getBytes(StandardCharsets.UTF_8), StreakWire.Definition.class).toPublic();
    assertThat(d.freezesPerNEvents()).isEqualTo(7);
  }

  @Test
  void aUserStreak_decodesTheFlatShape_ignoringTheNestedObjectAndUnknownFields() {
    UserStreak s = row("{\"id\":\"r1\",\"streak_definition_id\":\"d1\",\"key\":\"daily_play\",\"name\":\"Daily\","
        + "\"current_count\":4,\"longest_count\":9,\"last_qualified_at\":\"2030-01-04T10:00:00.5Z\","
        + "\"current_period_start\":\"2030-01-04T00:00:00Z\",\"freezes_remaining\":1,\"status\":\"frozen\","
        + "\"updated_at\":\"2030-01-04T10:00:00.5Z\",\"streak_definitions\":{\"name\":\"Old name\","
        + "\"qualifying_event\":\"e\",\"period\":\"daily\"},\"badge\":{\"x\":1}}");
    assertThat(s).isEqualTo(new UserStreak("r1", "d1", "daily_play", "Daily", 4, 9,
        Instant.parse("2030-01-04T10:00:00.5Z"), Instant.parse("2030-01-04T00:00:00Z"), 1, StreakStatus.FROZEN,
        Instant.parse("2030-01-04T10:00:00.5Z")));
  }

  @Test
  void aUserStreak_readsThe4xCoreNames_whenTheNewerOnesAreAbsent() {
    UserStreak s = row("{\"id\":\"r1\",\"current_length\":5,\"longest_length\":12,"
        + "\"last_qualified_on\":\"2030-01-04\",\"status\":\"at_risk\","
        + "\"streak_definitions\":{\"name\":\"Daily\",\"qualifying_event\":\"e\",\"period\":\"daily\"}}");
    assertThat(s.currentCount()).isEqualTo(5);
    assertThat(s.longestCount()).isEqualTo(12);
    assertThat(s.lastQualifiedAt()).isEqualTo(Instant.parse("2030-01-04T00:00:00Z"));
    assertThat(s.status()).isEqualTo(StreakStatus.AT_RISK);
    assertThat(s.name()).isEqualTo("Daily");
    assertThat(s.freezesRemaining()).isZero();
  }

  @Test
  void newerNames_winOverOlderOnes_andUnknownStatusesAreKept() {
    UserStreak s = row("{\"current_count\":2,\"current_length\":7,\"longest_count\":3,\"longest_length\":8,"
        + "\"last_qualified_at\":\"2030-01-05T08:00:00Z\",\"last_qualified_on\":\"2030-01-01\","
        + "\"status\":\"paused\"}");
    assertThat(s.currentCount()).isEqualTo(2);
    assertThat(s.longestCount()).isEqualTo(3);
    assertThat(s.lastQualifiedAt()).isEqualTo(Instant.parse("2030-01-05T08:00:00Z"));
    assertThat(s.status()).isEqualTo(new StreakStatus("paused"));
    assertThat(s.status().toString()).isEqualTo("paused");
  }

  @Test
  void anUnreadableOlderDate_isLeftOut_notAFailure() {
    assertThat(row("{\"last_qualified_on\":\"yesterday\"}").lastQualifiedAt()).isNull();
  }
}
