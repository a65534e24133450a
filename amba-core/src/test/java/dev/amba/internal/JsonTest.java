package dev.amba.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amba.auth.AuthSession;
import dev.amba.events.TrackResult;
import dev.amba.internal.util.PathSegment;
import dev.amba.users.AppUser;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void decodesSnakeCaseEnvelopeIntoRecord() {
    String body = "{\"data\":{\"session_token\":\"t1\",\"refresh_token\":\"r1\",\"unknown\":5,"
        + "\"user\":{\"id\":\"u1\",\"anonymous_id\":\"a1\",\"email\":null,\"display_name\":\"Ada\","
        + "\"properties\":{\"plan\":\"pro\",\"n\":3},\"created_at\":\"2026-01-02T03:04:05Z\"}}}";
    Json.DataEnvelope<AuthSession> env = Json.decode(bytes(body), Json.parameterized(Json.DataEnvelope.class, AuthSession.class));
    AuthSession s = env.data;
    assertThat(s.sessionToken()).isEqualTo("t1");
    assertThat(s.user().anonymousId()).isEqualTo("a1");
    assertThat(s.user().displayName()).isEqualTo("Ada");
    assertThat(s.user().email()).isNull();
    assertThat(s.user().properties()).containsEntry("plan", "pro");
    assertThat(s.user().createdAt()).isEqualTo(Instant.parse("2026-01-02T03:04:05Z"));
    assertThat(s.toString()).doesNotContain("t1").doesNotContain("r1");
  }

  @Test
  void decodesOffsetEnvelope() {
    String body = "{\"data\":[{\"id\":\"a\"},{\"id\":\"b\"}],\"total\":7,\"offset\":2,\"limit\":2}";
    Json.OffsetEnvelope<AppUser> env = Json.decode(bytes(body), Json.parameterized(Json.OffsetEnvelope.class, AppUser.class));
    assertThat(env.data).extracting(AppUser::id).containsExactly("a", "b");
    assertThat(env.total).isEqualTo(7);
    assertThat(env.offset).isEqualTo(2);
  }

  @Test
  void decodesSmallRecord() {
    Json.DataEnvelope<TrackResult> env = Json.decode(bytes("{\"data\":{\"tracked\":3}}"),
        Json.parameterized(Json.DataEnvelope.class, TrackResult.class));
    assertThat(env.data.tracked()).isEqualTo(3);
  }

  @Test
  void encodesMapsKeepingNullsAndOrder() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("display_name", null);
    m.put("properties", Map.of("a", List.of(1, 2)));
    assertThat(new String(Json.encode(m), StandardCharsets.UTF_8))
        .isEqualTo("{\"display_name\":null,\"properties\":{\"a\":[1,2]}}");
  }

  /** A caller's own row type: its integers mean what the caller says, negatives included. */
  public record Reading(String id, int delta, long at) {}

  @Test
  void answerIntegers_areExactNonNegativeAndInRange_butCallerRowsAreLeftAlone() {
    java.lang.reflect.Type count = Json.parameterized(Json.DataEnvelope.class, TrackResult.class);
    assertThat(Json.<Json.DataEnvelope<TrackResult>>decode(bytes("{\"data\":{\"tracked\":2.0}}"), count).data.tracked())
        .isEqualTo(2);
    for (String bad : List.of("2.5", "-1", "3000000000", "\"2\"", "1e400000")) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> Json.decode(bytes("{\"data\":{\"tracked\":" + bad + "}}"), count))
          .isInstanceOf(WireIntegers.NotAnInteger.class).hasMessageContaining("\"data.tracked\"");
    }
    java.lang.reflect.Type rows = Json.parameterized(Json.CursorEnvelope.class, Reading.class);
    assertThat(WireIntegers.applies(rows)).isFalse();
    Json.CursorEnvelope<Reading> page = Json.decode(bytes("{\"data\":[{\"id\":\"r\",\"delta\":-5,\"at\":-1}]}"), rows);
    assertThat(page.data.get(0).delta()).isEqualTo(-5);
  }

  /**
   * The check reads the answer as a stream and skips what holds no SDK integer; what follows a
   * skipped value (rows without integers, nested objects, unknown keys) is still checked.
   */
  @Test
  void answerIntegers_areCheckedAfterSkippedValues_andInsideListsOfSdkRows() {
    java.lang.reflect.Type users = Json.parameterized(Json.OffsetEnvelope.class, dev.amba.users.AppUser.class);
    String rows = "[{\"id\":\"u1\",\"properties\":{\"visits\":-3,\"nested\":[1,{\"x\":[]}]}},{\"id\":\"u2\"}]";
    Json.OffsetEnvelope<dev.amba.users.AppUser> page = Json.decode(
        bytes("{\"unknown\":{\"a\":[1,2]},\"data\":" + rows + ",\"total\":2,\"offset\":0,\"limit\":50}"), users);
    assertThat(page.data).hasSize(2);
    assertThat(page.total).isEqualTo(2);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Json.decode(
            bytes("{\"data\":" + rows + ",\"total\":2,\"offset\":0.5,\"limit\":50}"), users))
        .isInstanceOf(WireIntegers.NotAnInteger.class).hasMessageContaining("\"offset\"");

    java.lang.reflect.Type results = Json.parameterized(Json.DataEnvelope.class,
        Json.parameterized(List.class, TrackResult.class));
    assertThat(Json.<Json.DataEnvelope<List<TrackResult>>>decode(
        bytes("{\"data\":[{\"tracked\":1},{\"tracked\":2}]}"), results).data).hasSize(2);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Json.decode(
            bytes("{\"data\":[{\"tracked\":1},{\"skip\":{\"deep\":[[]]},\"tracked\":-2}]}"), results))
        .isInstanceOf(WireIntegers.NotAnInteger.class).hasMessageContaining("\"data[1].tracked\"");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Json.decode(bytes("{\"data\":[{\"tracked\":1}"), results))
        .isInstanceOf(jakarta.json.bind.JsonbException.class);
  }

  @Test
  void encode_refusesAnUnpairedSurrogate_namingItsPath() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("events", List.of(Map.of("n", 1), Map.of("properties", Map.of("tags", List.of("ok", "x\uDC00")))));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Json.encode(body))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("\"events[1].properties.tags[1]\" has an unpaired UTF-16 surrogate (U+DC00 at index 1), "
            + "which UTF-8 cannot carry");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Json.encode(Map.of("k\uD800", 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("a key in the JSON has");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Json.encode("\uD800"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("a string has");
    assertThat(new String(Json.encode(Map.of("e", "\uD83D\uDE00")), StandardCharsets.UTF_8)).isEqualTo("{\"e\":\"\uD83D\uDE00\"}");
  }

  @Test
  void pathSegment_refusesDotsAndUnpairedSurrogates_namingTheArgument() {
    for (String bad : List.of(".", "..", "", "a\uD800", "\uDC00b")) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> PathSegment.encode(bad, "key"))
          .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("key ");
    }
    assertThat(PathSegment.encode("a.b", "key")).isEqualTo("a.b");
    assertThat(PathSegment.encode("...", "key")).isEqualTo("...");
    assertThat(PathSegment.encode("\uD83D\uDE00", "key")).isEqualTo("%F0%9F%98%80");
  }
}
