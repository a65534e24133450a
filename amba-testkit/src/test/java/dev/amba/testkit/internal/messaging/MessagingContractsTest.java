package dev.amba.testkit.internal.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaClient;
import dev.amba.AmbaConfig;
import dev.amba.AmbaServerException;
import dev.amba.AmbaUser;
import dev.amba.messaging.ConversationView;
import dev.amba.messaging.Message;
import dev.amba.messaging.NewConversation;
import dev.amba.testkit.EmulatorProject;
import dev.amba.testkit.internal.Authenticator;
import dev.amba.testkit.internal.EmulatorServer;
import dev.amba.testkit.internal.IdempotencyCache;
import dev.amba.testkit.internal.Ids;
import dev.amba.testkit.internal.RouteTable;
import dev.amba.testkit.internal.engagement.ModeratedContent;
import dev.amba.testkit.internal.engagement.Relationships;
import dev.amba.testkit.internal.engagement.Screening;
import dev.amba.testkit.internal.kit.Resource;
import dev.amba.testkit.internal.kit.Resource.Scope;
import dev.amba.testkit.internal.store.Database;
import dev.amba.testkit.internal.store.Stores;
import dev.amba.wire.ManualClock;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What messaging asks of and offers to the rest of the emulator, through the SDK against a server
 * of messaging alone: each new message passes {@link Screening} once, on the transaction that
 * writes it, and is still delivered when a rule matches (25.4 #7); a failing screening stores
 * nothing; the {@code message} content type, rejected, deletes the message (27.4).
 */
class MessagingContractsTest {

  /** One screening call as the contract received it. */
  record Screened(String projectId, String authorId, String contentType, String contentId, List<String> texts,
      boolean inTransaction, boolean messageVisible) {}

  private final ManualClock clock = new ManualClock(Instant.parse("2030-01-07T09:00:00Z"));
  private final List<Screened> screened = new CopyOnWriteArrayList<>();
  private volatile boolean screeningFails;
  private Database db;
  private Stores stores;
  private EmulatorServer server;
  private EmulatorProject project;
  private AmbaClient amba;
  private MessagingRoutes messaging;

  @BeforeEach
  void open() throws Exception {
    db = Database.inMemory("messaging-" + Ids.uuid());
    stores = Stores.over(db, clock);
    project = stores.projects().create(false);
    Relationships nobodyBlocked = new Relationships() {
      @Override
      public boolean blocked(String p, String a, String b) {
        return false;
      }

      @Override
      public Set<String> friends(String p, String u) {
        return Set.of();
      }

      @Override
      public Set<String> blockedWith(String p, String u) {
        return Set.of();
      }
    };
    Screening spamFilter = (Connection c, String projectId, String authorId, String contentType, String contentId,
        List<String> texts) -> {
      if (screeningFails) {
        throw new SQLException("moderation is down");
      }
      boolean visible = MessagingTables.MESSAGES.findById(c, Scope.project(projectId), contentId).isPresent();
      screened.add(new Screened(projectId, authorId, contentType, contentId, texts, !c.getAutoCommit(), visible));
      return texts.stream().anyMatch(t -> t.contains("spam"));
    };
    messaging = new MessagingRoutes(stores, clock, nobodyBlocked, spamFilter);
    RouteTable routes = new RouteTable().add(messaging);
    for (Resource resource : routes.resources()) {
      db.read(c -> {
        resource.ensureTable(c);
        return null;
      });
    }
    server = new EmulatorServer("127.0.0.1", 0, routes, new Authenticator(stores), (path, p) -> null, r -> { },
        new IdempotencyCache(clock));
    amba = AmbaClient.configure(AmbaConfig.builder().projectId(project.projectId())
        .clientKey(project.clientKey()).serverKey(project.serverKey()).apiUrl(server.baseUrl()).build());
  }

  @AfterEach
  void close() {
    amba.close();
    server.close();
    db.close();
    stores.storage().close();
  }

  private AmbaUser newUser() throws SQLException {
    return amba.asUser(stores.users().createAnonymous(project.projectId()).id());
  }

  @Test
  void eachNewMessage_isScreenedOnce_onTheTransactionThatWritesIt_andAMatchIsStillDelivered() throws Exception {
    AmbaUser ada = newUser();
    AmbaUser bob = newUser();
    ConversationView dm = ada.messaging().createConversation(NewConversation.direct(bob.uid()));
    Message clean = ada.messaging().sendMessage(dm.id(), "good game");
    Message spam = bob.messaging().sendMessage(dm.id(), "buy spam now");
    assertThat(screened).containsExactly(
        new Screened(project.projectId(), ada.uid(), "message", clean.id(), List.of("good game"), true, true),
        new Screened(project.projectId(), bob.uid(), "message", spam.id(), List.of("buy spam now"), true, true));
    assertThat(ada.messaging().listMessages(dm.id()).toList()).containsExactly(spam, clean);
  }

  @Test
  void aScreeningThatFails_storesNoMessage() throws Exception {
    AmbaUser ada = newUser();
    AmbaUser bob = newUser();
    ConversationView dm = ada.messaging().createConversation(NewConversation.direct(bob.uid()));
    screeningFails = true;
    assertThatThrownBy(() -> ada.messaging().sendMessage(dm.id(), "lost")).isInstanceOf(AmbaServerException.class);
    screeningFails = false;
    assertThat(ada.messaging().listMessages(dm.id()).toList()).isEmpty();
    assertThat(ada.messaging().sendMessage(dm.id(), "kept").body()).isEqualTo("kept");
  }

  @Test
  void aRejectedMessage_isDeleted_anApprovedOneStays_andUnknownIdsAreIgnored() throws Exception {
    assertThat(messaging.moderatedContent()).singleElement()
        .satisfies(m -> assertThat(m.contentType()).isEqualTo("message"));
    ModeratedContent content = messaging.moderatedContent().get(0);
    AmbaUser ada = newUser();
    AmbaUser bob = newUser();
    ConversationView dm = ada.messaging().createConversation(NewConversation.direct(bob.uid()));
    Message kept = ada.messaging().sendMessage(dm.id(), "fine");
    Message rejected = ada.messaging().sendMessage(dm.id(), "spam");
    content.approved(project.projectId(), kept.id());
    content.rejected(project.projectId(), rejected.id());
    content.rejected(project.projectId(), "00000000-0000-0000-0000-000000000000");
    content.rejected(project.projectId(), "not-an-id");
    content.rejected("another-project", kept.id());
    assertThat(bob.messaging().listMessages(dm.id()).toList()).containsExactly(kept);
    assertThat(bob.messaging().getConversations().findFirst().orElseThrow().lastMessage()).contains(kept);
  }
}
