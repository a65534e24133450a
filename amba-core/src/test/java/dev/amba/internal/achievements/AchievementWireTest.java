package dev.amba.internal.achievements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amba.achievements.AchievementCriteria;
import dev.amba.achievements.AchievementDefinition;
import dev.amba.achievements.AchievementProgress;
import dev.amba.achievements.AchievementView;
import dev.amba.achievements.CriteriaProgress;
import dev.amba.achievements.CriteriaType;
import dev.amba.internal.Json;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Achievement answers (14.3) decode: unknown fields and types, the older progress names, absent progress. */
class AchievementWireTest {

  private static final String DEFINITION = "\"id\":\"a1\",\"key\":\"k\",\"name\":\"N\",\"description\":null,"
      + "\"icon_url\":\"https://x/i.png\",\"xp_reward\":50,\"criteria\":{\"type\":\"event_count\","
      + "\"event_name\":\"lesson.completed\",\"target_value\":3},\"is_hidden\":true,\"sort_order\":2,"
      + "\"is_active\":true,\"created_at\":\"2030-01-01T00:00:00.123Z\",\"updated_at\":\"2030-01-02T00:00:00Z\"";

  private static <T> T data(String json, java.lang.reflect.Type type) {
    Json.DataEnvelope<T> env = Json.decode(json.getBytes(StandardCharsets.UTF_8),
        Json.parameterized(Json.DataEnvelope.class, type));
    return env.data();
  }

  private static AchievementWire.Achievement one(String fields) {
    return data("{\"data\":{" + fields + "}}", AchievementWire.Achievement.class);
  }

  @Test
  void aDefinition_decodesEveryField_andIgnoresUnknownOnes() {
    AchievementDefinition d = one(DEFINITION + ",\"tier\":\"gold\"").definition();
    assertThat(d).isEqualTo(new AchievementDefinition("a1", "k", "N", null, "https://x/i.png", 50,
        AchievementCriteria.eventCount("lesson.completed", 3), true, 2, true,
        Instant.parse("2030-01-01T00:00:00.123Z"), Instant.parse("2030-01-02T00:00:00Z")));
  }

  @Test
  void aView_readsTheNewerProgressNames_elseTheOlderOnes() {
    AchievementView newer = one(DEFINITION + ",\"unlocked_at\":null,\"progress\":{\"current_value\":2,"
        + "\"target_value\":3,\"current\":1,\"target\":9}").view();
    AchievementView older = one(DEFINITION + ",\"unlocked_at\":\"2030-01-03T00:00:00Z\","
        + "\"progress\":{\"current\":3,\"target\":3}").view();

    assertThat(newer.progress()).isEqualTo(new CriteriaProgress(2, 3));
    assertThat(newer.isUnlocked()).isFalse();
    assertThat(newer.progress().fraction()).isEqualTo(2 / 3.0);
    assertThat(older.progress()).isEqualTo(new CriteriaProgress(3, 3));
    assertThat(older.unlockedAt()).isEqualTo(Instant.parse("2030-01-03T00:00:00Z"));
  }

  /** 4.x core lists achievements without progress (and answers it as a separate list). */
  @Test
  void aViewWithoutProgress_decodesWithNone() {
    assertThat(one(DEFINITION).view().progress()).isNull();
  }

  @Test
  void anUnknownCriteriaType_decodesAsItIs() {
    AchievementDefinition d = one("\"id\":\"a1\",\"key\":\"k\",\"name\":\"N\",\"criteria\":{\"type\":\"login_days\","
        + "\"days\":5,\"target_value\":5}").definition();
    assertThat(d.criteria().type()).isEqualTo(new CriteriaType("login_days"));
    assertThat(d.criteria().targetValue()).isEqualTo(5);
    // Absent flags read as the protocol's defaults.
    assertThat(d.isActive()).isTrue();
    assertThat(d.isHidden()).isFalse();
    assertThat(d.xpReward()).isZero();
  }

  @Test
  void theProgressList_decodes_andInfersUnlockedFromItsTime() {
    List<AchievementWire.ProgressItem> items = data("{\"data\":[{\"achievement_id\":\"a1\",\"key\":\"k\","
        + "\"progress\":0.25,\"unlocked\":false,\"unlocked_at\":null,\"extra\":1},{\"achievement_id\":\"a2\","
        + "\"key\":\"j\",\"progress\":1,\"unlocked_at\":\"2030-01-01T00:00:00Z\"}]}",
        Json.parameterized(List.class, AchievementWire.ProgressItem.class));
    assertThat(items).extracting(AchievementWire.ProgressItem::toPublic).containsExactly(
        new AchievementProgress("a1", "k", 0.25, false, null),
        new AchievementProgress("a2", "j", 1.0, true, Instant.parse("2030-01-01T00:00:00Z")));
  }
}
