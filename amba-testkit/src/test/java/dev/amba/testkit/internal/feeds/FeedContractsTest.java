package dev.amba.testkit.internal.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amba.testkit.internal.engagement.EngagementStage;
import dev.amba.testkit.internal.engagement.Memberships;
import dev.amba.testkit.internal.engagement.ModeratedContent;
import dev.amba.testkit.internal.engagement.Relationships;
import dev.amba.testkit.internal.engagement.StoredEvent;
import dev.amba.testkit.internal.kit.Resource;
import dev.amba.testkit.internal.kit.Resource.Scope;
import dev.amba.testkit.internal.kit.Row;
import dev.amba.testkit.internal.store.Database;
import dev.amba.testkit.internal.store.Stores;
import dev.amba.wire.ManualClock;
import jakarta.json.Json;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the feeds module offers the rest of the emulator without HTTP: its M4 stage is number 7 and
 * writes for the stored event, and it owns the {@code feed_item} content type, whose rejection by
 * moderation deletes the item and whose approval keeps it.
 */
class FeedContractsTest {

  private final ManualClock clock = new ManualClock(Instant.parse("2030-01-07T09:00:00Z"));
  private Database db;
  private String projectId;
  private String ada;
  private FeedRoutes feeds;

  @BeforeEach
  void open() throws Exception {
    db = Database.inMemory("feeds-" + System.nanoTime());
    Stores stores = Stores.over(db, clock);
    projectId = stores.projects().create(false).projectId();
    ada = stores.users().createAnonymous(projectId).id();
    Relationships nobody = new Relationships() {
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
    Memberships noGroups = (p, g) -> null;
    feeds = new FeedRoutes(stores, clock, nobody, noGroups);
    db.read(c -> {
      for (Resource r : feeds.resources()) {
        r.ensureTable(c);
      }
      return null;
    });
    db.transaction(c -> FeedTables.RULES.insert(c, Scope.project(projectId), FeedTables.RULES.forCreate(
        Json.createObjectBuilder().add("source_event", "level.completed").add("action", "completed_level").build()),
        clock.instant()));
  }

  @AfterEach
  void close() {
    db.close();
  }

  private List<Row> items() throws SQLException {
    return db.read(c -> FeedTables.ITEMS.list(c, Scope.project(projectId)));
  }

  private Row writeOne() throws SQLException {
    EngagementStage stage = feeds.stages().get(0);
    stage.apply(new StoredEvent("e1", projectId, ada, "level.completed",
        Json.createObjectBuilder().add("target_id", "level-1").build(), clock.instant(), 0), derived -> {
          throw new AssertionError("feeds derive no events: " + derived);
        });
    return items().get(0);   // newest first
  }

  @Test
  void theStage_isStep7_andWritesForTheStoredEvent() throws Exception {
    assertThat(feeds.stages()).singleElement().satisfies(s -> assertThat(s.step()).isEqualTo(7));
    Row item = writeOne();
    assertThat(item.string("actor_id")).isEqualTo(ada);
    assertThat(item.string("action")).isEqualTo("completed_level");
    assertThat(item.string("target_id")).isEqualTo("level-1");
  }

  @Test
  void aRejectedFeedItem_isDeleted_anApprovedOneStays_andAnUnknownIdIsIgnored() throws Exception {
    assertThat(feeds.moderatedContent()).singleElement()
        .satisfies(m -> assertThat(m.contentType()).isEqualTo("feed_item"));
    ModeratedContent content = feeds.moderatedContent().get(0);
    Row kept = writeOne();
    Row rejected = writeOne();
    content.approved(projectId, kept.id());
    content.rejected(projectId, rejected.id());
    content.rejected(projectId, "00000000-0000-0000-0000-000000000000");
    content.rejected(projectId, "not-an-id");
    content.rejected("another-project", kept.id());
    assertThat(items()).extracting(Row::id).containsExactly(kept.id());
  }
}
