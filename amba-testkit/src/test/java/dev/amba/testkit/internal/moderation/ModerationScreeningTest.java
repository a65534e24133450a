package dev.amba.testkit.internal.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amba.testkit.internal.engagement.Screening;
import dev.amba.testkit.internal.kit.Resource;
import dev.amba.testkit.internal.kit.Resource.Scope;
import dev.amba.testkit.internal.kit.Row;
import dev.amba.testkit.internal.store.Database;
import dev.amba.testkit.internal.store.Stores;
import dev.amba.wire.ManualClock;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The {@link Screening} moderation offers reviews and messaging, without HTTP: 27.4's keyword and
 * regex rules, the trusted exemption, the queue item a match files on the caller's connection.
 */
class ModerationScreeningTest {

  private final ManualClock clock = new ManualClock(Instant.parse("2030-02-04T10:00:00Z"));
  private Database db;
  private String projectId;
  private String ada;
  private Screening screening;

  @BeforeEach
  void open() throws Exception {
    db = Database.inMemory("moderation-" + System.nanoTime());
    Stores stores = Stores.over(db, clock);
    projectId = stores.projects().create(false).projectId();
    ada = stores.users().createAnonymous(projectId).id();
    ModerationRoutes moderation = new ModerationRoutes(stores, clock, List::of);
    db.read(c -> {
      for (Resource r : moderation.resources()) {
        r.ensureTable(c);
      }
      return null;
    });
    screening = moderation.screening();
  }

  @AfterEach
  void close() {
    db.close();
  }

  private void rule(String type, JsonObject config, boolean active) throws SQLException {
    db.transaction(c -> ModerationTables.RULES.insert(c, Scope.project(projectId), ModerationTables.RULES.forCreate(
        Json.createObjectBuilder().add("name", type + " rule").add("rule_type", type).add("config", config)
            .add("is_active", active).build()), clock.instant()));
  }

  private void keywords(String... words) throws SQLException {
    rule("keyword_filter", Json.createObjectBuilder().add("keywords", Json.createArrayBuilder(Arrays.asList(words)))
        .build(), true);
  }

  private boolean screen(String id, String... texts) throws SQLException {
    return db.transaction(c -> screening.screen(c, projectId, ada, "review", id, Arrays.asList(texts)));
  }

  private List<Row> queue() throws SQLException {
    return db.read(c -> ModerationTables.QUEUE.list(c, Scope.project(projectId)));
  }

  @Test
  void noRules_matchNothing_andFileNothing() throws Exception {
    assertThat(screen("r1", "anything at all")).isFalse();
    assertThat(queue()).isEmpty();
  }

  @Test
  void aKeyword_matchesAsAWholeWordInAnyCase_only() throws Exception {
    keywords("casino", "free money");
    assertThat(screen("r1", "Visit the CASINO now")).isTrue();
    assertThat(screen("r2", "casinos are fine", "occasino")).isFalse();
    assertThat(screen("r3", null, "get Free Money!")).isTrue();
    assertThat(queue()).extracting(r -> r.string("content_id")).containsExactly("r3", "r1");
    Row item = queue().get(1);
    assertThat(item.string("content_type")).isEqualTo("review");
    assertThat(item.string("status")).isEqualTo("pending");
    assertThat(item.isNull("reported_by")).isTrue();
    assertThat(item.string("reason")).isEqualTo("matched rule \"keyword_filter rule\"");
  }

  @Test
  void aRegex_matchesWhereItFindsAMatch_andInactiveRulesDoNothing() throws Exception {
    rule("regex", Json.createObjectBuilder().add("pattern", "https?://\\S+").build(), true);
    rule("keyword_filter", Json.createObjectBuilder().add("keywords", Json.createArrayBuilder().add("nice")).build(),
        false);
    assertThat(screen("r1", "see http://x.example")).isTrue();
    assertThat(screen("r2", "nice and plain")).isFalse();
  }

  @Test
  void contentScreenedAgainWhileItsRuleItemIsOpen_getsNoSecondItem() throws Exception {
    keywords("casino");
    assertThat(screen("r1", "casino")).isTrue();
    assertThat(screen("r1", "casino again")).isTrue();
    assertThat(queue()).hasSize(1);
  }

  @Test
  void trustedAuthors_skipTheRules_onlyWhileAnAutoApproveTrustedRuleIsActive() throws Exception {
    keywords("casino");
    db.transaction(c -> ModerationTables.TRUST.insert(c, Scope.project(projectId), ModerationTables.TRUST.forCreate(
        Json.createObjectBuilder().add("app_user_id", ada).add("trust_level", "trusted").add("auto_approve", false)
            .build()), clock.instant()));
    assertThat(screen("r1", "casino")).isTrue();
    rule("auto_approve_trusted", Json.createObjectBuilder().build(), true);
    assertThat(screen("r2", "casino")).isFalse();
    assertThat(queue()).extracting(r -> r.string("content_id")).containsExactly("r1");
  }

  @Test
  void aMatchRolledBackWithItsContent_leavesNoItem() throws Exception {
    keywords("casino");
    try {
      db.transaction(c -> {
        screening.screen(c, projectId, ada, "message", "m1", List.of("casino"));
        throw new SQLException("the content's own write failed");
      });
    } catch (SQLException expected) {
      // The item was filed on the content's connection, so it goes with it.
    }
    assertThat(queue()).isEmpty();
  }
}
