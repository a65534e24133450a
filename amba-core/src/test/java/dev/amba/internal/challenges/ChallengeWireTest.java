package dev.amba.internal.challenges;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amba.challenges.ChallengeDefinition;
import dev.amba.challenges.ChallengeParticipant;
import dev.amba.challenges.ChallengeProgress;
import dev.amba.challenges.ChallengeStatus;
import dev.amba.challenges.ChallengeSummary;
import dev.amba.challenges.ChallengeView;
import dev.amba.challenges.GoalType;
import dev.amba.challenges.UserChallenge;
import dev.amba.challenges.UserChallengeWithDefinition;
import dev.amba.internal.Json;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Challenge answers (15.3) decode: unknown fields, statuses and goal types, and the 4.x core's window names. */
class ChallengeWireTest {

  private static final Instant START = Instant.parse("2030-01-01T00:00:00Z");
  private static final Instant END = Instant.parse("2030-01-08T00:00:00Z");
  private static final String ENTRY = "\"id\":\"e1\",\"app_user_id\":\"u1\",\"challenge_id\":\"c1\",\"progress\":4,"
      + "\"status\":\"completed\",\"completed_at\":\"2030-01-02T00:00:00Z\",\"claimed_at\":null,"
      + "\"created_at\":\"2030-01-01T00:00:00Z\",\"updated_at\":\"2030-01-02T00:00:00Z\"";

  private static <T> T data(String json, Class<T> type) {
    Json.DataEnvelope<T> env = Json.decode(json.getBytes(StandardCharsets.UTF_8),
        Json.parameterized(Json.DataEnvelope.class, type));
    return env.data();
  }

  @Test
  void aDefinition_decodesEveryField_andIgnoresUnknownOnes() {
    ChallengeDefinition d = data("{\"data\":{\"id\":\"c1\",\"key\":null,\"name\":\"Sprint\",\"description\":\"d\","
        + "\"start_at\":\"2030-01-01T00:00:00Z\",\"end_at\":\"2030-01-08T00:00:00Z\",\"goal_type\":\"event_count\","
        + "\"goal_value\":5,\"goal_event\":\"run\",\"streak_definition_id\":null,\"reward_xp\":10,"
        + "\"reward_achievement_id\":\"a1\",\"is_active\":false,\"created_at\":\"2030-01-01T00:00:00Z\","
        + "\"updated_at\":\"2030-01-01T00:00:00Z\",\"banner\":\"x\"}}", ChallengeWire.Challenge.class).definition();
    assertThat(d).isEqualTo(new ChallengeDefinition("c1", null, "Sprint", "d", START, END, GoalType.EVENT_COUNT, 5,
        "run", null, 10, "a1", false, START, START));
  }

  @Test
  void aView_readsTheUsersStanding_andUnknownValuesAsTheyAre() {
    ChallengeView v = data("{\"data\":{\"id\":\"c1\",\"key\":\"k\",\"name\":\"N\",\"start_at\":\"2030-01-01T00:00:00Z\","
        + "\"end_at\":\"2030-01-08T00:00:00Z\",\"goal_type\":\"distance_run\",\"goal_value\":5,\"reward_xp\":0,"
        + "\"user_progress\":2,\"user_status\":\"paused\",\"user_completed_at\":null,\"is_joined\":true}}",
        ChallengeWire.Challenge.class).view();
    assertThat(v.goalType()).isEqualTo(new GoalType("distance_run"));
    assertThat(v.userStatus()).isEqualTo(new ChallengeStatus("paused"));
    assertThat(v.userProgress()).isEqualTo(2);
    assertThat(v.isJoined()).isTrue();
  }

  /** 4.x core: {@code starts_at}/{@code ends_at} (decode aliases); the newer names win when both are there. */
  @Test
  void theOlderWindowNames_areReadWhenTheNewerAreAbsent() {
    ChallengeView older = data("{\"data\":{\"id\":\"c1\",\"key\":\"k\",\"name\":\"N\","
        + "\"starts_at\":\"2030-01-01T00:00:00Z\",\"ends_at\":\"2030-01-08T00:00:00Z\"}}",
        ChallengeWire.Challenge.class).view();
    ChallengeDefinition both = data("{\"data\":{\"id\":\"c1\",\"start_at\":\"2030-01-01T00:00:00Z\","
        + "\"starts_at\":\"2031-01-01T00:00:00Z\",\"end_at\":\"2030-01-08T00:00:00Z\"}}",
        ChallengeWire.Challenge.class).definition();
    assertThat(older.startAt()).isEqualTo(START);
    assertThat(older.endAt()).isEqualTo(END);
    assertThat(older.isJoined()).isFalse();
    assertThat(older.userStatus()).isNull();
    assertThat(both.startAt()).isEqualTo(START);
    assertThat(both.isActive()).isTrue();
  }

  @Test
  void entries_decodeWithTheirDefinition_orTheirProfile() {
    UserChallenge entry = new UserChallenge("e1", "u1", "c1", 4, ChallengeStatus.COMPLETED,
        Instant.parse("2030-01-02T00:00:00Z"), null, START, Instant.parse("2030-01-02T00:00:00Z"));
    UserChallengeWithDefinition mine = data("{\"data\":{" + ENTRY + ",\"challenge_definitions\":{\"name\":\"N\","
        + "\"description\":null,\"goal_type\":\"xp_earned\",\"goal_value\":4,\"starts_at\":\"2030-01-01T00:00:00Z\","
        + "\"end_at\":\"2030-01-08T00:00:00Z\",\"reward_xp\":3}}}", ChallengeWire.Entry.class).withDefinition();
    ChallengeParticipant participant = data("{\"data\":{" + ENTRY + ",\"app_users\":{\"display_name\":\"Ada\","
        + "\"avatar_url\":null}}}", ChallengeWire.Entry.class).participant();

    assertThat(mine).isEqualTo(new UserChallengeWithDefinition(entry,
        new ChallengeSummary("N", null, GoalType.XP_EARNED, 4, START, END, 3)));
    assertThat(participant).isEqualTo(new ChallengeParticipant(entry, "Ada", null));
    assertThat(data("{\"data\":{" + ENTRY + "}}", ChallengeWire.Entry.class).withDefinition().definition()).isNull();
  }

  @Test
  void progress_decodes_andInfersFlagsFromTheirTimes() {
    ChallengeProgress p = data("{\"data\":{\"challenge_id\":\"c1\",\"progress\":0.5,\"completed\":false,"
        + "\"claimed\":false,\"completed_at\":null,\"claimed_at\":null}}", ChallengeWire.Progress.class).toPublic();
    ChallengeProgress inferred = data("{\"data\":{\"challenge_id\":\"c1\",\"progress\":1,"
        + "\"completed_at\":\"2030-01-02T00:00:00Z\",\"claimed_at\":\"2030-01-03T00:00:00Z\"}}",
        ChallengeWire.Progress.class).toPublic();
    assertThat(p).isEqualTo(new ChallengeProgress("c1", 0.5, false, false, null, null));
    assertThat(inferred.completed()).isTrue();
    assertThat(inferred.claimed()).isTrue();
  }
}
