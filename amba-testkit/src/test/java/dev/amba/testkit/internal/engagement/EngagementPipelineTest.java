package dev.amba.testkit.internal.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amba.testkit.internal.store.Database;
import dev.amba.testkit.internal.store.EventStore;
import dev.amba.testkit.internal.store.EventStore.NewEvent;
import dev.amba.testkit.internal.store.Stores;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** M4 over a real events table: stage order, derived events depth first, the depth cap, dedupe. */
class EngagementPipelineTest {
  private static final Instant T0 = Instant.parse("2026-05-01T10:00:00Z");

  private Database db;
  private EventStore events;
  private String projectId;
  private final List<String> seen = new ArrayList<>();

  /** Records what it sees as "step:name@depth" and derives as told. */
  private final class Probe implements EngagementStage {
    private final int step;
    private final String on;
    private final List<String> derives;

    Probe(int step, String on, String... derives) {
      this.step = step;
      this.on = on;
      this.derives = List.of(derives);
    }

    @Override
    public int step() {
      return step;
    }

    @Override
    public void apply(StoredEvent event, Consumer<DerivedEvent> emit) {
      seen.add(step + ":" + event.name() + "@" + event.depth());
      if (event.name().equals(on)) {
        derives.forEach(name -> emit.accept(new DerivedEvent(name, Json.createObjectBuilder()
            .add("from", event.name()).build())));
      }
    }
  }

  @BeforeEach
  void open() throws Exception {
    db = Database.inMemory("pipeline-" + System.nanoTime());
    Stores stores = Stores.over(db, Clock.fixed(T0, ZoneOffset.UTC));
    events = stores.events();
    projectId = stores.projects().create(false).projectId();
  }

  @AfterEach
  void close() {
    db.close();
  }

  private void engage(EngagementStage... stages) {
    events.engage(new EngagementPipeline(List.of(stages), events::storeDerived));
  }

  private void track(String name, String eventId) throws Exception {
    events.insert(projectId, List.of(new NewEvent("u1", name, JsonObject.EMPTY_JSON_OBJECT, null, eventId)));
  }

  private List<String> storedNames() throws Exception {
    List<String> names = new ArrayList<>();
    events.scan(new EventStore.Filter(projectId, null, null, null, null), false,
        (name, at, json) -> names.add(name));
    return names;
  }

  @Test
  void stagesRunInM4Order_thenTheDerivedEvents_depthFirst_inEmissionOrder() throws Exception {
    engage(new Probe(2, "a", "b", "c"), new Probe(1, "b", "d"));
    track("a", null);
    assertThat(seen).containsExactly(
        "1:a@0", "2:a@0",
        "1:b@1", "2:b@1", "1:d@2", "2:d@2",
        "1:c@1", "2:c@1");
    assertThat(storedNames()).containsExactlyInAnyOrder("a", "b", "d", "c");
  }

  @Test
  void aDerivedEventAtDepthThree_isStored_butRunsNoStage() throws Exception {
    // Every "loop" derives another "loop": without the cap this would never end.
    engage(new Probe(1, "loop", "loop"));
    track("loop", null);
    assertThat(seen).containsExactly("1:loop@0", "1:loop@1", "1:loop@2");
    assertThat(storedNames()).hasSize(4);
  }

  @Test
  void aDuplicateEventId_isNeverAppliedTwice() throws Exception {
    engage(new Probe(1, "a", "b"));
    track("a", "evt-1");
    track("a", "evt-1");
    assertThat(seen).containsExactly("1:a@0", "1:b@1");
    assertThat(storedNames()).containsExactlyInAnyOrder("a", "b");
  }

  @Test
  void serverWrittenEvents_startAtTheDepthTheyAreGiven() throws Exception {
    engage(new Probe(1, "ai_usage", "x"));
    events.insert(projectId, List.of(new NewEvent("u1", "ai_usage", JsonObject.EMPTY_JSON_OBJECT, null, "m1")), 1);
    assertThat(seen).containsExactly("1:ai_usage@1", "1:x@2");
  }
}
