package dev.amba.testkit.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amba.testkit.internal.store.EventHistory.Tally;
import dev.amba.testkit.internal.store.EventStore.NewEvent;
import dev.amba.wire.ManualClock;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reads of past events by the server's time of receipt, over a real events table. */
class EventHistoryTest {
  private static final Instant T0 = Instant.parse("2030-01-07T10:00:00Z");

  private final ManualClock clock = new ManualClock(T0);
  private Database db;
  private Stores stores;
  private String projectId;
  private String ann;
  private String bob;

  @BeforeEach
  void open() throws Exception {
    db = Database.inMemory("history-" + System.nanoTime());
    stores = Stores.over(db, clock);
    projectId = stores.projects().create(false).projectId();
    ann = stores.users().createAnonymous(projectId).id();
    bob = stores.users().createAnonymous(projectId).id();
  }

  @AfterEach
  void close() {
    db.close();
  }

  private void store(String user, String name, JsonObject properties, Instant occurredAt) throws Exception {
    stores.events().insert(projectId, List.of(new NewEvent(user, name, properties, occurredAt, null)));
  }

  private static JsonObject amount(Object value) {
    return value instanceof Integer i ? Json.createObjectBuilder().add("amount", i).build()
        : value instanceof Double d ? Json.createObjectBuilder().add("amount", d).build()
        : Json.createObjectBuilder().add("amount", value.toString()).build();
  }

  @Test
  void amounts_addUpOnlyPositiveIntegers_andTheLastCountingEventIsWhenTheTallyWasReached() throws Exception {
    store(ann, "xp_awarded", amount(10), null);
    clock.advance(Duration.ofSeconds(5));
    store(ann, "xp_awarded", amount(5), null);
    clock.advance(Duration.ofSeconds(5));
    for (Object notACredit : List.of(-3, 2.5, "7", 0)) {
      store(ann, "xp_awarded", amount(notACredit), null);
    }
    store(ann, "other", amount(100), null);

    Tally t = db.read(c -> EventHistory.tally(c, projectId, ann, "xp_awarded", "amount", null, null));
    assertThat(t).isEqualTo(new Tally(15, T0.plusSeconds(5)));
    Tally count = db.read(c -> EventHistory.tally(c, projectId, ann, "xp_awarded", null, null, null));
    assertThat(count.total()).isEqualTo(6);
    Tally none = db.read(c -> EventHistory.tally(c, projectId, bob, "xp_awarded", "amount", null, null));
    assertThat(none).isEqualTo(Tally.NONE);
  }

  @Test
  void windows_goByReceipt_neverByOccurredAt_andUsersOutsideTheProjectAreLeftOut() throws Exception {
    store(ann, "quiz", JsonObject.EMPTY_JSON_OBJECT, T0.minus(Duration.ofDays(30)));
    clock.advance(Duration.ofDays(1));
    store(bob, "quiz", JsonObject.EMPTY_JSON_OBJECT, null);
    store("not_a_user", "quiz", JsonObject.EMPTY_JSON_OBJECT, null);
    Instant day2 = T0.plus(Duration.ofDays(1));

    Map<String, Tally> firstDay = db.read(c -> EventHistory.tallyByUser(c, projectId, "quiz", null, T0, day2));
    assertThat(firstDay).containsOnlyKeys(ann);
    Map<String, Tally> all = db.read(c -> EventHistory.tallyByUser(c, projectId, "quiz", null, null, null));
    assertThat(all).containsOnlyKeys(ann, bob);
    java.util.SortedSet<String> secondDay = db.read(c -> EventHistory.activeUsers(c, projectId, day2, null));
    assertThat(secondDay).containsExactly(bob);
    java.util.SortedSet<String> ever = db.read(c -> EventHistory.activeUsers(c, projectId, null, null));
    assertThat(ever).containsExactlyElementsOf(new java.util.TreeSet<>(List.of(ann, bob)));
  }
}
