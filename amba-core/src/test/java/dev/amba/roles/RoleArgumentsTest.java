package dev.amba.roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaClient;
import dev.amba.AmbaConfig;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Role values and calls refuse what 32.3 and the X rules forbid before anything is sent. */
class RoleArgumentsTest {

  private static final String ID = "123e4567-e89b-12d3-a456-426614174000";
  private AmbaClient amba;

  @BeforeEach
  void client() {
    // Nothing listens on port 1: a call that got past its checks would fail with a transport error.
    amba = AmbaClient.configure(AmbaConfig.builder().projectId("p").clientKey("amb_dev_ck_x1234567")
        .serverKey("amb_dev_sk_x1234567").apiUrl("http://127.0.0.1:1").build());
  }

  @AfterEach
  void close() {
    amba.close();
  }

  @Test
  void namesAreKeys_andPermissionsArePrintableWithoutSpaces() {
    assertThat(NewRole.of("mod", "a/b?c", "~")).isEqualTo(NewRole.of("mod", List.of("a/b?c", "~")));
    for (String bad : new String[] {null, "", "Mod", "1mod", "mo-d"}) {
      assertThatThrownBy(() -> NewRole.of(bad)).hasMessageStartingWith("name ");
      assertThatThrownBy(() -> RoleUpdate.create().name(bad)).hasMessageStartingWith("name ");
    }
    for (String bad : new String[] {"", "a b", "é", ".", "..", "x".repeat(129)}) {
      assertThatThrownBy(() -> NewRole.of("mod", bad)).hasMessageStartingWith("permissions ");
      assertThatThrownBy(() -> amba.asUser("me").roles().check(bad)).hasMessageStartingWith("permission ");
    }
    assertThatThrownBy(() -> NewRole.of("mod", Collections.nCopies(101, "p"))).hasMessageStartingWith("permissions ");
    assertThatThrownBy(() -> NewRole.of("mod", (List<String>) null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> NewRole.of("mod").description("x".repeat(1025))).hasMessageStartingWith("description ");
  }

  @Test
  void adminCalls_checkIdsAndUpdates() {
    ProjectRoles roles = amba.roles();
    assertThatThrownBy(() -> roles.assign("a b", ID)).hasMessageStartingWith("userId ");
    assertThatThrownBy(() -> roles.assign("u1", "moderator")).hasMessageStartingWith("roleId ");
    assertThatThrownBy(() -> roles.revoke(null, ID)).hasMessageStartingWith("userId ");
    assertThatThrownBy(() -> roles.delete("x")).hasMessageStartingWith("roleId ");
    assertThatThrownBy(() -> roles.users(null)).hasMessageStartingWith("roleId ");
    assertThatThrownBy(() -> roles.update(ID, RoleUpdate.create())).hasMessageStartingWith("update");
    assertThatThrownBy(() -> roles.create(null)).isInstanceOf(NullPointerException.class);
  }
}
