package dev.amba.wire.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaApiException;
import dev.amba.AmbaBadRequestException;
import dev.amba.AmbaConflictException;
import dev.amba.AmbaNotFoundException;
import dev.amba.AmbaPermissionException;
import dev.amba.AmbaUser;
import dev.amba.OffsetPage;
import dev.amba.messaging.ConversationMember;
import dev.amba.messaging.ConversationParticipant;
import dev.amba.messaging.ConversationType;
import dev.amba.messaging.ConversationView;
import dev.amba.messaging.Message;
import dev.amba.messaging.MessageType;
import dev.amba.messaging.MessagingStats;
import dev.amba.messaging.NewConversation;
import dev.amba.messaging.NewMessage;
import dev.amba.moderation.ModerationItem;
import dev.amba.moderation.ModerationStatus;
import dev.amba.moderation.NewModerationRule;
import dev.amba.users.UserSummary;
import dev.amba.wire.ManualClock;
import dev.amba.wire.ModuleCalls;
import dev.amba.wire.ProjectPerTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * 25.4 over the wire, one test per rule and per documented error: each allowed call by whom it
 * allows, each refused one answering its 4xx and leaving every conversation and message as it was
 * (the clock moves before each refusal, so a write would show in {@code updated_at}).
 */
class MessagingWireTest {

  static final ManualClock clock = new ManualClock(Instant.parse("2030-01-07T09:00:00Z"));
  @RegisterExtension
  static final ProjectPerTest p = new ProjectPerTest(clock);

  private static final String NO_SUCH_ID = "00000000-0000-0000-0000-000000000000";

  private AmbaUser ada;
  private AmbaUser bob;
  private AmbaUser cy;

  @BeforeEach
  void users() {
    ada = p.newUser("Ada");
    bob = p.newUser("Bob");
    cy = p.newUser("Cy");
  }

  /** Every conversation of the project with every message, as an admin reads them. */
  private static List<Object> everything() {
    List<Object> all = new ArrayList<>();
    p.amba().messaging().listConversations().forEach(v -> {
      all.add(v);
      all.add(p.amba().messaging().listMessages(v.id()).toList());
    });
    return all;
  }

  /** The call fails with {@code type} and {@code code}, and nothing of the project changed. */
  private static void refused(ThrowingCallable call, Class<? extends AmbaApiException> type, String code) {
    List<Object> before = everything();
    clock.advance(Duration.ofSeconds(1));
    assertThatThrownBy(call).isInstanceOfSatisfying(type, e -> assertThat(e.code()).isEqualTo(code));
    assertThat(everything()).isEqualTo(before);
  }

  /** A raw call that must be refused with {@code status} and {@code code}, changing nothing. */
  private static ModuleCalls.Answer rawRefused(AmbaUser user, String method, String rest, String json, int status,
      String code) {
    List<Object> before = everything();
    clock.advance(Duration.ofSeconds(1));
    ModuleCalls.Answer answer = p.raw().asUser(user.uid(), method, rest, json);
    assertThat(answer.status()).as(answer.json().toString()).isEqualTo(status);
    assertThat(answer.code()).isEqualTo(code);
    assertThat(everything()).isEqualTo(before);
    return answer;
  }

  private ConversationView direct(AmbaUser a, AmbaUser b) {
    return a.messaging().createConversation(NewConversation.direct(b.uid()));
  }

  private static List<String> bodies(List<Message> messages) {
    return messages.stream().map(Message::body).toList();
  }

  // ---------------------------------------------------------------- create (25.4 #2-#4)

  @Test
  void createDirect_is201_withBothParticipants_andAgainEitherWayAnswers200TheSameConversation() {
    ModuleCalls.Answer raw = p.raw().asUser(ada.uid(), "POST", "/messaging/conversations",
        "{\"participant_ids\":[\"" + bob.uid() + "\"],\"metadata\":{\"topic\":\"chess\"}}");
    assertThat(raw.status()).isEqualTo(201);
    String id = raw.data().getString("id");
    ConversationView view = ada.messaging().getConversations().findFirst().orElseThrow();
    assertThat(view.conversation().type()).isEqualTo(ConversationType.DIRECT);
    assertThat(view.conversation().metadata()).isEqualTo(Map.of("topic", "chess"));
    assertThat(view.conversation().createdAt()).isEqualTo(clock.instant());
    assertThat(view.participants()).extracting(ConversationMember::user).containsExactly(
        new UserSummary(ada.uid(), "Ada", "https://img/Ada.png"), new UserSummary(bob.uid(), "Bob", "https://img/Bob.png"));
    assertThat(view.participants()).allSatisfy(m -> {
      assertThat(m.joinedAt()).isEqualTo(clock.instant());
      assertThat(m.lastReadAt()).isNull();
    });
    assertThat(view.lastMessage()).isEmpty();
    assertThat(view.unreadCount()).isZero();

    clock.advance(Duration.ofMinutes(1));
    ModuleCalls.Answer again = p.raw().asUser(bob.uid(), "POST", "/messaging/conversations",
        "{\"type\":\"direct\",\"participant_ids\":[\"" + ada.uid() + "\",\"" + ada.uid() + "\"]}");
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.data().getString("id")).isEqualTo(id);
    assertThat(direct(ada, bob).id()).isEqualTo(id);
    assertThat(p.amba().messaging().listConversations().toList()).hasSize(1);
  }

  @Test
  void createDirect_withNobodyElse_orTwoOthers_is400InvalidPayload_andTheSdkRefusesOneselfBeforeSending() {
    rawRefused(ada, "POST", "/messaging/conversations", "{\"participant_ids\":[\"" + ada.uid() + "\"]}", 400,
        "invalid_payload");
    rawRefused(ada, "POST", "/messaging/conversations", "{\"participant_ids\":[]}", 400, "invalid_payload");
    rawRefused(ada, "POST", "/messaging/conversations",
        "{\"participant_ids\":[\"" + bob.uid() + "\",\"" + cy.uid() + "\"]}", 400, "invalid_payload");
    assertThatThrownBy(() -> ada.messaging().createConversation(NewConversation.direct(ada.uid())))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(everything()).isEmpty();
  }

  @Test
  void createGroup_needsAnotherParticipant_andAddsTheCallerOnce_eachGroupANewConversation() {
    rawRefused(ada, "POST", "/messaging/conversations",
        "{\"type\":\"group\",\"participant_ids\":[\"" + ada.uid() + "\"]}", 400, "invalid_payload");
    ConversationView team = ada.messaging().createConversation(
        NewConversation.group(bob.uid(), ada.uid(), cy.uid(), bob.uid()).name("Raid night"));
    assertThat(team.conversation().type()).isEqualTo(ConversationType.GROUP);
    assertThat(team.conversation().name()).isEqualTo("Raid night");
    assertThat(team.participants()).extracting(m -> m.user().id()).containsExactly(ada.uid(), bob.uid(), cy.uid());
    ConversationView second = ada.messaging().createConversation(NewConversation.group(bob.uid()));
    assertThat(second.id()).isNotEqualTo(team.id());
    assertThat(second.conversation().name()).isNull();
  }

  @Test
  void create_withAMalformedBody_is400_namingWhatIsMissingOrWrong() {
    ModuleCalls.Answer missing = rawRefused(ada, "POST", "/messaging/conversations", "{\"type\":\"group\"}", 400,
        "invalid_payload");
    assertThat(missing.json().getJsonObject("error").getJsonObject("details").getJsonArray("missing").getString(0))
        .isEqualTo("participant_ids");
    assertThat(missing.fieldPaths()).containsExactly("participant_ids");
    rawRefused(ada, "POST", "/messaging/conversations", "{\"participant_ids\":", 400, "invalid_json");
    ModuleCalls.Answer wrong = rawRefused(ada, "POST", "/messaging/conversations",
        "{\"type\":\"channel\",\"participant_ids\":[1],\"metadata\":[],\"name\":\" \",\"extra\":true}", 400,
        "invalid_payload");
    assertThat(wrong.fieldPaths()).containsExactlyInAnyOrder("extra", "type", "participant_ids[0]", "metadata", "name");
    rawRefused(ada, "POST", "/messaging/conversations", "[]", 400, "invalid_payload");
  }

  @Test
  void create_withUsersTheProjectDoesNotHave_is404UserNotFound_listingThem() {
    String stranger = p.emulator().createUser(p.emulator().createProject());
    List<Object> before = everything();
    assertThatThrownBy(() -> ada.messaging().createConversation(NewConversation.group(bob.uid(), stranger, NO_SUCH_ID)))
        .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> {
          assertThat(e.code()).isEqualTo("user_not_found");
          assertThat(e.details()).containsEntry("missing_user_ids", List.of(stranger, NO_SUCH_ID));
        });
    assertThat(everything()).isEqualTo(before);
  }

  @Test
  void create_withAUserInABlockedPairWithTheCaller_is403Blocked_directOrGroup_whoeverBlocked() {
    bob.friends().blockUser(ada.uid());
    refused(() -> direct(ada, bob), AmbaPermissionException.class, "blocked");
    refused(() -> direct(bob, ada), AmbaPermissionException.class, "blocked");
    refused(() -> ada.messaging().createConversation(NewConversation.group(cy.uid(), bob.uid())),
        AmbaPermissionException.class, "blocked");
    assertThat(cy.messaging().createConversation(NewConversation.group(ada.uid(), bob.uid())).participants())
        .hasSize(3);
  }

  // ---------------------------------------------------------------- send and read (25.4 #1, #5, #6)

  @Test
  void send_byAParticipant_is201_andMovesTheConversation_lastMessageAndUnreadCount() {
    ConversationView dm = direct(ada, bob);
    clock.advance(Duration.ofMinutes(5));
    ModuleCalls.Answer raw = p.raw().asUser(ada.uid(), "POST", "/messaging/conversations/" + dm.id() + "/messages",
        "{\"body\":\"Rematch tonight?\"}");
    assertThat(raw.status()).isEqualTo(201);
    Message sent = bob.messaging().listMessages(dm.id()).findFirst().orElseThrow();
    assertThat(sent).isEqualTo(new Message(raw.data().getString("id"), dm.id(), ada.uid(), "Rematch tonight?",
        MessageType.TEXT, Map.of(), clock.instant()));
    Message image = bob.messaging().sendMessage(dm.id(),
        NewMessage.of("https://img/board.png").type(MessageType.IMAGE).metadata(Map.of("w", 640)));
    assertThat(image.messageType()).isEqualTo(MessageType.IMAGE);
    assertThat(image.metadata()).isEqualTo(Map.of("w", 640L));

    ConversationView seenByBob = bob.messaging().getConversations(0, 20).items().get(0);
    assertThat(seenByBob.conversation().updatedAt()).isEqualTo(clock.instant());
    assertThat(seenByBob.conversation().createdAt()).isEqualTo(dm.conversation().createdAt());
    assertThat(seenByBob.lastMessage()).contains(image);
    assertThat(seenByBob.unreadCount()).isEqualTo(1);
    assertThat(ada.messaging().getConversations(0, 20).items().get(0).unreadCount()).isEqualTo(1);
  }

  @Test
  void aBody_isNonEmpty_andAtMost4000Characters_else400InvalidPayload() {
    ConversationView dm = direct(ada, bob);
    String path = "/messaging/conversations/" + dm.id() + "/messages";
    rawRefused(ada, "POST", path, "{\"body\":\"\"}", 400, "invalid_payload");
    rawRefused(ada, "POST", path, "{\"body\":\"   \"}", 400, "invalid_payload");
    rawRefused(ada, "POST", path, "{\"body\":\"" + "x".repeat(4001) + "\"}", 400, "invalid_payload");
    ModuleCalls.Answer none = rawRefused(ada, "POST", path, "{}", 400, "invalid_payload");
    assertThat(none.json().getJsonObject("error").getJsonObject("details").getJsonArray("missing").getString(0))
        .isEqualTo("body");
    rawRefused(ada, "POST", path, "{\"body\":\"hi\",\"message_type\":\"video\"}", 400, "invalid_payload");
    rawRefused(ada, "POST", path, "{\"body\":7}", 400, "invalid_payload");
    assertThatThrownBy(() -> ada.messaging().sendMessage(dm.id(), "x".repeat(4001)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(ada.messaging().sendMessage(dm.id(), "x".repeat(4000)).body()).hasSize(4000);
  }

  @Test
  void messages_readNewestFirst_inTheOrderSent_evenWithinOneInstant_andPage() {
    ConversationView dm = direct(ada, bob);
    for (int i = 0; i < 7; i++) {
      (i % 2 == 0 ? ada : bob).messaging().sendMessage(dm.id(), "m" + i);
    }
    assertThat(bodies(ada.messaging().listMessages(dm.id()).toList()))
        .containsExactly("m6", "m5", "m4", "m3", "m2", "m1", "m0");
    OffsetPage<Message> page = bob.messaging().listMessages(dm.id(), 2, 3);
    assertThat(bodies(page.items())).containsExactly("m4", "m3", "m2");
    assertThat(page.total()).isEqualTo(7);
    assertThat(bodies(p.amba().messaging().listMessages(dm.id()).toList()))
        .containsExactly("m0", "m1", "m2", "m3", "m4", "m5", "m6");
    assertThat(bodies(p.amba().messaging().listMessages(dm.id(), 5, 10).items())).containsExactly("m5", "m6");
    ModuleCalls.Answer defaults = p.raw().asUser(ada.uid(), "GET", "/messaging/conversations/" + dm.id() + "/messages",
        null);
    assertThat(defaults.json().getInt("limit")).isEqualTo(50);
    assertThat(p.raw().asUser(ada.uid(), "GET", "/messaging/conversations/" + dm.id() + "/messages?limit=101", null)
        .code()).isEqualTo("invalid_input");
  }

  @Test
  void conversations_listTheMostRecentlyActiveFirst() {
    ConversationView first = direct(ada, bob);
    clock.advance(Duration.ofMinutes(1));
    ConversationView second = direct(ada, cy);
    clock.advance(Duration.ofMinutes(1));
    ConversationView third = ada.messaging().createConversation(NewConversation.group(bob.uid(), cy.uid()));
    assertThat(ada.messaging().getConversations().map(ConversationView::id)).containsExactly(third.id(), second.id(),
        first.id());
    clock.advance(Duration.ofMinutes(1));
    bob.messaging().sendMessage(first.id(), "up");
    assertThat(ada.messaging().getConversations().map(ConversationView::id)).containsExactly(first.id(), third.id(),
        second.id());
    assertThat(p.amba().messaging().listConversations().map(ConversationView::id)).containsExactly(third.id(),
        second.id(), first.id());
    ModuleCalls.Answer defaults = p.raw().asUser(ada.uid(), "GET", "/messaging/conversations", null);
    assertThat(defaults.json().getInt("limit")).isEqualTo(20);
    assertThat(defaults.json().getInt("total")).isEqualTo(3);
  }

  @Test
  void markRead_stampsNow_andClearsTheUnreadCount_whileLaterMessagesCountAgain_evenInTheSameInstant() {
    ConversationView dm = direct(ada, bob);
    ada.messaging().sendMessage(dm.id(), "one");
    ada.messaging().sendMessage(dm.id(), "two");
    bob.messaging().sendMessage(dm.id(), "mine");
    assertThat(bob.messaging().getConversations().findFirst().orElseThrow().unreadCount()).isEqualTo(2);
    clock.advance(Duration.ofMinutes(3));
    ModuleCalls.Answer raw = p.raw().asUser(bob.uid(), "POST", "/messaging/conversations/" + dm.id() + "/read", null);
    assertThat(raw.status()).isEqualTo(200);
    ConversationParticipant marked = bob.messaging().markRead(dm.id());
    assertThat(marked).isEqualTo(new ConversationParticipant(raw.data().getString("id"), dm.id(), bob.uid(),
        dm.conversation().createdAt(), clock.instant()));
    ConversationView seen = bob.messaging().getConversations().findFirst().orElseThrow();
    assertThat(seen.unreadCount()).isZero();
    assertThat(seen.participants()).filteredOn(m -> m.user().id().equals(bob.uid()))
        .extracting(ConversationMember::lastReadAt).containsExactly(clock.instant());
    ada.messaging().sendMessage(dm.id(), "three");
    assertThat(bob.messaging().getConversations().findFirst().orElseThrow().unreadCount()).isEqualTo(1);
    assertThat(ada.messaging().getConversations().findFirst().orElseThrow().unreadCount()).isEqualTo(1);
  }

  // ---------------------------------------------------------------- 25.4 #1: participants only

  @Test
  void aConversationTheProjectDoesNotHave_is404_andAnIdThatIsNotAUuid400() {
    refused(() -> ada.messaging().sendMessage(NO_SUCH_ID, "hi"), AmbaNotFoundException.class, "conversation_not_found");
    refused(() -> ada.messaging().listMessages(NO_SUCH_ID, 0, 10), AmbaNotFoundException.class,
        "conversation_not_found");
    refused(() -> ada.messaging().markRead(NO_SUCH_ID), AmbaNotFoundException.class, "conversation_not_found");
    refused(() -> ada.messaging().addParticipant(NO_SUCH_ID, bob.uid()), AmbaNotFoundException.class,
        "conversation_not_found");
    refused(() -> p.amba().messaging().listMessages(NO_SUCH_ID, 0, 10), AmbaNotFoundException.class,
        "conversation_not_found");
    for (String route : List.of("/messages", "/read", "/participants")) {
      rawRefused(ada, "POST", "/messaging/conversations/not-a-uuid" + route, "{\"body\":\"hi\",\"user_id\":\"x\"}",
          400, "invalid_conversation_id");
    }
    rawRefused(ada, "GET", "/messaging/conversations/not-a-uuid/messages", null, 400, "invalid_conversation_id");
  }

  @Test
  void anotherUser_withAConversationsId_isRefusedOnEveryRoute_403NotAParticipant_andSeesNoData() {
    ConversationView dm = direct(ada, bob);
    ConversationView team = ada.messaging().createConversation(NewConversation.group(bob.uid()).name("Secret"));
    Message secret = ada.messaging().sendMessage(dm.id(), "the code is 1234");
    ada.messaging().sendMessage(team.id(), "team plans");
    for (ConversationView c : List.of(dm, team)) {
      refused(() -> cy.messaging().sendMessage(c.id(), "let me in"), AmbaPermissionException.class,
          "not_a_participant");
      refused(() -> cy.messaging().listMessages(c.id(), 0, 10), AmbaPermissionException.class, "not_a_participant");
      refused(() -> cy.messaging().listMessages(c.id()).toList(), AmbaPermissionException.class, "not_a_participant");
      refused(() -> cy.messaging().markRead(c.id()), AmbaPermissionException.class, "not_a_participant");
      refused(() -> cy.messaging().addParticipant(c.id(), cy.uid()), AmbaPermissionException.class,
          "not_a_participant");
      for (String[] call : List.of(new String[] {"GET", "/messages", null},
          new String[] {"POST", "/messages", "{\"body\":\"x\"}"}, new String[] {"POST", "/read", null},
          new String[] {"POST", "/participants", "{\"user_id\":\"" + cy.uid() + "\"}"})) {
        ModuleCalls.Answer raw = rawRefused(cy, call[0], "/messaging/conversations/" + c.id() + call[1], call[2],
            403, "not_a_participant");
        assertThat(raw.json().toString()).doesNotContain(ada.uid()).doesNotContain(bob.uid())
            .doesNotContain("1234").doesNotContain("Secret").doesNotContain(secret.id());
      }
    }
    assertThat(cy.messaging().getConversations().toList()).isEmpty();
    assertThat(p.raw().asUser(cy.uid(), "GET", "/messaging/conversations", null).json().toString())
        .doesNotContain(dm.id()).doesNotContain("1234");
  }

  @Test
  void anotherProjectsUsers_neverReachThisProjectsConversations() {
    ConversationView dm = direct(ada, bob);
    ada.messaging().sendMessage(dm.id(), "ours");
    try (var other = dev.amba.AmbaClient.configure(p.emulator().config(p.emulator().createProject()))) {
      assertThatThrownBy(() -> other.messaging().listMessages(dm.id(), 0, 10))
          .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> assertThat(e.code())
              .isEqualTo("conversation_not_found"));
      assertThat(other.messaging().stats()).isEqualTo(new MessagingStats(0, 0, 0));
    }
  }

  // ---------------------------------------------------------------- participants

  @Test
  void addParticipant_toAGroup_is201_thenReads200TheSameRow_andTheNewcomerReadsTheHistory() {
    ConversationView team = ada.messaging().createConversation(NewConversation.group(bob.uid()));
    ada.messaging().sendMessage(team.id(), "before Cy");
    clock.advance(Duration.ofMinutes(1));
    ModuleCalls.Answer raw = p.raw().asUser(bob.uid(), "POST",
        "/messaging/conversations/" + team.id() + "/participants", "{\"user_id\":\"" + cy.uid() + "\"}");
    assertThat(raw.status()).isEqualTo(201);
    ConversationParticipant again = ada.messaging().addParticipant(team.id(), cy.uid());
    assertThat(again).isEqualTo(new ConversationParticipant(raw.data().getString("id"), team.id(), cy.uid(),
        clock.instant(), null));
    assertThat(bodies(cy.messaging().listMessages(team.id()).toList())).containsExactly("before Cy");
    assertThat(cy.messaging().getConversations().findFirst().orElseThrow().unreadCount()).isEqualTo(1);
    cy.messaging().sendMessage(team.id(), "hi all");
    assertThat(ada.messaging().getConversations().findFirst().orElseThrow().participants()).hasSize(3);
  }

  @Test
  void addParticipant_isRefused_forADirectConversation_anUnknownUser_aBlockedPair_andAFullConversation() {
    ConversationView dm = direct(ada, bob);
    refused(() -> ada.messaging().addParticipant(dm.id(), cy.uid()), AmbaBadRequestException.class, "invalid_payload");
    ConversationView team = ada.messaging().createConversation(NewConversation.group(bob.uid()));
    refused(() -> ada.messaging().addParticipant(team.id(), NO_SUCH_ID), AmbaNotFoundException.class,
        "user_not_found");
    rawRefused(ada, "POST", "/messaging/conversations/" + team.id() + "/participants", "{}", 400, "invalid_payload");
    cy.friends().blockUser(ada.uid());
    refused(() -> ada.messaging().addParticipant(team.id(), cy.uid()), AmbaPermissionException.class, "blocked");
    assertThat(bob.messaging().addParticipant(team.id(), cy.uid()).userId()).isEqualTo(cy.uid());

    List<String> many = new ArrayList<>();
    for (int i = 0; i < 99; i++) {
      many.add(p.newUid());
    }
    ConversationView full = ada.messaging().createConversation(NewConversation.group(many));
    assertThat(full.participants()).hasSize(100);
    refused(() -> ada.messaging().addParticipant(full.id(), bob.uid()), AmbaConflictException.class,
        "conversation_full");
    assertThat(ada.messaging().addParticipant(full.id(), many.get(0)).userId()).isEqualTo(many.get(0));
  }

  // ---------------------------------------------------------------- blocks (22.4, 25.1)

  @Test
  void aBlockedUser_canNoLongerMessageTheBlocker_norTheBlockerThem_untilUnblocked_butBothKeepTheHistory() {
    ConversationView dm = direct(ada, bob);
    ada.messaging().sendMessage(dm.id(), "hello");
    var block = bob.friends().blockUser(ada.uid());
    refused(() -> ada.messaging().sendMessage(dm.id(), "why?"), AmbaPermissionException.class, "blocked");
    refused(() -> bob.messaging().sendMessage(dm.id(), "bye"), AmbaPermissionException.class, "blocked");
    refused(() -> direct(ada, bob), AmbaPermissionException.class, "blocked");
    assertThat(bodies(ada.messaging().listMessages(dm.id()).toList())).containsExactly("hello");
    assertThat(bob.messaging().markRead(dm.id()).userId()).isEqualTo(bob.uid());

    ConversationView team = cy.messaging().createConversation(NewConversation.group(ada.uid(), bob.uid()));
    assertThat(ada.messaging().sendMessage(team.id(), "group still works").body()).isEqualTo("group still works");

    bob.friends().unblock(block.id());
    assertThat(ada.messaging().sendMessage(dm.id(), "thanks").body()).isEqualTo("thanks");
  }

  // ---------------------------------------------------------------- admin (25.2)

  @Test
  void stats_countConversations_messages_andThoseActiveInTheLast24Hours() {
    ConversationView quiet = direct(ada, bob);
    ConversationView busy = direct(ada, cy);
    ada.messaging().sendMessage(quiet.id(), "old news");
    clock.advance(Duration.ofHours(25));
    cy.messaging().sendMessage(busy.id(), "fresh");
    cy.messaging().sendMessage(busy.id(), "fresher");
    assertThat(p.amba().messaging().stats()).isEqualTo(new MessagingStats(2, 3, 1));
    clock.advance(Duration.ofHours(24));
    assertThat(p.amba().messaging().stats().activeConversations24h()).isEqualTo(1);
    clock.advance(Duration.ofMillis(1));
    assertThat(p.amba().messaging().stats()).isEqualTo(new MessagingStats(2, 3, 0));
  }

  @Test
  void adminViews_carryEveryParticipant_andNoUnreadCount() {
    ConversationView dm = direct(ada, bob);
    ada.messaging().sendMessage(dm.id(), "hi");
    ConversationView seen = p.amba().messaging().listConversations(0, 10).items().get(0);
    assertThat(seen.id()).isEqualTo(dm.id());
    assertThat(seen.participants()).extracting(m -> m.user().id()).containsExactly(ada.uid(), bob.uid());
    assertThat(seen.lastMessage().map(Message::body)).contains("hi");
    assertThat(seen.unreadCount()).isZero();
    assertThat(p.raw().admin("GET", "/messaging/conversations", null).json().getInt("limit")).isEqualTo(50);
  }

  @Test
  void adminDelete_removesAMessageForGood_andAnAbsentOneIs404() {
    ConversationView dm = direct(ada, bob);
    Message first = ada.messaging().sendMessage(dm.id(), "keep");
    Message second = ada.messaging().sendMessage(dm.id(), "remove me");
    ModuleCalls.Answer raw = p.raw().admin("DELETE", "/messaging/messages/" + second.id(), null);
    assertThat(raw.status()).isEqualTo(200);
    assertThat(raw.data().getBoolean("deleted")).isTrue();
    assertThat(raw.data().getString("id")).isEqualTo(second.id());
    assertThat(bob.messaging().listMessages(dm.id()).toList()).containsExactly(first);
    assertThat(bob.messaging().getConversations().findFirst().orElseThrow().lastMessage()).contains(first);
    assertThatThrownBy(() -> p.amba().messaging().deleteMessage(second.id()))
        .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> assertThat(e.code()).isEqualTo("not_found"));
    Message third = ada.messaging().sendMessage(dm.id(), "after");
    assertThat(bodies(bob.messaging().listMessages(dm.id()).toList())).containsExactly("after", "keep");
    assertThat(third.createdAt()).isEqualTo(clock.instant());
  }

  @Test
  void theAdminSide_needsTheServerKey_beforeAnythingIsSent() {
    try (var clientOnly = dev.amba.AmbaClient.configure(dev.amba.AmbaConfig.builder().projectId("p")
        .clientKey("amb_dev_ck_x1234567").apiUrl("http://127.0.0.1:1").build())) {
      assertThatThrownBy(clientOnly::messaging).isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith("messaging() needs a server key");
    }
  }

  /** 25.4 #7 with the real moderation module: a match is still delivered, filed, and a reject deletes it. */
  @Test
  void aMessageARuleMatches_isDelivered_andFiledForModeration_andRejectingItDeletesIt() {
    p.amba().moderation().createRule(NewModerationRule.keywords("spam", List.of("casino")));
    ConversationView direct = ada.messaging().createConversation(NewConversation.direct(bob.uid()));
    Message clean = ada.messaging().sendMessage(direct.id(), "lunch at noon?");
    Message spam = ada.messaging().sendMessage(direct.id(), "Win big at the CASINO tonight");

    assertThat(bob.messaging().listMessages(direct.id()).map(Message::id).toList())
        .as("a match is still delivered").containsExactlyInAnyOrder(clean.id(), spam.id());
    List<ModerationItem> pending = p.amba().moderation().queueAll(ModerationStatus.PENDING).toList();
    assertThat(pending).singleElement().satisfies(item -> {
      assertThat(item.contentType()).isEqualTo("message");
      assertThat(item.contentId()).isEqualTo(spam.id());
      assertThat(item.filedByRule()).isTrue();
    });

    p.amba().moderation().reject(pending.get(0).id());
    assertThat(bob.messaging().listMessages(direct.id()).map(Message::id).toList()).containsExactly(clean.id());
    assertThat(p.amba().messaging().listMessages(direct.id()).map(Message::id).toList()).containsExactly(clean.id());
  }
}
