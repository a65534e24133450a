package dev.amba.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaClient;
import dev.amba.AmbaConfig;
import dev.amba.internal.WireForms;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Group arguments are checked before anything is sent, and the bodies are the documented ones (23.1, 23.2). */
class GroupArgumentsTest {

  private static final String ID = "123e4567-e89b-12d3-a456-426614174000";
  private AmbaClient amba;
  private UserGroups groups;

  @BeforeEach
  void client() {
    amba = AmbaClient.configure(AmbaConfig.builder().projectId("p").clientKey("amb_dev_ck_x1234567")
        .serverKey("amb_dev_sk_x1234567").apiUrl("http://127.0.0.1:1").build());
    groups = amba.asUser("me").groups();
  }

  @AfterEach
  void close() {
    amba.close();
  }

  @Test
  void newGroup_buildsTheDocumentedBody_andChecksEachSetting() {
    assertThat(WireForms.of(NewGroup.named("Chess club").description("d").avatarUrl("https://x/a.png")
        .publicGroup(false).maxMembers(20).metadata(Map.of("level", 3))))
        .containsExactly(Map.entry("name", "Chess club"), Map.entry("description", "d"),
            Map.entry("avatar_url", "https://x/a.png"), Map.entry("is_public", false), Map.entry("max_members", 20),
            Map.entry("metadata", Map.of("level", 3)));
    assertThat(WireForms.of(NewGroup.named("G"))).containsOnlyKeys("name");
    assertThatThrownBy(() -> NewGroup.named(" ")).hasMessageStartingWith("name ");
    assertThatThrownBy(() -> NewGroup.named("n".repeat(129))).hasMessageStartingWith("name ");
    assertThatThrownBy(() -> NewGroup.named("G").description("d".repeat(1025))).hasMessageStartingWith("description ");
    assertThatThrownBy(() -> NewGroup.named("G").avatarUrl("")).hasMessageStartingWith("avatarUrl ");
    assertThatThrownBy(() -> NewGroup.named("G").avatarUrl("u".repeat(2049))).hasMessageStartingWith("avatarUrl ");
    assertThatThrownBy(() -> NewGroup.named("G").maxMembers(0)).hasMessageStartingWith("maxMembers ");
    assertThatThrownBy(() -> NewGroup.named("G").maxMembers(10_001)).hasMessageStartingWith("maxMembers ");
    assertThatThrownBy(() -> NewGroup.named("G").metadata(Map.of("x", Double.NaN))).hasMessageContaining("metadata.x");
    assertThatThrownBy(() -> NewGroup.named("G").metadata(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void metadata_isCopied_soLaterChangesAreNotSent() {
    Map<String, Object> mine = new HashMap<>(Map.of("a", 1));
    NewGroup g = NewGroup.named("G").metadata(mine);
    mine.put("b", 2);
    assertThat(WireForms.of(g).get("metadata")).isEqualTo(Map.of("a", 1));
  }

  @Test
  void groupUpdate_sendsWhatIsSet_clearsAsNull_andEmptyIsRefused() {
    Map<String, Object> body = WireForms.of(GroupUpdate.create().name("N").clearDescription().clearAvatarUrl()
        .publicGroup(true));
    assertThat(body.keySet()).containsExactly("name", "description", "avatar_url", "is_public");
    assertThat(body).containsEntry("description", null).containsEntry("avatar_url", null);
    assertThatThrownBy(() -> groups.update(ID, GroupUpdate.create())).hasMessageStartingWith("update:");
    assertThatThrownBy(() -> amba.groups().update(ID, GroupUpdate.create())).hasMessageStartingWith("update:");
    assertThatThrownBy(() -> groups.update(ID, null)).isInstanceOf(NullPointerException.class).hasMessage("update");
    assertThat(GroupUpdate.create().name("N")).isEqualTo(GroupUpdate.create().name("N"));
  }

  @Test
  void everyGroupPath_takesAUuid_andTheReservedWordsAreNone() {
    assertThatThrownBy(() -> groups.get("mine")).hasMessageStartingWith("groupId ");
    assertThatThrownBy(() -> groups.join("search")).hasMessageStartingWith("groupId ");
    assertThatThrownBy(() -> groups.leave(null)).hasMessageStartingWith("groupId ");
    assertThatThrownBy(() -> groups.getMembers("g")).hasMessageStartingWith("groupId ");
    assertThatThrownBy(() -> groups.getMembers("g", 0, 10)).hasMessageStartingWith("groupId ");
    assertThatThrownBy(() -> groups.delete("..")).hasMessageStartingWith("groupId ");
    assertThatThrownBy(() -> groups.invite("g", "u")).hasMessageStartingWith("groupId ");
    assertThatThrownBy(() -> amba.groups().delete("g")).hasMessageStartingWith("groupId ");
    assertThatThrownBy(() -> amba.groups().members("g")).hasMessageStartingWith("groupId ");
  }

  @Test
  void userIds_roles_pagesAndTheSearchText_areChecked() {
    assertThatThrownBy(() -> groups.invite(ID, "a b")).hasMessageStartingWith("userId ");
    assertThatThrownBy(() -> amba.groups().create(NewGroup.named("G"), "")).hasMessageStartingWith("ownerId ");
    assertThatThrownBy(() -> amba.groups().create(null, "u")).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> amba.groups().setRole(ID, "u", new GroupRole("moderator")))
        .hasMessageStartingWith("role ");
    assertThatThrownBy(() -> amba.groups().setRole(ID, "u", null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> amba.groups().removeMember(ID, "a/b")).hasMessageStartingWith("userId ");
    assertThatThrownBy(() -> groups.search("q", -1, 10)).hasMessageStartingWith("offset ");
    assertThatThrownBy(() -> groups.search("q", 0, 101)).hasMessageStartingWith("limit ");
    assertThatThrownBy(() -> groups.search("q".repeat(129), 0, 10)).hasMessageStartingWith("query ");
    assertThatThrownBy(() -> groups.search(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> amba.groups().list(0, 0)).hasMessageStartingWith("limit ");
    assertThatThrownBy(() -> amba.groups().create(NewGroup.named("G"), "me/x")).hasMessageStartingWith("ownerId ");
  }

  @Test
  void roles_readAnyValue_andKnowWhoMayManage() {
    assertThat(new GroupRole("Owner")).isEqualTo(GroupRole.OWNER);
    assertThat(GroupRole.OWNER.mayManage()).isTrue();
    assertThat(GroupRole.ADMIN.mayManage()).isTrue();
    assertThat(GroupRole.MEMBER.mayManage()).isFalse();
    assertThat(new GroupRole("moderator").mayManage()).isFalse();
    assertThatThrownBy(() -> new GroupRole("")).isInstanceOf(IllegalArgumentException.class);
  }
}
