package dev.amba.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.internal.WireForms;
import dev.amba.internal.content.Cron;
import dev.amba.internal.content.Slugs;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContentArgumentsTest {

  private static final String LIB = "123e4567-e89b-12d3-a456-426614174000";

  @Test
  void cron_nextTick_followsEachField() {
    Instant t = Instant.parse("2030-01-04T09:00:00Z"); // a Friday
    assertThat(Cron.parse("0 9 * * *").next(t, ZoneOffset.UTC)).isEqualTo(Instant.parse("2030-01-05T09:00:00Z"));
    assertThat(Cron.parse("0 9 * * MON-FRI").next(t, ZoneOffset.UTC)).isEqualTo(Instant.parse("2030-01-07T09:00:00Z"));
    assertThat(Cron.parse("*/20 9-10 * * *").next(t, ZoneOffset.UTC)).isEqualTo(Instant.parse("2030-01-04T09:20:00Z"));
    assertThat(Cron.parse("0 0 1 */3 *").next(t, ZoneOffset.UTC)).isEqualTo(Instant.parse("2030-04-01T00:00:00Z"));
    assertThat(Cron.parse("0 9 * * 0").next(t, ZoneOffset.UTC)).isEqualTo(Instant.parse("2030-01-06T09:00:00Z"));
    assertThat(Cron.parse("0 9 * * 7").next(t, ZoneOffset.UTC)).isEqualTo(Instant.parse("2030-01-06T09:00:00Z"));
    // Both day fields restricted: either matches (the 13th, or a Monday).
    assertThat(Cron.parse("0 9 13 * MON").next(t, ZoneOffset.UTC)).isEqualTo(Instant.parse("2030-01-07T09:00:00Z"));
    assertThat(Cron.parse("0 9 30 2 *").next(t, ZoneOffset.UTC)).as("never").isNull();
    assertThat(Cron.parse("0 9 * * *").atOrAfter(t, ZoneOffset.UTC)).isEqualTo(t);
    assertThat(Cron.parse("0 9 * * *").next(t, ZoneId.of("Asia/Tokyo"))).isEqualTo(Instant.parse("2030-01-05T00:00:00Z"));
  }

  @Test
  void cron_refusesWhatIsNotFiveValidFields() {
    for (String bad : new String[] {null, " ", "* * * *", "* * * * * *", "61 * * * *", "* 24 * * *", "* * 0 * *",
        "* * * 13 *", "* * * * 8", "* * * * MONDAY", "5-1 * * * *", "*/0 * * * *", "a * * * *", "1,,2 * * * *"}) {
      assertThatThrownBy(() -> Cron.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("cron");
    }
  }

  @Test
  void slugs_derivedFromNames() {
    assertThat(Slugs.fromName("Daily Tips")).isEqualTo("daily_tips");
    assertThat(Slugs.fromName("__Hello, World!__")).isEqualTo("hello_world");
    assertThat(Slugs.fromName("365 days")).isEqualTo("l_365_days");
    assertThat(Slugs.fromName("!!!")).isEqualTo("library");
    assertThat(Slugs.fromName("a".repeat(80))).hasSize(64);
  }

  @Test
  void requestValues_checkBeforeSending_andNameTheArgument() {
    assertThatThrownBy(() -> NewContentLibrary.of(" ")).hasMessageContaining("name");
    assertThatThrownBy(() -> NewContentLibrary.of("x").slug("9x")).hasMessageContaining("slug");
    assertThatThrownBy(() -> NewContentItem.of(null)).hasMessageContaining("body");
    assertThatThrownBy(() -> NewContentItem.of("b").tags("")).hasMessageContaining("tags[0]");
    assertThatThrownBy(() -> NewContentItem.of("b").contentKey("Key")).hasMessageContaining("contentKey");
    assertThatThrownBy(() -> NewContentSchedule.of("lib", "n", ScheduleType.WEEKLY)).hasMessageContaining("libraryId");
    assertThatThrownBy(() -> NewContentSchedule.of(LIB, "n", null)).hasMessageContaining("type");
    assertThatThrownBy(() -> NewContentSchedule.of(LIB, "n", ScheduleType.WEEKLY).segmentId("s"))
        .hasMessageContaining("segmentId");
    assertThatThrownBy(() -> ContentScheduleUpdate.create().timezone("Nowhere/Place")).hasMessageContaining("timezone");
    assertThatThrownBy(() -> LibraryQuery.first().limit(0)).hasMessageContaining("limit");
    assertThatThrownBy(() -> BulkContentItem.of("k", "")).hasMessageContaining("body");
  }

  @Test
  void scheduleValues_sendConfigOnlyWhenSet() {
    assertThat(WireForms.of(NewContentSchedule.of(LIB, "n", ScheduleType.WEEKLY))).doesNotContainKey("config");
    assertThat(WireForms.of(NewContentSchedule.of(LIB, "n", ScheduleType.RANDOM).cron("0 * * * *")))
        .containsEntry("config", Map.of("cron", "0 * * * *"));
    assertThat(WireForms.ofUpdate(ContentScheduleUpdate.create().timezone("UTC")))
        .containsEntry("config", Map.of("timezone", "UTC"));
    assertThatThrownBy(() -> WireForms.ofUpdate(ContentScheduleUpdate.create()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(NewContentItem.of("b").title("t")).isEqualTo(NewContentItem.of("b").title("t"));
    assertThat(ScheduleType.RANDOM.needsCron()).isTrue();
    assertThat(ScheduleType.WEEKLY.needsCron()).isFalse();
  }
}
