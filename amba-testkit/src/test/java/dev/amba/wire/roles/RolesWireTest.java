package dev.amba.wire.roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaApiException;
import dev.amba.AmbaConflictException;
import dev.amba.AmbaNotFoundException;
import dev.amba.AmbaUser;
import dev.amba.roles.AssignedRole;
import dev.amba.roles.NewRole;
import dev.amba.roles.PermissionCheck;
import dev.amba.roles.Role;
import dev.amba.roles.RoleMember;
import dev.amba.roles.RoleUpdate;
import dev.amba.roles.UserRole;
import dev.amba.users.UserSummary;
import dev.amba.wire.ManualClock;
import dev.amba.wire.ModuleCalls;
import dev.amba.wire.ProjectPerTest;
import dev.amba.wire.Together;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * 32 over the wire: roles, assignments (201, then 200 with the same row), revokes, exact permission
 * matching, and that a user reads only their own roles. A refused call answers its 4xx and leaves
 * the roles and every user's assignments as they were.
 */
class RolesWireTest {

  static final ManualClock clock = new ManualClock(Instant.parse("2030-07-01T12:00:00Z"));
  @RegisterExtension
  static final ProjectPerTest p = new ProjectPerTest(clock);

  private static final String NONE = "00000000-0000-4000-8000-000000000000";
  private AmbaUser ada;
  private AmbaUser bob;

  @BeforeEach
  void users() {
    ada = p.newUser("Ada");
    bob = p.newUser("Bob");
  }

  private static Role moderator() {
    return p.amba().roles().create(NewRole.of("moderator", "posts:delete", "users:mute").description("Forum"));
  }

  /** The roles and who has each, as an admin reads them. */
  private static List<Object> state() {
    List<Object> all = new java.util.ArrayList<>();
    for (Role r : p.amba().roles().list()) {
      all.add(r);
      all.addAll(p.amba().roles().users(r.id()));
    }
    return all;
  }

  private static void refused(ThrowingCallable call, Class<? extends AmbaApiException> type, String code) {
    List<Object> before = state();
    clock.advance(Duration.ofSeconds(1));
    assertThatThrownBy(call).isInstanceOfSatisfying(type, e -> assertThat(e.code()).isEqualTo(code));
    assertThat(state()).isEqualTo(before);
  }

  private static void refusedRaw(ModuleCalls.Answer answer, int status, String code) {
    assertThat(answer.status()).isEqualTo(status);
    assertThat(answer.code()).isEqualTo(code);
  }

  @Test
  void create_is201_withDistinctPermissions_andANameTakenIs409RoleExists() {
    ModuleCalls.Answer raw = p.raw().admin("POST", "/roles",
        "{\"name\":\"editor\",\"permissions\":[\"a:b\",\"a:b\",\"c\"]}");
    assertThat(raw.status()).isEqualTo(201);
    Role editor = p.amba().roles().list().get(0);
    assertThat(editor.permissions()).containsExactly("a:b", "c");
    assertThat(editor.description()).isNull();
    assertThat(editor.createdAt()).isEqualTo(clock.instant());
    refused(() -> p.amba().roles().create(NewRole.of("editor")), AmbaConflictException.class, "role_exists");
  }

  @Test
  void badNamesAndPermissions_areRefusedBeforeSending_andByTheService() {
    assertThatThrownBy(() -> NewRole.of("Moderator")).hasMessageStartingWith("name ");
    assertThatThrownBy(() -> NewRole.of("mod", "has space")).hasMessageStartingWith("permissions ");
    assertThatThrownBy(() -> NewRole.of("mod", "x".repeat(129))).hasMessageStartingWith("permissions ");
    for (String body : List.of("{\"name\":\"Mod\",\"permissions\":[]}", "{\"name\":\"mod\",\"permissions\":[\"a b\"]}",
        "{\"name\":\"mod\",\"permissions\":[1]}", "{\"name\":\"mod\",\"permissions\":\"a\"}", "{\"name\":\"mod\"}",
        "{\"name\":\"mod\",\"permissions\":[],\"id\":\"x\"}")) {
      refusedRaw(p.raw().admin("POST", "/roles", body), 400, "invalid_input");
    }
    assertThat(p.amba().roles().list()).isEmpty();
  }

  @Test
  void assign_is201_thenRepeated200WithTheSameRow_byAdmin() {
    Role mod = moderator();
    String body = "{\"app_user_id\":\"" + ada.uid() + "\",\"role_id\":\"" + mod.id() + "\"}";
    ModuleCalls.Answer first = p.raw().admin("POST", "/roles/assign", body);
    assertThat(first.status()).isEqualTo(201);
    clock.advance(Duration.ofMinutes(1));
    ModuleCalls.Answer again = p.raw().admin("POST", "/roles/assign", body);
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.data()).isEqualTo(first.data());
    UserRole row = p.amba().roles().assign(ada.uid(), mod.id());
    assertThat(row.id()).isEqualTo(first.data().getString("id"));
    assertThat(row.assignedBy()).isEqualTo("admin");
    assertThat(row.appUserId()).isEqualTo(ada.uid());
    assertThat(row.assignedAt()).isEqualTo(clock.instant().minus(Duration.ofMinutes(1)));
  }

  @Test
  void assignsAtOnce_giveTheRoleOnce() throws Exception {
    Role mod = moderator();
    List<String> ids = Together.run(4, t -> p.amba().roles().assign(ada.uid(), mod.id()).id());
    assertThat(ids).containsOnly(ids.get(0));
    assertThat(p.amba().roles().users(mod.id())).hasSize(1);
  }

  @Test
  void assign_ofAnUnknownUserOrRole_is404_andChangesNothing() {
    Role mod = moderator();
    refused(() -> p.amba().roles().assign("nobody", mod.id()), AmbaNotFoundException.class, "user_not_found");
    refused(() -> p.amba().roles().assign(ada.uid(), NONE), AmbaNotFoundException.class, "not_found");
    assertThatThrownBy(() -> p.amba().roles().assign(ada.uid(), "moderator")).hasMessageStartingWith("roleId ");
    refusedRaw(p.raw().admin("POST", "/roles/assign", "{\"app_user_id\":\"" + ada.uid() + "\"}"), 400, "invalid_input");
  }

  @Test
  void revoke_answersTheAssignmentsId_andWithoutOneIs404() {
    Role mod = moderator();
    UserRole row = p.amba().roles().assign(ada.uid(), mod.id());
    ModuleCalls.Answer raw = p.raw().admin("POST", "/roles/revoke",
        "{\"app_user_id\":\"" + ada.uid() + "\",\"role_id\":\"" + mod.id() + "\"}");
    assertThat(raw.status()).isEqualTo(200);
    assertThat(raw.data().getString("id")).isEqualTo(row.id());
    assertThat(raw.data().getBoolean("deleted")).isTrue();
    assertThat(ada.roles().list()).isEmpty();
    refused(() -> p.amba().roles().revoke(ada.uid(), mod.id()), AmbaNotFoundException.class, "not_found");
    refused(() -> p.amba().roles().revoke(bob.uid(), mod.id()), AmbaNotFoundException.class, "not_found");
  }

  @Test
  void theUsersRoles_permissionsAndChecks_matchExactly_andSeeOnlyTheirOwn() {
    Role mod = moderator();
    clock.advance(Duration.ofSeconds(1));
    Role writer = p.amba().roles().create(NewRole.of("writer", "posts:create", "posts:delete"));
    p.amba().roles().assign(ada.uid(), mod.id());
    clock.advance(Duration.ofSeconds(1));
    p.amba().roles().assign(ada.uid(), writer.id());
    List<AssignedRole> mine = ada.roles().list();
    assertThat(mine).extracting(a -> a.role().name()).containsExactly("moderator", "writer");
    assertThat(mine.get(0).role().permissions()).containsExactly("posts:delete", "users:mute");
    assertThat(mine.get(0).assignment().roleId()).isEqualTo(mod.id());
    assertThat(ada.roles().permissions()).containsExactly("posts:create", "posts:delete", "users:mute");
    assertThat(ada.roles().check("posts:delete")).isEqualTo(new PermissionCheck(true, "posts:delete",
        List.of("moderator", "writer")));
    assertThat(ada.roles().hasPermission("Posts:Delete")).isFalse();
    assertThat(ada.roles().hasPermission("posts:*")).isFalse();
    assertThat(ada.roles().hasPermission("posts")).isFalse();
    assertThat(bob.roles().list()).isEmpty();
    assertThat(bob.roles().permissions()).isEmpty();
    assertThat(bob.roles().check("posts:delete")).isEqualTo(new PermissionCheck(false, "posts:delete", List.of()));
    ModuleCalls.Answer me = p.raw().asUser(ada.uid(), "GET", "/roles/me", null);
    assertThat(me.data().getJsonArray("roles")).hasSize(2);
    assertThat(me.data().getJsonArray("permissions")).hasSize(3);
    assertThat(p.raw().asUser(bob.uid(), "GET", "/roles/me", null).data().getJsonArray("roles")).isEmpty();
  }

  @Test
  void check_encodesThePermission_andRefusesOnesThatBreakTheRule() {
    Role odd = p.amba().roles().create(NewRole.of("odd", "a/b?c#d%e"));
    p.amba().roles().assign(ada.uid(), odd.id());
    assertThat(ada.roles().hasPermission("a/b?c#d%e")).isTrue();
    assertThatThrownBy(() -> ada.roles().check("a b")).hasMessageStartingWith("permission ");
    assertThatThrownBy(() -> ada.roles().check("..")).hasMessageStartingWith("permission ");
    refusedRaw(p.raw().asUser(ada.uid(), "GET", "/roles/check/a%20b", null), 400, "invalid_input");
  }

  @Test
  void update_replacesPermissionsForEveryoneWithTheRole_andRefusedUpdatesChangeNothing() {
    Role mod = moderator();
    p.amba().roles().create(NewRole.of("writer"));
    p.amba().roles().assign(ada.uid(), mod.id());
    clock.advance(Duration.ofSeconds(3));
    Role changed = p.amba().roles().update(mod.id(), RoleUpdate.create().permissions(List.of("posts:pin"))
        .description(null));
    assertThat(changed.permissions()).containsExactly("posts:pin");
    assertThat(changed.description()).isNull();
    assertThat(changed.updatedAt()).isEqualTo(clock.instant());
    assertThat(ada.roles().permissions()).containsExactly("posts:pin");
    refused(() -> p.amba().roles().update(mod.id(), RoleUpdate.create().name("writer")), AmbaConflictException.class,
        "role_exists");
    refused(() -> p.amba().roles().update(NONE, RoleUpdate.create().name("x")), AmbaNotFoundException.class,
        "not_found");
    assertThatThrownBy(() -> p.amba().roles().update(mod.id(), RoleUpdate.create()))
        .isInstanceOf(IllegalArgumentException.class);
    refusedRaw(p.raw().admin("PATCH", "/roles/" + mod.id(), "{\"permissions\":[\"a b\"]}"), 400, "invalid_input");
    assertThat(p.amba().roles().list().get(0)).isEqualTo(changed);
  }

  @Test
  void delete_takesTheRoleFromEveryone_andAnUnknownRoleIs404() {
    Role mod = moderator();
    p.amba().roles().assign(ada.uid(), mod.id());
    p.amba().roles().assign(bob.uid(), mod.id());
    ModuleCalls.Answer raw = p.raw().admin("DELETE", "/roles/" + mod.id(), null);
    assertThat(raw.data().getString("id")).isEqualTo(mod.id());
    assertThat(raw.data().getBoolean("deleted")).isTrue();
    assertThat(ada.roles().list()).isEmpty();
    assertThat(bob.roles().hasPermission("posts:delete")).isFalse();
    Role again = moderator();
    assertThat(p.amba().roles().users(again.id())).isEmpty();
    refused(() -> p.amba().roles().delete(NONE), AmbaNotFoundException.class, "not_found");
    refused(() -> p.amba().roles().users(NONE), AmbaNotFoundException.class, "not_found");
  }

  @Test
  void users_listsWhoHasTheRole_oldestFirst_withTheirDisplayName() {
    Role mod = moderator();
    UserRole first = p.amba().roles().assign(bob.uid(), mod.id());
    clock.advance(Duration.ofSeconds(1));
    UserRole second = p.amba().roles().assign(ada.uid(), mod.id());
    assertThat(p.amba().roles().users(mod.id())).containsExactly(
        new RoleMember(first, new UserSummary(bob.uid(), "Bob", null)),
        new RoleMember(second, new UserSummary(ada.uid(), "Ada", null)));
  }
}
