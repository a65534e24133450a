package dev.amba.internal.leaderboards;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amba.internal.Json;
import dev.amba.leaderboards.LeaderboardDefinition;
import dev.amba.leaderboards.LeaderboardEntry;
import dev.amba.leaderboards.LeaderboardMetric;
import dev.amba.leaderboards.LeaderboardPeriod;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Leaderboard answers decode, the protocol's older shapes (16.3 Alternatives) and unknown values included. */
class LeaderboardWireTest {

  private static <T> T decode(String json, Class<T> type) {
    return Json.decode(json.getBytes(StandardCharsets.UTF_8), type);
  }

  @Test
  void aDefinition_decodes_keepingMetricsAndPeriodsThisSdkDoesNotKnow() {
    LeaderboardDefinition d = decode("{\"id\":\"b1\",\"key\":null,\"name\":\"Coins\",\"metric\":\"coins\","
        + "\"period\":\"yearly\",\"max_entries\":25,\"custom_event\":null,\"is_active\":false,"
        + "\"created_at\":\"2030-01-07T10:00:00.123Z\",\"updated_at\":\"2030-01-07T10:00:00Z\",\"new_field\":[1]}",
        LeaderboardWire.Definition.class).toPublic();

    assertThat(d).isEqualTo(new LeaderboardDefinition("b1", null, "Coins", new LeaderboardMetric("coins"),
        new LeaderboardPeriod("yearly"), 25, null, false, Instant.parse("2030-01-07T10:00:00.123Z"),
        Instant.parse("2030-01-07T10:00:00Z")));
  }

  @Test
  void theAdminDocsStreakLength_readsAsStreak() {
    assertThat(decode("{\"id\":\"b1\",\"name\":\"S\",\"metric\":\"streak_length\"}", LeaderboardWire.Definition.class)
        .toPublic().metric()).isEqualTo(LeaderboardMetric.STREAK);
  }

  @Test
  void a4xCoreDefinition_withoutMetricSizeOrFlag_decodes() {
    LeaderboardDefinition d = decode("{\"id\":\"b1\",\"key\":\"weekly\",\"name\":\"Weekly\",\"period\":\"weekly\","
        + "\"direction\":\"desc\",\"starts_at\":null,\"ends_at\":null}", LeaderboardWire.Definition.class).toPublic();

    assertThat(d.key()).isEqualTo("weekly");
    assertThat(d.metric()).isNull();
    assertThat(d.maxEntries()).isEqualTo(100);
    assertThat(d.isActive()).isTrue();
  }

  @Test
  void anEntry_takesTheProfileFromAppUsers() {
    LeaderboardEntry e = decode("{\"leaderboard_id\":\"b1\",\"app_user_id\":\"u1\",\"rank\":3,\"score\":12.5,"
        + "\"period_start\":\"2030-01-07T00:00:00Z\",\"updated_at\":\"2030-01-07T10:00:00Z\","
        + "\"app_users\":{\"display_name\":\"Ann\",\"avatar_url\":\"https://x/a.png\"},\"extra\":true}",
        LeaderboardWire.Entry.class).toPublic();

    assertThat(e).isEqualTo(new LeaderboardEntry("b1", "u1", 3, 12.5, Instant.parse("2030-01-07T00:00:00Z"),
        Instant.parse("2030-01-07T10:00:00Z"), "Ann", "https://x/a.png"));
    assertThat(e.isRanked()).isTrue();
  }

  @Test
  void a4xCoreEntry_withTheUserAtTheTop_decodes() {
    LeaderboardEntry e = decode("{\"rank\":1,\"user_id\":\"u9\",\"display_name\":\"Bo\",\"avatar_url\":null,"
        + "\"score\":40}", LeaderboardWire.Entry.class).toPublic();

    assertThat(e.appUserId()).isEqualTo("u9");
    assertThat(e.displayName()).isEqualTo("Bo");
    assertThat(e.score()).isEqualTo(40.0);
    assertThat(e.periodStart()).isNull();
  }

  @Test
  void anEntryWithoutARankOrScore_isUnranked_atZero() {
    LeaderboardEntry e = decode("{\"leaderboard_id\":\"b1\",\"app_user_id\":\"u1\",\"rank\":null,"
        + "\"period_start\":null}", LeaderboardWire.Entry.class).toPublic();
    assertThat(e.rank()).isNull();
    assertThat(e.isRanked()).isFalse();
    assertThat(e.score()).isZero();
  }

  @Test
  void aListOfDefinitions_decodesIntoAnUnmodifiableList() {
    List<LeaderboardWire.Definition> wire = Json.decode("[{\"id\":\"a\",\"name\":\"A\",\"metric\":\"xp\"}]"
        .getBytes(StandardCharsets.UTF_8), LeaderboardWire.DEFINITIONS);
    List<LeaderboardDefinition> list = LeaderboardWire.definitions(wire);
    assertThat(list).extracting(LeaderboardDefinition::metric).containsExactly(LeaderboardMetric.XP);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> list.add(null))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
