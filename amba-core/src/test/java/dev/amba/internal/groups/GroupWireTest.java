package dev.amba.internal.groups;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amba.groups.Group;
import dev.amba.groups.GroupMember;
import dev.amba.groups.GroupMemberView;
import dev.amba.groups.GroupMembership;
import dev.amba.groups.GroupRole;
import dev.amba.internal.Json;
import dev.amba.users.UserSummary;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Group answers decode, with the 4.x core's {@code created_by} and {@code user_id} (23.3 Alternatives). */
class GroupWireTest {

  private static final Instant T = Instant.parse("2030-01-07T09:00:00.123Z");

  private static <W> W decode(String json, Class<W> type) {
    return Json.decode(json.getBytes(StandardCharsets.UTF_8), type);
  }

  @Test
  void aGroup_readsEveryField_andTheCoresCreatedByForTheOwner() {
    Group g = decode("{\"id\":\"g\",\"name\":\"Chess\",\"description\":null,\"avatar_url\":\"https://x\","
        + "\"owner_id\":\"a\",\"is_public\":false,\"max_members\":20,\"metadata\":{\"level\":3},\"member_count\":2,"
        + "\"created_at\":\"2030-01-07T09:00:00.123Z\",\"updated_at\":\"2030-01-07T09:00:00.123Z\"}",
        GroupWire.Row.class).toPublic();
    assertThat(g).isEqualTo(new Group("g", "Chess", null, "https://x", "a", false, 20, Map.of("level", 3L), 2, T, T));
    assertThat(g.isFull()).isFalse();
    Group old = decode("{\"id\":\"g\",\"name\":\"Chess\",\"created_by\":\"a\"}", GroupWire.Row.class).toPublic();
    assertThat(old.ownerId()).isEqualTo("a");
    assertThat(old.isPublic()).isTrue();
    assertThat(old.maxMembers()).isEqualTo(100);
    assertThat(old.metadata()).isEmpty();
  }

  @Test
  void aMember_readsAppUserIdOrUserId_andItsProfile() {
    GroupMemberView v = decode("{\"id\":\"m\",\"group_id\":\"g\",\"app_user_id\":\"a\",\"role\":\"admin\","
        + "\"joined_at\":\"2030-01-07T09:00:00.123Z\",\"app_users\":{\"display_name\":\"Ada\",\"avatar_url\":null}}",
        GroupWire.Member.class).toView();
    assertThat(v.member()).isEqualTo(new GroupMember("m", "g", "a", GroupRole.ADMIN, T));
    assertThat(v.user()).isEqualTo(new UserSummary("a", "Ada", null));
    GroupMember old = decode("{\"group_id\":\"g\",\"user_id\":\"b\",\"role\":\"member\"}", GroupWire.Member.class)
        .toMember();
    assertThat(old.userId()).isEqualTo("b");
    assertThat(decode("{\"app_user_id\":\"c\",\"role\":\"moderator\"}", GroupWire.Member.class).toView().member()
        .role()).isEqualTo(new GroupRole("moderator"));
  }

  @Test
  void mine_readsTheRoleAndTheGroup() {
    GroupMembership m = decode("{\"role\":\"owner\",\"groups\":{\"id\":\"g\",\"name\":\"Chess\",\"owner_id\":\"a\","
        + "\"member_count\":1}}", GroupWire.Mine.class).toPublic();
    assertThat(m.role()).isEqualTo(GroupRole.OWNER);
    assertThat(m.group().memberCount()).isEqualTo(1);
  }
}
