package dev.amba.internal.friends;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amba.friends.Friendship;
import dev.amba.friends.FriendshipStatus;
import dev.amba.friends.FriendshipView;
import dev.amba.internal.Json;
import dev.amba.users.UserSummary;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Friendship answers decode in the protocol's names and in the 4.x core's (22.3 Alternatives). */
class FriendWireTest {

  private static final Instant T = Instant.parse("2030-01-07T09:00:00.123Z");

  private static FriendWire.Row decode(String json) {
    return Json.decode(json.getBytes(StandardCharsets.UTF_8), FriendWire.Row.class);
  }

  @Test
  void aView_readsTheRowAndBothUsers() {
    FriendshipView v = decode("{\"id\":\"f\",\"requester_id\":\"a\",\"addressee_id\":\"b\",\"status\":\"blocked\","
        + "\"blocked_by\":\"b\",\"created_at\":\"2030-01-07T09:00:00.123Z\",\"updated_at\":\"2030-01-07T09:00:00.123Z\","
        + "\"requester\":{\"id\":\"a\",\"display_name\":\"Ada\",\"avatar_url\":null},"
        + "\"addressee\":{\"id\":\"b\",\"display_name\":null,\"avatar_url\":\"https://x/b.png\"},\"extra\":1}")
        .toView();
    assertThat(v.friendship()).isEqualTo(new Friendship("f", "a", "b", FriendshipStatus.BLOCKED, "b", T, T));
    assertThat(v.requester()).isEqualTo(new UserSummary("a", "Ada", null));
    assertThat(v.addressee()).isEqualTo(new UserSummary("b", null, "https://x/b.png"));
    assertThat(v.otherThan("a")).isEqualTo(v.addressee());
  }

  @Test
  void theCoreNames_userIdFriendIdAndState_areReadWhenTheProtocolsAreAbsent() {
    FriendshipView v = decode("{\"id\":\"f\",\"user_id\":\"a\",\"friend_id\":\"b\",\"state\":\"declined\","
        + "\"created_at\":\"2030-01-07T09:00:00.123Z\"}").toView();
    assertThat(v.friendship()).isEqualTo(new Friendship("f", "a", "b", FriendshipStatus.DECLINED, null, T, T));
    assertThat(v.requester()).isEqualTo(new UserSummary("a", null, null));
    assertThat(v.addressee()).isEqualTo(new UserSummary("b", null, null));
    assertThat(decode("{\"id\":\"f\",\"requester_id\":\"a\",\"addressee_id\":\"b\"}").toFriendship().status())
        .isEqualTo(FriendshipStatus.PENDING);
  }
}
