package dev.amba.wire.friends;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaApiException;
import dev.amba.AmbaConflictException;
import dev.amba.AmbaNotFoundException;
import dev.amba.AmbaPermissionException;
import dev.amba.AmbaUser;
import dev.amba.friends.Friendship;
import dev.amba.friends.FriendshipQuery;
import dev.amba.friends.FriendshipStatus;
import dev.amba.friends.FriendshipView;
import dev.amba.friends.PendingDirection;
import dev.amba.users.UserSummary;
import dev.amba.wire.ManualClock;
import dev.amba.wire.ModuleCalls;
import dev.amba.wire.ProjectPerTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * 22.4 over the wire, one test per row of the state machine and per documented error: each allowed
 * step by whom it allows, each refused one answering its 4xx and leaving every row as it was (the
 * clock moves before each refusal, so a write would show in {@code updated_at}).
 */
class FriendsWireTest {

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


  /** Every row of the project, as an admin reads it. */
  private static List<FriendshipView> rows() {
    return p.amba().friends().listAll(FriendshipQuery.all()).toList();
  }

  /** The call fails with {@code type} and {@code code}, and no row of the project changed. */
  private static void refused(ThrowingCallable call, Class<? extends AmbaApiException> type, String code) {
    List<FriendshipView> before = rows();
    clock.advance(Duration.ofSeconds(1));
    assertThatThrownBy(call).isInstanceOfSatisfying(type, e -> assertThat(e.code()).isEqualTo(code));
    assertThat(rows()).isEqualTo(before);
  }

  private Friendship friends(AmbaUser a, AmbaUser b) {
    Friendship sent = a.friends().sendRequest(b.uid());
    return b.friends().accept(sent.id());
  }

  // ---------------------------------------------------------------- none → pending

  @Test
  void request_fromNone_isPending_201_withTheRequesterAndAddressee() {
    ModuleCalls.Answer raw = p.raw().asUser(ada.uid(), "POST", "/friends/request",
        "{\"addressee_id\":\"" + bob.uid() + "\"}");
    assertThat(raw.status()).isEqualTo(201);
    Friendship sent = rows().get(0).friendship();
    assertThat(sent).isEqualTo(new Friendship(raw.data().getString("id"), ada.uid(), bob.uid(),
        FriendshipStatus.PENDING, null, clock.instant(), clock.instant()));
    assertThat(raw.data().isNull("blocked_by")).isTrue();
    assertThat(rows()).hasSize(1);
  }

  @Test
  void request_toOneself_is400InvalidRequest_andTheSdkRefusesItBeforeSending() {
    ModuleCalls.Answer raw = p.raw().asUser(ada.uid(), "POST", "/friends/request",
        "{\"addressee_id\":\"" + ada.uid() + "\"}");
    assertThat(raw.status()).isEqualTo(400);
    assertThat(raw.code()).isEqualTo("invalid_request");
    assertThatThrownBy(() -> ada.friends().sendRequest(ada.uid())).isInstanceOf(IllegalArgumentException.class);
    assertThat(rows()).isEmpty();
  }

  @Test
  void request_toAUserTheProjectDoesNotHave_is404UserNotFound() {
    refused(() -> ada.friends().sendRequest("00000000-0000-0000-0000-000000000000"), AmbaNotFoundException.class,
        "user_not_found");
    ModuleCalls.Answer noBody = p.raw().asUser(ada.uid(), "POST", "/friends/request", "{}");
    assertThat(noBody.status()).isEqualTo(400);
    assertThat(noBody.fieldPaths()).containsExactly("addressee_id");
  }

  @Test
  void request_whilePendingEitherWay_is409AlreadyExists() {
    ada.friends().sendRequest(bob.uid());
    refused(() -> ada.friends().sendRequest(bob.uid()), AmbaConflictException.class, "already_exists");
    refused(() -> bob.friends().sendRequest(ada.uid()), AmbaConflictException.class, "already_exists");
  }

  @Test
  void request_whileAcceptedEitherWay_is409AlreadyExists() {
    friends(ada, bob);
    refused(() -> ada.friends().sendRequest(bob.uid()), AmbaConflictException.class, "already_exists");
    refused(() -> bob.friends().sendRequest(ada.uid()), AmbaConflictException.class, "already_exists");
  }

  @Test
  void request_whileBlockedEitherWay_is403Blocked_soTheBlockedUserCanNoLongerAskTheBlocker() {
    bob.friends().blockUser(ada.uid());
    refused(() -> ada.friends().sendRequest(bob.uid()), AmbaPermissionException.class, "blocked");
    refused(() -> bob.friends().sendRequest(ada.uid()), AmbaPermissionException.class, "blocked");
  }

  @Test
  void crossedRequestsAtOnce_leaveOneRowForThePair() throws Exception {
    int rounds = 8;
    int made = 0;
    int conflicts = 0;
    for (int round = 0; round < rounds; round++) {
      AmbaUser a = p.newUser();
      AmbaUser b = p.newUser();
      List<Integer> statuses = dev.amba.wire.Together.run(2, t -> {
        AmbaUser from = t == 0 ? a : b;
        AmbaUser to = t == 0 ? b : a;
        return p.raw().asUser(from.uid(), "POST", "/friends/request", "{\"addressee_id\":\"" + to.uid() + "\"}")
            .status();
      });
      assertThat(statuses).containsExactlyInAnyOrder(201, 409);
      made += (int) statuses.stream().filter(s -> s == 201).count();
      conflicts += (int) statuses.stream().filter(s -> s == 409).count();
      assertThat(p.amba().friends().listAll(FriendshipQuery.all().userId(a.uid())).toList()).hasSize(1);
    }
    System.out.printf("crossed friend requests: %d rounds of 2 threads, %d rows made, %d answered 409%n", rounds, made,
        conflicts);
    assertThat(made).isEqualTo(rounds);
  }

  // ---------------------------------------------------------------- pending → accepted / none

  @Test
  void accept_byTheAddressee_makesThemFriends_seenByBothWithTheOthersProfile() {
    Friendship sent = ada.friends().sendRequest(bob.uid());
    clock.advance(Duration.ofMinutes(1));
    Friendship accepted = bob.friends().accept(sent.id());
    assertThat(accepted).isEqualTo(new Friendship(sent.id(), ada.uid(), bob.uid(), FriendshipStatus.ACCEPTED, null,
        sent.createdAt(), clock.instant()));
    assertThat(ada.friends().getAll()).singleElement().satisfies(v -> {
      assertThat(v.friendship()).isEqualTo(accepted);
      assertThat(v.otherThan(ada.uid())).isEqualTo(new UserSummary(bob.uid(), "Bob", "https://img/Bob.png"));
    });
    assertThat(bob.friends().getAll()).singleElement()
        .satisfies(v -> assertThat(v.otherThan(bob.uid()).displayName()).isEqualTo("Ada"));
    assertThat(ada.friends().getPending(PendingDirection.OUTGOING)).isEmpty();
  }

  @Test
  void accept_byTheRequester_orAnyoneElse_orOfARowNotPending_is404AcceptFailed() {
    Friendship sent = ada.friends().sendRequest(bob.uid());
    refused(() -> ada.friends().accept(sent.id()), AmbaNotFoundException.class, "accept_failed");
    refused(() -> cy.friends().accept(sent.id()), AmbaNotFoundException.class, "accept_failed");
    bob.friends().accept(sent.id());
    refused(() -> bob.friends().accept(sent.id()), AmbaNotFoundException.class, "accept_failed");
    refused(() -> bob.friends().accept("00000000-0000-0000-0000-000000000000"), AmbaNotFoundException.class,
        "accept_failed");
  }

  @Test
  void reject_byTheAddressee_deletesTheRow_andEitherMayAskAgain() {
    Friendship sent = ada.friends().sendRequest(bob.uid());
    ModuleCalls.Answer raw = p.raw().asUser(bob.uid(), "POST", "/friends/" + sent.id() + "/reject", null);
    assertThat(raw.status()).isEqualTo(200);
    assertThat(raw.data().getString("id")).isEqualTo(sent.id());
    assertThat(raw.data().getBoolean("deleted")).isTrue();
    assertThat(rows()).isEmpty();
    assertThat(bob.friends().sendRequest(ada.uid()).status()).isEqualTo(FriendshipStatus.PENDING);
  }

  @Test
  void reject_byTheRequester_orAnyoneElse_orOfAnAcceptedRow_is404NotFound() {
    Friendship sent = ada.friends().sendRequest(bob.uid());
    refused(() -> ada.friends().reject(sent.id()), AmbaNotFoundException.class, "not_found");
    refused(() -> cy.friends().reject(sent.id()), AmbaNotFoundException.class, "not_found");
    bob.friends().accept(sent.id());
    refused(() -> bob.friends().reject(sent.id()), AmbaNotFoundException.class, "not_found");
  }

  @Test
  void removeFriend_ofAPendingRequest_byItsRequester_withdrawsIt() {
    ada.friends().sendRequest(bob.uid());
    ada.friends().removeFriend(bob.uid());
    assertThat(rows()).isEmpty();
    assertThat(bob.friends().getPending()).isEmpty();
  }

  @Test
  void removeFriend_ofAPendingRequest_byItsAddressee_is404_andLeavesItForReject() {
    ada.friends().sendRequest(bob.uid());
    refused(() -> bob.friends().removeFriend(ada.uid()), AmbaNotFoundException.class, "not_found");
    assertThat(bob.friends().getPending()).hasSize(1);
  }

  // ---------------------------------------------------------------- accepted → none

  @Test
  void removeFriend_ofAnAcceptedRow_byEither_endsIt() {
    Friendship f = friends(ada, bob);
    ModuleCalls.Answer raw = p.raw().asUser(bob.uid(), "DELETE", "/friends/by-user/" + ada.uid(), null);
    assertThat(raw.status()).isEqualTo(200);
    assertThat(raw.data().getString("id")).isEqualTo(f.id());
    assertThat(raw.data().getBoolean("deleted")).isTrue();
    assertThat(ada.friends().getAll()).isEmpty();
    friends(bob, ada);
    ada.friends().removeFriend(bob.uid());
    assertThat(rows()).isEmpty();
  }

  @Test
  void removeFriend_withoutARow_orOfABlockedPair_is404NotFound_andTheBlockStays() {
    refused(() -> ada.friends().removeFriend(bob.uid()), AmbaNotFoundException.class, "not_found");
    ada.friends().blockUser(bob.uid());
    refused(() -> ada.friends().removeFriend(bob.uid()), AmbaNotFoundException.class, "not_found");
    refused(() -> bob.friends().removeFriend(ada.uid()), AmbaNotFoundException.class, "not_found");
    assertThat(rows()).singleElement().satisfies(v -> assertThat(v.friendship().status())
        .isEqualTo(FriendshipStatus.BLOCKED));
  }

  // ---------------------------------------------------------------- → blocked

  @Test
  void block_ofAPendingRow_byEitherParticipant_isBlockedByTheCaller() {
    Friendship sent = ada.friends().sendRequest(bob.uid());
    clock.advance(Duration.ofSeconds(5));
    Friendship blocked = bob.friends().block(sent.id());
    assertThat(blocked).isEqualTo(new Friendship(sent.id(), ada.uid(), bob.uid(), FriendshipStatus.BLOCKED, bob.uid(),
        sent.createdAt(), clock.instant()));
    Friendship other = cy.friends().sendRequest(ada.uid());
    assertThat(cy.friends().block(other.id()).blockedBy()).isEqualTo(cy.uid());
  }

  @Test
  void block_ofAnAcceptedRow_byEitherParticipant_endsTheFriendship() {
    Friendship f = friends(ada, bob);
    assertThat(ada.friends().block(f.id()).blockedBy()).isEqualTo(ada.uid());
    assertThat(ada.friends().getAll()).isEmpty();
    assertThat(bob.friends().getAll()).isEmpty();
  }

  @Test
  void block_byAUserNotInTheRow_is404NotFound() {
    Friendship sent = ada.friends().sendRequest(bob.uid());
    refused(() -> cy.friends().block(sent.id()), AmbaNotFoundException.class, "not_found");
  }

  @Test
  void block_ofABlockedPair_leavesItAsItIs_soTheFirstBlockerAloneMayUnblock() {
    Friendship blocked = ada.friends().blockUser(bob.uid());
    List<FriendshipView> before = rows();
    clock.advance(Duration.ofSeconds(1));
    assertThat(bob.friends().block(blocked.id())).isEqualTo(blocked);
    assertThat(bob.friends().blockUser(ada.uid())).isEqualTo(blocked);
    assertThat(rows()).isEqualTo(before);
  }

  @Test
  void blockUser_withoutARow_makesABlockedRow_201() {
    ModuleCalls.Answer raw = p.raw().asUser(ada.uid(), "POST", "/friends/by-user/" + bob.uid() + "/block", null);
    assertThat(raw.status()).isEqualTo(201);
    assertThat(raw.data().getString("status")).isEqualTo("blocked");
    assertThat(raw.data().getString("blocked_by")).isEqualTo(ada.uid());
    assertThat(raw.data().getString("requester_id")).isEqualTo(ada.uid());
    assertThat(raw.data().getString("addressee_id")).isEqualTo(bob.uid());
  }

  @Test
  void blockUser_ofAPendingOrAcceptedPair_turnsItsRowBlocked_200() {
    Friendship sent = ada.friends().sendRequest(bob.uid());
    ModuleCalls.Answer raw = p.raw().asUser(bob.uid(), "POST", "/friends/by-user/" + ada.uid() + "/block", null);
    assertThat(raw.status()).isEqualTo(200);
    assertThat(raw.data().getString("id")).isEqualTo(sent.id());
    assertThat(raw.data().getString("blocked_by")).isEqualTo(bob.uid());
    Friendship f = friends(cy, ada);
    assertThat(cy.friends().blockUser(ada.uid())).extracting(Friendship::id, Friendship::status)
        .containsExactly(f.id(), FriendshipStatus.BLOCKED);
    assertThat(rows()).hasSize(2);
  }

  @Test
  void blockUser_ofAUserTheProjectDoesNotHave_is404UserNotFound_andOfOneself400() {
    refused(() -> ada.friends().blockUser("00000000-0000-0000-0000-000000000000"), AmbaNotFoundException.class,
        "user_not_found");
    ModuleCalls.Answer self = p.raw().asUser(ada.uid(), "POST", "/friends/by-user/" + ada.uid() + "/block", null);
    assertThat(self.status()).isEqualTo(400);
    assertThat(self.code()).isEqualTo("invalid_request");
    assertThat(rows()).isEmpty();
  }

  // ---------------------------------------------------------------- blocked → none

  @Test
  void unblock_byTheBlocker_deletesTheRow_andThePairStartsAfresh() {
    Friendship blocked = ada.friends().blockUser(bob.uid());
    ModuleCalls.Answer raw = p.raw().asUser(ada.uid(), "POST", "/friends/" + blocked.id() + "/unblock", null);
    assertThat(raw.status()).isEqualTo(200);
    assertThat(raw.data().getString("id")).isEqualTo(blocked.id());
    assertThat(raw.data().getBoolean("deleted")).isTrue();
    assertThat(rows()).isEmpty();
    assertThat(bob.friends().sendRequest(ada.uid()).status()).isEqualTo(FriendshipStatus.PENDING);
  }

  @Test
  void unblock_byTheBlockedUser_is403NotBlocker() {
    Friendship blocked = ada.friends().blockUser(bob.uid());
    refused(() -> bob.friends().unblock(blocked.id()), AmbaPermissionException.class, "not_blocker");
  }

  @Test
  void unblock_byAUserNotInTheRow_orOfARowNotBlocked_is404NotFound() {
    Friendship blocked = ada.friends().blockUser(bob.uid());
    refused(() -> cy.friends().unblock(blocked.id()), AmbaNotFoundException.class, "not_found");
    Friendship pending = cy.friends().sendRequest(ada.uid());
    refused(() -> cy.friends().unblock(pending.id()), AmbaNotFoundException.class, "not_found");
    refused(() -> ada.friends().unblock(pending.id()), AmbaNotFoundException.class, "not_found");
  }

  // ---------------------------------------------------------------- lists

  @Test
  void getPending_isIncomingByDefault_orOutgoing_withBothProfiles() {
    Friendship fromBob = bob.friends().sendRequest(ada.uid());
    Friendship toCy = ada.friends().sendRequest(cy.uid());
    friends(ada, p.newUser("Dee"));
    assertThat(ada.friends().getPending()).singleElement().satisfies(v -> {
      assertThat(v.friendship().id()).isEqualTo(fromBob.id());
      assertThat(v.requester()).isEqualTo(new UserSummary(bob.uid(), "Bob", "https://img/Bob.png"));
      assertThat(v.addressee().displayName()).isEqualTo("Ada");
    });
    assertThat(ada.friends().getPending(PendingDirection.INCOMING)).extracting(v -> v.friendship().id())
        .containsExactly(fromBob.id());
    assertThat(ada.friends().getPending(PendingDirection.OUTGOING)).extracting(v -> v.friendship().id())
        .containsExactly(toCy.id());
    assertThat(ada.friends().getAll()).extracting(v -> v.otherThan(ada.uid()).displayName()).containsExactly("Dee");
    ModuleCalls.Answer bad = p.raw().asUser(ada.uid(), "GET", "/friends/pending?direction=sideways", null);
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.fieldPaths()).containsExactly("direction");
  }

  @Test
  void getAll_isOldestFirst() {
    AmbaUser dee = p.newUser("Dee");
    friends(ada, bob);
    clock.advance(Duration.ofSeconds(1));
    friends(cy, ada);
    friends(ada, dee);
    assertThat(ada.friends().getAll()).extracting(v -> v.otherThan(ada.uid()).displayName())
        .containsExactly("Bob", "Cy", "Dee");
  }

  // ---------------------------------------------------------------- isolation (M1)

  @Test
  void aThirdUser_neverSeesOrMovesAnotherPair_everyIdRouteAnswering404() {
    Friendship pending = ada.friends().sendRequest(bob.uid());
    Friendship accepted = friends(bob, p.newUser("Dee"));
    Friendship blocked = ada.friends().blockUser(p.newUser("Eve").uid());
    for (Friendship f : List.of(pending, accepted, blocked)) {
      refused(() -> cy.friends().accept(f.id()), AmbaNotFoundException.class, "accept_failed");
      refused(() -> cy.friends().reject(f.id()), AmbaNotFoundException.class, "not_found");
      refused(() -> cy.friends().block(f.id()), AmbaNotFoundException.class, "not_found");
      refused(() -> cy.friends().unblock(f.id()), AmbaNotFoundException.class, "not_found");
    }
    refused(() -> cy.friends().removeFriend(ada.uid()), AmbaNotFoundException.class, "not_found");
    refused(() -> cy.friends().removeFriend(bob.uid()), AmbaNotFoundException.class, "not_found");
    assertThat(cy.friends().getAll()).isEmpty();
    assertThat(cy.friends().getPending()).isEmpty();
    assertThat(cy.friends().getPending(PendingDirection.OUTGOING)).isEmpty();
    ModuleCalls.Answer raw = p.raw().asUser(cy.uid(), "POST", "/friends/" + pending.id() + "/block", null);
    assertThat(raw.status()).isEqualTo(404);
    assertThat(raw.json().toString()).doesNotContain(ada.uid()).doesNotContain(bob.uid());
  }

  @Test
  void anotherProjectsUsers_areUnknownHere() {
    try (var other = dev.amba.AmbaClient.configure(p.emulator().config(p.emulator().createProject()))) {
      String stranger = p.emulator().createUser(p.emulator().createProject());
      refused(() -> ada.friends().sendRequest(stranger), AmbaNotFoundException.class, "user_not_found");
      assertThat(other.friends().stats().totalFriendships()).isZero();
    }
  }

  // ---------------------------------------------------------------- admin (22.2)

  @Test
  void stats_countEveryRowByStatus() {
    ada.friends().sendRequest(bob.uid());
    friends(cy, bob);
    cy.friends().blockUser(ada.uid());
    ada.friends().sendRequest(p.newUser("Dee").uid());
    assertThat(p.amba().friends().stats()).isEqualTo(new dev.amba.friends.FriendshipStats(4, 2, 1, 1));
  }

  @Test
  void list_filtersByStatusAndUser_andPages() {
    Friendship ab = ada.friends().sendRequest(bob.uid());
    Friendship cb = friends(cy, bob);
    Friendship ca = cy.friends().blockUser(ada.uid());
    assertThat(p.amba().friends().listAll(FriendshipQuery.all().userId(bob.uid())).map(v -> v.friendship().id()))
        .containsExactly(ab.id(), cb.id());
    assertThat(p.amba().friends().listAll(FriendshipQuery.all().status(FriendshipStatus.BLOCKED)).toList())
        .singleElement().satisfies(v -> {
          assertThat(v.friendship().id()).isEqualTo(ca.id());
          assertThat(v.requester().displayName()).isEqualTo("Cy");
        });
    var page = p.amba().friends().list(FriendshipQuery.all(), 1, 1);
    assertThat(page.total()).isEqualTo(3);
    assertThat(page.items()).extracting(v -> v.friendship().id()).containsExactly(cb.id());
    ModuleCalls.Answer bad = p.raw().admin("GET", "/friends?status=friends", null);
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.fieldPaths()).containsExactly("status");
  }

  @Test
  void adminDelete_removesAnyRow_andIsIdempotent() {
    Friendship blocked = ada.friends().blockUser(bob.uid());
    p.amba().friends().delete(blocked.id());
    assertThat(rows()).isEmpty();
    ModuleCalls.Answer again = p.raw().admin("DELETE", "/friends/" + blocked.id(), null);
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.data().getBoolean("deleted")).isTrue();
    assertThat(bob.friends().sendRequest(ada.uid()).status()).isEqualTo(FriendshipStatus.PENDING);
  }

  @Test
  void selfChecks_ofTheSdk_neverReachTheServer() {
    assertThatThrownBy(() -> ada.friends().blockUser(ada.uid())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ada.friends().removeFriend(ada.uid())).isInstanceOf(IllegalArgumentException.class);
    ModuleCalls.Answer self = p.raw().asUser(ada.uid(), "DELETE", "/friends/by-user/" + ada.uid(), null);
    assertThat(self.status()).isEqualTo(404);
    assertThat(self.code()).isEqualTo("not_found");
    assertThatThrownBy(() -> ada.friends().accept("not-a-uuid")).isInstanceOf(IllegalArgumentException.class);
    ModuleCalls.Answer notUuid = p.raw().asUser(ada.uid(), "POST", "/friends/not-a-uuid/accept", null);
    assertThat(notUuid.status()).isEqualTo(404);
    assertThat(notUuid.code()).isEqualTo("accept_failed");
  }
}
