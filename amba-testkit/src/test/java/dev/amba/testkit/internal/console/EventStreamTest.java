package dev.amba.testkit.internal.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.testkit.internal.ApiException;
import dev.amba.testkit.internal.engagement.StoredEvent;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The stream's bounds, without a socket: what a slow reader, the cap and closing do. */
class EventStreamTest {

  private static StoredEvent event(String project, String name, int depth) {
    return new StoredEvent("id-" + name, project, "user-1", name, JsonValue.EMPTY_JSON_OBJECT,
        Instant.parse("2026-03-02T12:00:00Z"), depth);
  }

  @Test
  void aReaderThatFallsAQueueBehind_isDropped_notBufferedFor() throws Exception {
    EventStream stream = new EventStream();
    EventStream.Subscriber slow = stream.subscribe("p1", 0);
    for (int i = 0; i < EventStream.QUEUE_LIMIT; i++) {
      stream.publish(event("p1", "e" + i, 0));
    }
    assertThat(slow.ended()).isFalse();
    assertThat(slow.queue).hasSize(EventStream.QUEUE_LIMIT);

    stream.publish(event("p1", "one_too_many", 0));

    // Its queue emptied down to the end marker; later events never reach it.
    assertThat(slow.ended()).isTrue();
    assertThat(slow.queue).hasSize(1);
    stream.publish(event("p1", "later", 0));
    assertThat(slow.queue).hasSize(1);
    // Its writer, once it runs, writes the preamble and returns at once, freeing the place.
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    stream.write(slow, out);
    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("retry: 2000").doesNotContain("data:");
    assertThat(stream.openStreams()).isZero();
  }

  @Test
  void eventsGoToTheirProjectsStreamsOnly_derivedOnesMarked() {
    EventStream stream = new EventStream();
    EventStream.Subscriber mine = stream.subscribe("p1", 0);
    stream.publish(event("p2", "theirs", 0));
    stream.publish(event("p1", "xp_awarded", 1));
    assertThat(mine.queue).hasSize(1);
    EventStream.Item item = mine.queue.peek();
    assertThat(item.json()).contains("\"event\":\"xp_awarded\"", "\"derived\":true", "\"depth\":1");
  }

  @Test
  void theCap_refusesTheNinthStream_andClosing_endsEveryStreamAndRefusesNewOnes() {
    EventStream stream = new EventStream();
    EventStream.Subscriber[] open = new EventStream.Subscriber[EventStream.MAX_STREAMS];
    for (int i = 0; i < open.length; i++) {
      open[i] = stream.subscribe("p1", 0);
    }
    assertThatThrownBy(() -> stream.subscribe("p1", 0)).isInstanceOf(ApiException.class)
        .satisfies(e -> assertThat(((ApiException) e).code()).isEqualTo("too_many_streams"));

    stream.close();
    for (EventStream.Subscriber s : open) {
      assertThat(s.ended()).isTrue();
    }
    assertThatThrownBy(() -> stream.subscribe("p1", 0)).isInstanceOf(ApiException.class)
        .satisfies(e -> assertThat(((ApiException) e).code()).isEqualTo("emulator_closing"));
  }

  @Test
  void theRecentRing_isBounded_andAReplayFitsInTheQueue() {
    EventStream stream = new EventStream();
    for (int i = 0; i < EventStream.RECENT_LIMIT + 10; i++) {
      stream.publish(event("p1", "e" + i, 0));
    }
    EventStream.Subscriber fresh = stream.subscribe("p1", 0);
    assertThat(fresh.queue).hasSize(EventStream.QUEUE_LIMIT / 2);
    // The newest ones, oldest of them first.
    assertThat(fresh.queue.peek().json()).contains("\"event\":\"e" + (EventStream.RECENT_LIMIT + 10 - EventStream.QUEUE_LIMIT / 2) + "\"");
    EventStream.Subscriber resumed = stream.subscribe("p1", EventStream.RECENT_LIMIT + 8);
    assertThat(resumed.queue).hasSize(2);
  }
}
