package dev.amba.wire.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amba.AmbaUser;
import dev.amba.messaging.ConversationView;
import dev.amba.messaging.Message;
import dev.amba.messaging.NewConversation;
import dev.amba.wire.ManualClock;
import dev.amba.wire.ProjectPerTest;
import dev.amba.wire.Together;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Sixteen users on sixteen threads, released together, each sending into the four group
 * conversations it shares with its neighbours (conversation k holds users k..k+3, mod 16), while
 * the clock stands still: every user sees exactly its own conversations, every conversation holds
 * every message once, each sender's messages appear in the order that sender sent them, and every
 * reader (the participants and the admin) sees one and the same order.
 */
class MessagingConcurrencyWireTest {

  static final ManualClock clock = new ManualClock(Instant.parse("2030-01-07T09:00:00Z"));
  @RegisterExtension
  static final ProjectPerTest p = new ProjectPerTest(clock);

  private static final int USERS = 16;
  private static final int SIZE = 4;
  private static final int ROUNDS = 5;

  @Test
  void sixteenUsersSendingAtOnce_eachSeeOnlyTheirConversations_inOneOrderPerConversation_nothingLost()
      throws Exception {
    List<AmbaUser> users = new ArrayList<>();
    for (int i = 0; i < USERS; i++) {
      users.add(p.newUser());
    }
    List<String> conversations = new ArrayList<>();
    Map<String, Set<Integer>> members = new TreeMap<>();
    for (int k = 0; k < USERS; k++) {
      List<String> others = new ArrayList<>();
      Set<Integer> in = new HashSet<>();
      in.add(k);
      for (int j = 1; j < SIZE; j++) {
        others.add(users.get((k + j) % USERS).uid());
        in.add((k + j) % USERS);
      }
      String id = users.get(k).messaging().createConversation(NewConversation.group(others)).id();
      conversations.add(id);
      members.put(id, in);
    }

    List<Integer> sent = Together.run(USERS, t -> {
      List<String> mine = new ArrayList<>();
      members.forEach((id, in) -> {
        if (in.contains(t)) {
          mine.add(id);
        }
      });
      int n = 0;
      for (int round = 0; round < ROUNDS; round++) {
        for (String id : mine) {
          users.get(t).messaging().sendMessage(id, "u" + t + " #" + round);
          n++;
        }
      }
      return n;
    });
    assertThat(sent).allMatch(n -> n == SIZE * ROUNDS);

    for (int t = 0; t < USERS; t++) {
      int user = t;
      Set<String> expected = members.entrySet().stream().filter(e -> e.getValue().contains(user))
          .map(Map.Entry::getKey).collect(Collectors.toSet());
      List<ConversationView> seen = users.get(t).messaging().getConversations().toList();
      assertThat(seen).extracting(ConversationView::id).containsExactlyInAnyOrderElementsOf(expected);
      for (ConversationView view : seen) {
        assertThat(view.participants()).extracting(m -> m.user().id())
            .containsExactlyInAnyOrderElementsOf(members.get(view.id()).stream().map(i -> users.get(i).uid()).toList());
        assertThat(view.unreadCount()).isEqualTo((SIZE - 1) * ROUNDS);
      }
    }

    for (String id : conversations) {
      List<Message> adminOrder = p.amba().messaging().listMessages(id).toList();
      assertThat(adminOrder).hasSize(SIZE * ROUNDS);
      assertThat(adminOrder).extracting(Message::conversationId).containsOnly(id);
      assertThat(adminOrder).extracting(Message::body).doesNotHaveDuplicates();
      for (int i : members.get(id)) {
        String sender = users.get(i).uid();
        List<String> bySender = adminOrder.stream().filter(m -> m.senderId().equals(sender)).map(Message::body).toList();
        List<String> inOrder = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
          inOrder.add("u" + i + " #" + round);
        }
        assertThat(bySender).as("%s in %s", sender, id).isEqualTo(inOrder);
      }
      List<Message> newestFirst = new ArrayList<>(adminOrder);
      Collections.reverse(newestFirst);
      for (int i : members.get(id)) {
        assertThat(users.get(i).messaging().listMessages(id).toList()).isEqualTo(newestFirst);
      }
      assertThat(users.get(members.get(id).iterator().next()).messaging().getConversations()
          .filter(v -> v.id().equals(id)).findFirst().orElseThrow().lastMessage()).contains(newestFirst.get(0));
    }
    System.out.printf("messaging race: %d users on %d threads, %d conversations, %d messages, none lost%n", USERS,
        USERS, conversations.size(), sent.stream().mapToInt(Integer::intValue).sum());
  }
}
