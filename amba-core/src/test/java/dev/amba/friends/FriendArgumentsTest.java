package dev.amba.friends;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaClient;
import dev.amba.AmbaConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Friend calls refuse bad ids, the acting user's own id and missing values before anything is sent (22.1). */
class FriendArgumentsTest {

  private static final String ID = "123e4567-e89b-12d3-a456-426614174000";
  private AmbaClient amba;
  private UserFriends friends;

  @BeforeEach
  void client() {
    // Nothing listens on port 1: a call that got past its checks would fail with a transport error.
    amba = AmbaClient.configure(AmbaConfig.builder().projectId("p").clientKey("amb_dev_ck_x1234567")
        .serverKey("amb_dev_sk_x1234567").apiUrl("http://127.0.0.1:1").build());
    friends = amba.asUser("me").friends();
  }

  @AfterEach
  void close() {
    amba.close();
  }

  @Test
  void theByUserCalls_refuseTheActingUsersOwnId_andMalformedIds() {
    assertThatThrownBy(() -> friends.sendRequest("me")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("userId ").hasMessageContaining("own id");
    assertThatThrownBy(() -> friends.blockUser("me")).hasMessageStartingWith("userId ");
    assertThatThrownBy(() -> friends.removeFriend("me")).hasMessageStartingWith("userId ");
    assertThatThrownBy(() -> friends.sendRequest(null)).hasMessageStartingWith("userId ");
    assertThatThrownBy(() -> friends.sendRequest("")).hasMessageStartingWith("userId ");
    assertThatThrownBy(() -> friends.blockUser("a b")).hasMessageStartingWith("userId ");
    assertThatThrownBy(() -> friends.removeFriend("x".repeat(129))).hasMessageStartingWith("userId ");
  }

  @Test
  void theRowCalls_takeAFriendshipIdThatIsAUuid() {
    assertThatThrownBy(() -> friends.accept("f1")).hasMessageStartingWith("friendshipId ");
    assertThatThrownBy(() -> friends.reject(null)).hasMessageStartingWith("friendshipId ");
    assertThatThrownBy(() -> friends.block("../x")).hasMessageStartingWith("friendshipId ");
    assertThatThrownBy(() -> friends.unblock(ID + "0")).hasMessageStartingWith("friendshipId ");
    assertThatThrownBy(() -> amba.friends().delete("pending")).hasMessageStartingWith("friendshipId ");
  }

  @Test
  void pendingDirection_andTheAdminQuery_areChecked() {
    assertThatThrownBy(() -> friends.getPending(null)).isInstanceOf(NullPointerException.class).hasMessage("direction");
    assertThatThrownBy(() -> FriendshipQuery.all().status(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> FriendshipQuery.all().userId("a/b")).hasMessageStartingWith("userId ");
    assertThatThrownBy(() -> amba.friends().list(null, 0, 10)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> amba.friends().list(FriendshipQuery.all(), -1, 10)).hasMessageStartingWith("offset ");
    assertThatThrownBy(() -> amba.friends().list(FriendshipQuery.all(), 0, 101)).hasMessageStartingWith("limit ");
    assertThatThrownBy(() -> amba.friends().list(FriendshipQuery.all(), 0, 0)).hasMessageStartingWith("limit ");
    FriendshipQuery q = FriendshipQuery.all().status(FriendshipStatus.BLOCKED).userId("u1");
    assertThat(q).isEqualTo(FriendshipQuery.all().userId("u1").status(FriendshipStatus.BLOCKED));
    assertThat(q.statusFilter()).contains(FriendshipStatus.BLOCKED);
    assertThat(q.userFilter()).contains("u1");
    assertThat(FriendshipQuery.all().statusFilter()).isEmpty();
  }

  @Test
  void statuses_readAnyValue_ignoringCase_butNeverBlank() {
    assertThat(new FriendshipStatus("ACCEPTED")).isEqualTo(FriendshipStatus.ACCEPTED);
    assertThat(new FriendshipStatus("muted").value()).isEqualTo("muted");
    assertThatThrownBy(() -> new FriendshipStatus(" ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void otherThan_isTheOtherParticipant() {
    Friendship f = new Friendship("f", "a", "b", FriendshipStatus.PENDING, null, null, null);
    assertThat(f.otherThan("a")).isEqualTo("b");
    assertThat(f.otherThan("b")).isEqualTo("a");
    assertThatThrownBy(() -> f.otherThan("c")).isInstanceOf(IllegalArgumentException.class);
  }
}
