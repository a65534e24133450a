package dev.amba.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaClient;
import dev.amba.AmbaConfig;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Messaging calls refuse bad ids, bodies and participants before anything is sent (25.1, 25.4). */
class MessagingArgumentsTest {

  private static final String ID = "123e4567-e89b-12d3-a456-426614174000";
  private AmbaClient amba;
  private UserMessaging messaging;

  @BeforeEach
  void client() {
    // Nothing listens on port 1: a call that got past its checks would fail with a transport error.
    amba = AmbaClient.configure(AmbaConfig.builder().projectId("p").clientKey("amb_dev_ck_x1234567")
        .serverKey("amb_dev_sk_x1234567").apiUrl("http://127.0.0.1:1").build());
    messaging = amba.asUser("me").messaging();
  }

  @AfterEach
  void close() {
    amba.close();
  }

  @Test
  void everyConversationCall_takesAConversationIdThatIsAUuid() {
    assertThatThrownBy(() -> messaging.sendMessage("c1", "hi")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("conversationId ");
    assertThatThrownBy(() -> messaging.sendMessage(null, NewMessage.of("hi"))).hasMessageStartingWith("conversationId ");
    assertThatThrownBy(() -> messaging.listMessages("../x", 0, 10)).hasMessageStartingWith("conversationId ");
    assertThatThrownBy(() -> messaging.listMessages(ID + "0")).hasMessageStartingWith("conversationId ");
    assertThatThrownBy(() -> messaging.markRead("")).hasMessageStartingWith("conversationId ");
    assertThatThrownBy(() -> messaging.addParticipant("x", "u")).hasMessageStartingWith("conversationId ");
    assertThatThrownBy(() -> amba.messaging().listMessages("x", 0, 10)).hasMessageStartingWith("conversationId ");
    assertThatThrownBy(() -> amba.messaging().listMessages("x")).hasMessageStartingWith("conversationId ");
    assertThatThrownBy(() -> amba.messaging().deleteMessage("m1")).hasMessageStartingWith("messageId ");
  }

  @Test
  void aBody_isNotBlank_andAtMost4000Characters() {
    assertThat(NewMessage.of("x".repeat(4000))).isEqualTo(NewMessage.of("x".repeat(4000)));
    assertThatThrownBy(() -> NewMessage.of("x".repeat(4001))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("body ");
    assertThatThrownBy(() -> NewMessage.of("")).hasMessageStartingWith("body ");
    assertThatThrownBy(() -> NewMessage.of(" \n")).hasMessageStartingWith("body ");
    assertThatThrownBy(() -> NewMessage.of(null)).hasMessageStartingWith("body ");
    assertThatThrownBy(() -> messaging.sendMessage(ID, "\uD800")).hasMessageStartingWith("body ");
    assertThatThrownBy(() -> messaging.sendMessage(ID, (NewMessage) null)).isInstanceOf(NullPointerException.class)
        .hasMessage("message");
  }

  @Test
  void aMessageType_isOneTheServiceAccepts_andMetadataTravelsAsJson() {
    assertThat(NewMessage.of("a").type(MessageType.IMAGE).toString()).contains("message_type=image");
    assertThatThrownBy(() -> NewMessage.of("a").type(new MessageType("video"))).hasMessageStartingWith("messageType ");
    assertThatThrownBy(() -> NewMessage.of("a").type(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> NewMessage.of("a").metadata(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> NewMessage.of("a").metadata(Map.of("n", Double.NaN))).hasMessageStartingWith("metadata.n ");
    Map<String, Object> mine = new HashMap<>(Map.of("k", 1));
    NewMessage sent = NewMessage.of("a").metadata(mine);
    mine.put("k", 2);
    assertThat(sent).isEqualTo(NewMessage.of("a").metadata(Map.of("k", 1)));
  }

  @Test
  void participants_areWellFormedUserIds_atLeastOne_atMost99_repeatsDropped() {
    assertThat(NewConversation.group("a", "b", "a").userIds()).containsExactly("a", "b");
    assertThat(NewConversation.direct("b").type()).isEqualTo(ConversationType.DIRECT);
    assertThatThrownBy(() -> NewConversation.direct("a b")).hasMessageStartingWith("userId ");
    assertThatThrownBy(() -> NewConversation.direct(null)).hasMessageStartingWith("userId ");
    assertThatThrownBy(() -> NewConversation.group()).hasMessageStartingWith("userIds ");
    assertThatThrownBy(() -> NewConversation.group("ok", "")).hasMessageStartingWith("userIds[1] ");
    assertThatThrownBy(() -> NewConversation.group((List<String>) null)).isInstanceOf(NullPointerException.class);
    List<String> many = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      many.add("u" + i);
    }
    assertThatThrownBy(() -> NewConversation.group(many)).hasMessageStartingWith("userIds ");
    assertThat(NewConversation.group(many.subList(0, 99)).userIds()).hasSize(99);
    assertThatThrownBy(() -> NewConversation.group("b").name(" ")).hasMessageStartingWith("name ");
    assertThatThrownBy(() -> NewConversation.group("b").name("n".repeat(129))).hasMessageStartingWith("name ");
  }

  @Test
  void aConversation_needsAUserBesidesTheActingOne() {
    assertThatThrownBy(() -> messaging.createConversation(NewConversation.direct("me")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("own id");
    assertThatThrownBy(() -> messaging.createConversation(NewConversation.group("me", "me")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only the acting user");
    assertThatThrownBy(() -> messaging.createConversation(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> messaging.addParticipant(ID, "a/b")).hasMessageStartingWith("userId ");
  }

  @Test
  void pages_areBoundedAsTheServiceBoundsThem() {
    assertThatThrownBy(() -> messaging.getConversations(-1, 10)).hasMessageStartingWith("offset ");
    assertThatThrownBy(() -> messaging.getConversations(0, 101)).hasMessageStartingWith("limit ");
    assertThatThrownBy(() -> messaging.listMessages(ID, 0, 0)).hasMessageStartingWith("limit ");
    assertThatThrownBy(() -> amba.messaging().listConversations(0, 101)).hasMessageStartingWith("limit ");
  }

  @Test
  void wireValues_readInLowerCase_andAreNeverBlank() {
    assertThat(new ConversationType("GROUP")).isEqualTo(ConversationType.GROUP);
    assertThat(new MessageType("Text")).isEqualTo(MessageType.TEXT);
    assertThatThrownBy(() -> new MessageType(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ConversationType(null)).isInstanceOf(NullPointerException.class);
  }
}
