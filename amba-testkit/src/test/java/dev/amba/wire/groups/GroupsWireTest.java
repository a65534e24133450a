package dev.amba.wire.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaApiException;
import dev.amba.AmbaBadRequestException;
import dev.amba.AmbaConflictException;
import dev.amba.AmbaNotFoundException;
import dev.amba.AmbaPermissionException;
import dev.amba.AmbaUser;
import dev.amba.OffsetPage;
import dev.amba.groups.Group;
import dev.amba.groups.GroupMember;
import dev.amba.groups.GroupMemberView;
import dev.amba.groups.GroupRole;
import dev.amba.groups.GroupUpdate;
import dev.amba.groups.NewGroup;
import dev.amba.users.UserSummary;
import dev.amba.wire.ManualClock;
import dev.amba.wire.ModuleCalls;
import dev.amba.wire.ProjectPerTest;
import dev.amba.wire.Together;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Groups over the wire (23): one owner at all times, roles, capacity, private groups, ownership
 * transfer and the member paths; every refusal answers its documented 4xx and leaves the group and
 * its members as they were.
 */
class GroupsWireTest {

  static final ManualClock clock = new ManualClock(Instant.parse("2030-01-07T09:00:00Z"));
  @RegisterExtension
  static final ProjectPerTest p = new ProjectPerTest(clock);

  private AmbaUser ada;
  private AmbaUser bob;
  private AmbaUser cy;

  @BeforeEach
  void users() {
    ada = p.newUser("Ada");
    bob = p.newUser("Bob");
    cy = p.newUser("Cy");
  }


  /** The group and its members as an admin reads them. */
  private record Snapshot(Group group, List<GroupMemberView> members) {}

  private static Snapshot snapshot(String groupId) {
    Group g = p.amba().groups().list().filter(x -> x.id().equals(groupId)).findFirst().orElse(null);
    return new Snapshot(g, g == null ? List.of() : p.amba().groups().members(groupId).toList());
  }

  /** The call fails with {@code type} and {@code code}, and the group and its members did not change. */
  private static void refused(String groupId, ThrowingCallable call, Class<? extends AmbaApiException> type,
      String code) {
    Snapshot before = snapshot(groupId);
    clock.advance(Duration.ofSeconds(1));
    assertThatThrownBy(call).isInstanceOfSatisfying(type, e -> assertThat(e.code()).isEqualTo(code));
    assertThat(snapshot(groupId)).isEqualTo(before);
  }

  private static List<String> memberIds(String groupId) {
    return p.amba().groups().members(groupId).map(v -> v.member().userId()).toList();
  }

  private static List<GroupRole> roles(String groupId) {
    return p.amba().groups().members(groupId).map(v -> v.member().role()).toList();
  }

  // ---------------------------------------------------------------- create, mine, get, search

  @Test
  void create_makesTheCallerItsOwner_inTheSameStep_withTheDefaults() {
    ModuleCalls.Answer raw = p.raw().asUser(ada.uid(), "POST", "/groups", "{\"name\":\"Chess club\"}");
    assertThat(raw.status()).isEqualTo(201);
    String id = raw.data().getString("id");
    Group g = ada.groups().get(id);
    assertThat(g).isEqualTo(new Group(id, "Chess club", null, null, ada.uid(), true, 100, Map.of(), 1,
        clock.instant(), clock.instant()));
    assertThat(ada.groups().getMine()).singleElement().satisfies(m -> {
      assertThat(m.role()).isEqualTo(GroupRole.OWNER);
      assertThat(m.group()).isEqualTo(g);
    });
    assertThat(ada.groups().getMembers(id).toList()).singleElement().satisfies(v -> {
      assertThat(v.member().role()).isEqualTo(GroupRole.OWNER);
      assertThat(v.user()).isEqualTo(new UserSummary(ada.uid(), "Ada", "https://img/Ada.png"));
    });
  }

  @Test
  void create_keepsEverySetting_andRefusesABadBody() {
    Group g = ada.groups().create(NewGroup.named("Club").description("d").avatarUrl("https://img/c.png")
        .publicGroup(false).maxMembers(5).metadata(Map.of("tier", "gold")));
    assertThat(g).extracting(Group::description, Group::avatarUrl, Group::isPublic, Group::maxMembers, Group::metadata)
        .containsExactly("d", "https://img/c.png", false, 5, Map.of("tier", "gold"));
    ModuleCalls.Answer bad = p.raw().asUser(ada.uid(), "POST", "/groups",
        "{\"name\":\" \",\"max_members\":0,\"metadata\":[1],\"owner_id\":\"x\"}");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.code()).isEqualTo("invalid_input");
    assertThat(bad.fieldPaths()).contains("name", "max_members", "owner_id");
    assertThat(ada.groups().getMine()).hasSize(1);
  }

  @Test
  void getMine_listsEveryGroupWithTheRole_inTheOrderJoined() {
    Group first = bob.groups().create(NewGroup.named("Zeta"));
    Group second = ada.groups().create(NewGroup.named("Alpha"));
    ada.groups().join(first.id());
    assertThat(ada.groups().getMine()).extracting(m -> m.group().name(), m -> m.role().value())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Alpha", "owner"),
            org.assertj.core.groups.Tuple.tuple("Zeta", "member"));
    assertThat(cy.groups().getMine()).isEmpty();
    assertThat(second.memberCount()).isEqualTo(1);
  }

  @Test
  void get_ofAPrivateGroup_is404ToAnOutsider_andReadableByItsMembers() {
    Group g = ada.groups().create(NewGroup.named("Secret").publicGroup(false));
    refused(g.id(), () -> bob.groups().get(g.id()), AmbaNotFoundException.class, "not_found");
    ada.groups().invite(g.id(), bob.uid());
    assertThat(bob.groups().get(g.id()).memberCount()).isEqualTo(2);
    Group open = ada.groups().create(NewGroup.named("Open"));
    assertThat(cy.groups().get(open.id()).name()).isEqualTo("Open");
    refused(g.id(), () -> cy.groups().get("00000000-0000-0000-0000-000000000000"), AmbaNotFoundException.class,
        "not_found");
  }

  @Test
  void search_findsPublicGroupsByName_anyCase_likeCharactersLiterally_byName_paged() {
    ada.groups().create(NewGroup.named("Chess Club"));
    ada.groups().create(NewGroup.named("chess masters"));
    ada.groups().create(NewGroup.named("Secret chess").publicGroup(false));
    ada.groups().create(NewGroup.named("Go club"));
    ada.groups().create(NewGroup.named("100% chess"));
    ada.groups().create(NewGroup.named("100 chess"));
    assertThat(bob.groups().search("CHESS").map(Group::name))
        .containsExactly("100 chess", "100% chess", "Chess Club", "chess masters");
    assertThat(bob.groups().search("0%").map(Group::name)).containsExactly("100% chess");
    assertThat(bob.groups().search("_").toList()).isEmpty();
    assertThat(bob.groups().search("").count()).isEqualTo(5);
    OffsetPage<Group> page = bob.groups().search("chess", 1, 2);
    assertThat(page.total()).isEqualTo(4);
    assertThat(page.items()).extracting(Group::name).containsExactly("100% chess", "Chess Club");
    ModuleCalls.Answer defaults = p.raw().asUser(bob.uid(), "GET", "/groups/search", null);
    assertThat(defaults.json().getInt("limit")).isEqualTo(20);
    assertThat(defaults.json().getInt("total")).isEqualTo(5);
  }

  // ---------------------------------------------------------------- join, leave

  @Test
  void join_ofAPublicGroup_is201AsMember_andAgain200WithTheSameRow() {
    Group g = ada.groups().create(NewGroup.named("Open"));
    ModuleCalls.Answer first = p.raw().asUser(bob.uid(), "POST", "/groups/" + g.id() + "/join", null);
    assertThat(first.status()).isEqualTo(201);
    assertThat(first.data().getString("role")).isEqualTo("member");
    assertThat(first.data().getString("app_user_id")).isEqualTo(bob.uid());
    assertThat(first.data().getString("group_id")).isEqualTo(g.id());
    ModuleCalls.Answer again = p.raw().asUser(bob.uid(), "POST", "/groups/" + g.id() + "/join", null);
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.data()).isEqualTo(first.data());
    assertThat(ada.groups().get(g.id()).memberCount()).isEqualTo(2);
    assertThat(ada.groups().join(g.id()).role()).isEqualTo(GroupRole.OWNER);
  }

  @Test
  void join_ofAPrivateGroup_is403GroupPrivate() {
    Group g = ada.groups().create(NewGroup.named("Secret").publicGroup(false));
    refused(g.id(), () -> bob.groups().join(g.id()), AmbaPermissionException.class, "group_private");
  }

  @Test
  void join_ofAFullGroup_is409GroupFull_butAMemberStillGetsItsRow() {
    Group g = ada.groups().create(NewGroup.named("Pair").maxMembers(2));
    GroupMember bobs = bob.groups().join(g.id());
    refused(g.id(), () -> cy.groups().join(g.id()), AmbaConflictException.class, "group_full");
    assertThat(bob.groups().join(g.id())).isEqualTo(bobs);
    assertThat(ada.groups().get(g.id()).isFull()).isTrue();
  }

  @Test
  void join_ofAGroupTheProjectDoesNotHave_is404NotFound() {
    assertThatThrownBy(() -> bob.groups().join("00000000-0000-0000-0000-000000000000"))
        .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> assertThat(e.code()).isEqualTo("not_found"));
    assertThat(p.raw().asUser(bob.uid(), "POST", "/groups/mine/join", null).status()).isEqualTo(404);
  }

  @Test
  void leave_removesTheMembership_andCountsIt() {
    Group g = ada.groups().create(NewGroup.named("Open"));
    GroupMember m = bob.groups().join(g.id());
    ModuleCalls.Answer raw = p.raw().asUser(bob.uid(), "POST", "/groups/" + g.id() + "/leave", null);
    assertThat(raw.status()).isEqualTo(200);
    assertThat(raw.data().getString("id")).isEqualTo(m.id());
    assertThat(raw.data().getBoolean("deleted")).isTrue();
    assertThat(memberIds(g.id())).containsExactly(ada.uid());
    assertThat(ada.groups().get(g.id()).memberCount()).isEqualTo(1);
    assertThat(bob.groups().getMine()).isEmpty();
  }

  @Test
  void leave_byTheOwner_is400OwnerCannotLeave() {
    Group g = ada.groups().create(NewGroup.named("Open"));
    refused(g.id(), () -> ada.groups().leave(g.id()), AmbaBadRequestException.class, "owner_cannot_leave");
  }

  @Test
  void leave_byANonMember_is404NotAMember_andOfNoGroup404NotFound() {
    Group g = ada.groups().create(NewGroup.named("Open"));
    refused(g.id(), () -> bob.groups().leave(g.id()), AmbaNotFoundException.class, "not_a_member");
    refused(g.id(), () -> bob.groups().leave("00000000-0000-0000-0000-000000000000"), AmbaNotFoundException.class,
        "not_found");
  }

  // ---------------------------------------------------------------- members

  @Test
  void members_ofAPublicGroup_areReadableByAnyone_inTheOrderJoined_paged_withTheirProfiles() {
    Group g = ada.groups().create(NewGroup.named("Open"));
    bob.groups().join(g.id());
    cy.groups().join(g.id());
    OffsetPage<GroupMemberView> page = p.newUser("Dee").groups().getMembers(g.id(), 1, 1);
    assertThat(page.total()).isEqualTo(3);
    assertThat(page.items()).singleElement().satisfies(v -> {
      assertThat(v.member().userId()).isEqualTo(bob.uid());
      assertThat(v.member().role()).isEqualTo(GroupRole.MEMBER);
      assertThat(v.user().displayName()).isEqualTo("Bob");
    });
    ModuleCalls.Answer raw = p.raw().asUser(cy.uid(), "GET", "/groups/" + g.id() + "/members", null);
    assertThat(raw.json().getInt("limit")).isEqualTo(50);
    assertThat(raw.json().getJsonArray("data").getJsonObject(0).getJsonObject("app_users").getString("display_name"))
        .isEqualTo("Ada");
  }

  @Test
  void members_ofAPrivateGroup_are403NotAMemberToAnOutsider() {
    Group g = ada.groups().create(NewGroup.named("Secret").publicGroup(false));
    refused(g.id(), () -> bob.groups().getMembers(g.id()).toList(), AmbaPermissionException.class, "not_a_member");
    ModuleCalls.Answer raw = p.raw().asUser(bob.uid(), "GET", "/groups/" + g.id() + "/members", null);
    assertThat(raw.status()).isEqualTo(403);
    assertThat(raw.json().toString()).doesNotContain(ada.uid());
    ada.groups().invite(g.id(), bob.uid());
    assertThat(bob.groups().getMembers(g.id()).count()).isEqualTo(2);
    assertThatThrownBy(() -> bob.groups().getMembers("00000000-0000-0000-0000-000000000000").toList())
        .isInstanceOf(AmbaNotFoundException.class);
  }

  // ---------------------------------------------------------------- update, delete, invite (roles)

  @Test
  void update_byTheOwnerOrAnAdmin_changesWhatIsSet() {
    Group g = ada.groups().create(NewGroup.named("Open").description("d"));
    clock.advance(Duration.ofSeconds(10));
    Group changed = ada.groups().update(g.id(), GroupUpdate.create().name("Renamed").clearDescription()
        .metadata(Map.of("k", 1)));
    assertThat(changed).extracting(Group::name, Group::description, Group::metadata, Group::updatedAt)
        .containsExactly("Renamed", null, Map.of("k", 1L), clock.instant());
    bob.groups().join(g.id());
    p.amba().groups().setRole(g.id(), bob.uid(), GroupRole.ADMIN);
    assertThat(bob.groups().update(g.id(), GroupUpdate.create().publicGroup(false)).isPublic()).isFalse();
  }

  @Test
  void update_byAMember_orAnOutsiderOfAPublicGroup_is403ForbiddenRole_ofAPrivateOne404() {
    Group g = ada.groups().create(NewGroup.named("Open"));
    bob.groups().join(g.id());
    refused(g.id(), () -> bob.groups().update(g.id(), GroupUpdate.create().name("Mine")), AmbaPermissionException.class,
        "forbidden_role");
    refused(g.id(), () -> cy.groups().update(g.id(), GroupUpdate.create().name("Mine")), AmbaPermissionException.class,
        "forbidden_role");
    Group secret = ada.groups().create(NewGroup.named("Secret").publicGroup(false));
    refused(secret.id(), () -> cy.groups().update(secret.id(), GroupUpdate.create().name("Mine")),
        AmbaNotFoundException.class, "not_found");
  }

  @Test
  void update_ofMaxMembersBelowTheMemberCount_is400InvalidInput() {
    Group g = ada.groups().create(NewGroup.named("Open"));
    bob.groups().join(g.id());
    cy.groups().join(g.id());
    refused(g.id(), () -> ada.groups().update(g.id(), GroupUpdate.create().maxMembers(2)),
        AmbaBadRequestException.class, "invalid_input");
    refused(g.id(), () -> p.amba().groups().update(g.id(), GroupUpdate.create().maxMembers(1)),
        AmbaBadRequestException.class, "invalid_input");
    assertThat(ada.groups().update(g.id(), GroupUpdate.create().maxMembers(3)).isFull()).isTrue();
    ModuleCalls.Answer owner = p.raw().asUser(ada.uid(), "PATCH", "/groups/" + g.id(), "{\"owner_id\":\"" + bob.uid()
        + "\"}");
    assertThat(owner.status()).isEqualTo(400);
    assertThat(ada.groups().get(g.id()).ownerId()).isEqualTo(ada.uid());
  }

  @Test
  void delete_isForTheOwnerAlone_andTakesTheMembershipsWithIt() {
    Group g = ada.groups().create(NewGroup.named("Open"));
    bob.groups().join(g.id());
    cy.groups().join(g.id());
    p.amba().groups().setRole(g.id(), bob.uid(), GroupRole.ADMIN);
    refused(g.id(), () -> bob.groups().delete(g.id()), AmbaPermissionException.class, "forbidden_role");
    refused(g.id(), () -> cy.groups().delete(g.id()), AmbaPermissionException.class, "forbidden_role");
    ModuleCalls.Answer raw = p.raw().asUser(ada.uid(), "DELETE", "/groups/" + g.id(), null);
    assertThat(raw.status()).isEqualTo(200);
    assertThat(raw.data().getString("id")).isEqualTo(g.id());
    assertThat(raw.data().getBoolean("deleted")).isTrue();
    assertThat(bob.groups().getMine()).isEmpty();
    assertThatThrownBy(() -> cy.groups().get(g.id())).isInstanceOf(AmbaNotFoundException.class);
    assertThat(p.amba().groups().list().toList()).isEmpty();
  }

  @Test
  void invite_byTheOwnerOrAnAdmin_addsToAPrivateGroup_201_andAMemberAlready200() {
    Group g = ada.groups().create(NewGroup.named("Secret").publicGroup(false));
    ModuleCalls.Answer raw = p.raw().asUser(ada.uid(), "POST", "/groups/" + g.id() + "/invite",
        "{\"user_id\":\"" + bob.uid() + "\"}");
    assertThat(raw.status()).isEqualTo(201);
    assertThat(raw.data().getString("role")).isEqualTo("member");
    ModuleCalls.Answer again = p.raw().asUser(ada.uid(), "POST", "/groups/" + g.id() + "/invite",
        "{\"user_id\":\"" + bob.uid() + "\"}");
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.data()).isEqualTo(raw.data());
    p.amba().groups().setRole(g.id(), bob.uid(), GroupRole.ADMIN);
    assertThat(bob.groups().invite(g.id(), cy.uid()).userId()).isEqualTo(cy.uid());
    assertThat(memberIds(g.id())).containsExactly(ada.uid(), bob.uid(), cy.uid());
  }

  @Test
  void invite_byAMember_is403ForbiddenRole_ofAnUnknownUser404_andIntoAFullGroup409() {
    Group g = ada.groups().create(NewGroup.named("Trio").maxMembers(3));
    bob.groups().join(g.id());
    AmbaUser dee = p.newUser("Dee");
    refused(g.id(), () -> bob.groups().invite(g.id(), dee.uid()), AmbaPermissionException.class, "forbidden_role");
    refused(g.id(), () -> ada.groups().invite(g.id(), "00000000-0000-0000-0000-000000000000"),
        AmbaNotFoundException.class, "user_not_found");
    ada.groups().invite(g.id(), cy.uid());
    refused(g.id(), () -> ada.groups().invite(g.id(), dee.uid()), AmbaConflictException.class, "group_full");
    assertThat(ada.groups().invite(g.id(), cy.uid()).role()).isEqualTo(GroupRole.MEMBER);
  }

  // ---------------------------------------------------------------- isolation (M1)

  @Test
  void anOutsider_withAPrivateGroupsId_getsNoDataFromAnyRoute() {
    Group g = ada.groups().create(NewGroup.named("Secret").publicGroup(false).metadata(Map.of("code", "secret_code")));
    ada.groups().invite(g.id(), bob.uid());
    String id = g.id();
    refused(id, () -> cy.groups().get(id), AmbaNotFoundException.class, "not_found");
    refused(id, () -> cy.groups().getMembers(id, 0, 10), AmbaPermissionException.class, "not_a_member");
    refused(id, () -> cy.groups().update(id, GroupUpdate.create().name("x")), AmbaNotFoundException.class, "not_found");
    refused(id, () -> cy.groups().delete(id), AmbaNotFoundException.class, "not_found");
    refused(id, () -> cy.groups().invite(id, cy.uid()), AmbaNotFoundException.class, "not_found");
    refused(id, () -> cy.groups().join(id), AmbaPermissionException.class, "group_private");
    refused(id, () -> cy.groups().leave(id), AmbaNotFoundException.class, "not_a_member");
    assertThat(cy.groups().getMine()).isEmpty();
    assertThat(cy.groups().search("Secret").toList()).isEmpty();
    for (String path : List.of("", "/members")) {
      ModuleCalls.Answer raw = p.raw().asUser(cy.uid(), "GET", "/groups/" + id + path, null);
      assertThat(raw.json().toString()).doesNotContain("secret_code").doesNotContain(ada.uid())
          .doesNotContain(bob.uid());
    }
  }

  // ---------------------------------------------------------------- admin (23.2)

  @Test
  void adminCreate_makesTheNamedUserOwner_andAnUnknownOwnerIs404UserNotFound() {
    Group g = p.amba().groups().create(NewGroup.named("Staff").publicGroup(false), bob.uid());
    assertThat(g.ownerId()).isEqualTo(bob.uid());
    assertThat(g.memberCount()).isEqualTo(1);
    assertThat(bob.groups().getMine()).singleElement().satisfies(m -> assertThat(m.role()).isEqualTo(GroupRole.OWNER));
    assertThatThrownBy(() -> p.amba().groups().create(NewGroup.named("X"), "00000000-0000-0000-0000-000000000000"))
        .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> assertThat(e.code()).isEqualTo("user_not_found"));
    ModuleCalls.Answer noOwner = p.raw().admin("POST", "/groups", "{\"name\":\"X\"}");
    assertThat(noOwner.status()).isEqualTo(400);
    assertThat(noOwner.fieldPaths()).containsExactly("owner_id");
    assertThat(p.amba().groups().list().toList()).hasSize(1);
  }

  @Test
  void adminList_isEveryGroupByName_withItsMemberCount_paged() {
    Group b = ada.groups().create(NewGroup.named("Beta").publicGroup(false));
    Group a = bob.groups().create(NewGroup.named("Alpha"));
    cy.groups().join(a.id());
    assertThat(p.amba().groups().list().map(g -> g.name() + ":" + g.memberCount())).containsExactly("Alpha:2",
        "Beta:1");
    OffsetPage<Group> page = p.amba().groups().list(1, 1);
    assertThat(page.total()).isEqualTo(2);
    assertThat(page.items()).extracting(Group::id).containsExactly(b.id());
  }

  @Test
  void adminUpdateAndDelete_actOnAnyGroup() {
    Group g = ada.groups().create(NewGroup.named("Open"));
    bob.groups().join(g.id());
    assertThat(p.amba().groups().update(g.id(), GroupUpdate.create().name("Renamed")).name()).isEqualTo("Renamed");
    p.amba().groups().delete(g.id());
    assertThat(bob.groups().getMine()).isEmpty();
    assertThatThrownBy(() -> p.amba().groups().delete(g.id())).isInstanceOf(AmbaNotFoundException.class);
    assertThatThrownBy(() -> p.amba().groups().members(g.id()).toList()).isInstanceOf(AmbaNotFoundException.class);
  }

  @Test
  void setRole_owner_transfersOwnership_theOldOwnerBecomingAdmin_exactlyOneOwnerAlways() {
    Group g = ada.groups().create(NewGroup.named("Open"));
    bob.groups().join(g.id());
    GroupMember bobs = p.amba().groups().setRole(g.id(), bob.uid(), GroupRole.OWNER);
    assertThat(bobs.role()).isEqualTo(GroupRole.OWNER);
    assertThat(roles(g.id())).containsExactly(GroupRole.ADMIN, GroupRole.OWNER);
    assertThat(ada.groups().get(g.id()).ownerId()).isEqualTo(bob.uid());
    // The new owner deletes, the old one may now leave.
    assertThatThrownBy(() -> ada.groups().delete(g.id())).isInstanceOf(AmbaPermissionException.class);
    ada.groups().leave(g.id());
    assertThat(roles(g.id())).containsExactly(GroupRole.OWNER);
    assertThat(p.amba().groups().setRole(g.id(), bob.uid(), GroupRole.OWNER)).isEqualTo(bobs);
  }

  @Test
  void setRole_thatWouldLeaveNoOwner_is400OwnerRequired() {
    Group g = ada.groups().create(NewGroup.named("Open"));
    refused(g.id(), () -> p.amba().groups().setRole(g.id(), ada.uid(), GroupRole.MEMBER), AmbaBadRequestException.class,
        "owner_required");
    ModuleCalls.Answer bad = p.raw().admin("PATCH", "/groups/" + g.id() + "/members/" + ada.uid(),
        "{\"role\":\"moderator\"}");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.fieldPaths()).containsExactly("role");
  }

  @Test
  void memberPaths_ofAUserOfAnotherGroup_orOfNone_are404() {
    Group g = ada.groups().create(NewGroup.named("One"));
    Group other = bob.groups().create(NewGroup.named("Two"));
    cy.groups().join(other.id());
    refused(g.id(), () -> p.amba().groups().setRole(g.id(), cy.uid(), GroupRole.ADMIN), AmbaNotFoundException.class,
        "not_found");
    refused(g.id(), () -> p.amba().groups().removeMember(g.id(), bob.uid()), AmbaNotFoundException.class,
        "not_found");
    refused(other.id(), () -> p.amba().groups().setRole(g.id(), cy.uid(), GroupRole.ADMIN),
        AmbaNotFoundException.class, "not_found");
    assertThat(memberIds(other.id())).containsExactly(bob.uid(), cy.uid());
  }

  @Test
  void removeMember_removesAndCounts_butTheOwnerIs400OwnerCannotLeave() {
    Group g = ada.groups().create(NewGroup.named("Open"));
    bob.groups().join(g.id());
    p.amba().groups().removeMember(g.id(), bob.uid());
    assertThat(memberIds(g.id())).containsExactly(ada.uid());
    assertThat(p.amba().groups().list().findFirst().orElseThrow().memberCount()).isEqualTo(1);
    refused(g.id(), () -> p.amba().groups().removeMember(g.id(), ada.uid()), AmbaBadRequestException.class,
        "owner_cannot_leave");
  }

  // ---------------------------------------------------------------- capacity under load

  @Test
  void manyJoinsAtOnce_fillTheGroupExactlyToItsCapacity() throws Exception {
    int threads = 16;
    int capacity = 10;
    Group g = ada.groups().create(NewGroup.named("Rush").maxMembers(capacity));
    List<AmbaUser> joiners = new java.util.ArrayList<>();
    for (int i = 0; i < threads; i++) {
      joiners.add(p.newUser());
    }
    List<Integer> statuses = Together.run(threads, t -> p.raw().asUser(joiners.get(t).uid(), "POST",
        "/groups/" + g.id() + "/join", null).status());
    long joined = statuses.stream().filter(s -> s == 201).count();
    long full = statuses.stream().filter(s -> s == 409).count();
    System.out.printf("group capacity %d (owner included): %d threads joined at once, %d joined, %d got 409 group_full%n",
        capacity, threads, joined, full);
    assertThat(joined).isEqualTo(capacity - 1);
    assertThat(full).isEqualTo(threads - (capacity - 1));
    assertThat(memberIds(g.id())).hasSize(capacity);
    assertThat(ada.groups().get(g.id()).memberCount()).isEqualTo(capacity);
  }
}
