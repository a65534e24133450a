package dev.amba.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaClient;
import dev.amba.AmbaConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Argument rules of the events API; every failure happens before a request is built. */
class EventArgumentsTest {

  private static final Instant NOW = Instant.parse("2030-06-01T12:00:00Z");

  // Nothing listens on port 1: a call that got as far as sending would fail with a transport error.
  private final AmbaClient amba = AmbaClient.configure(AmbaConfig.builder().projectId("p")
      .clientKey("amb_dev_ck_x1234567").serverKey("amb_dev_sk_y1234567").apiUrl("http://127.0.0.1:1")
      .clock(Clock.fixed(NOW, ZoneOffset.UTC)).build());

  @AfterEach
  void close() {
    amba.close();
  }

  @Test
  void eventName_mustBeLowercaseSnakeCaseStartingWithALetter() {
    assertThat(Event.of("checkout_completed_2").name()).isEqualTo("checkout_completed_2");
    for (String bad : new String[] {"", "Checkout", "checkout-completed", "_private", "2fa_enabled", "a b", "é"}) {
      assertThatThrownBy(() -> Event.of(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("event name");
    }
    assertThat(Event.of("a".repeat(128)).name()).hasSize(128);
    // Revision 2: snake_case words joined by '.', each word starting with a letter.
    assertThat(Event.of("session.completed").name()).isEqualTo("session.completed");
    assertThat(Event.of("shop.checkout_2.done").name()).isEqualTo("shop.checkout_2.done");
    for (String bad : new String[] {".a", "a.", "a..b", "a._b", "a.2b", "A.b", "a.B"}) {
      assertThatThrownBy(() -> Event.of(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("joined by '.'");
    }
    assertThatThrownBy(() -> Event.of("a".repeat(129))).hasMessageContaining("1..128");
  }

  @Test
  void event_keepsItsIdAcrossCopies() {
    Event e = Event.of("order_paid", Map.of("total", 10));
    assertThat(e.at(NOW).eventId()).isEqualTo(e.eventId());
    assertThat(e.withEventId("order-42").eventId()).isEqualTo("order-42");
    assertThat(Event.of("order_paid").eventId()).isNotEqualTo(e.eventId());
    assertThatThrownBy(() -> e.withEventId(" ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void eventProperties_refuseWhatJsonCannotCarry_namingThePath() {
    assertRefused(Map.of("score", Double.NaN), "properties.score is NaN");
    assertRefused(Map.of("a", Map.of("b", List.of(1, Float.NEGATIVE_INFINITY))), "properties.a.b[1] is -Infinity");
    assertRefused(Map.of("v", new double[] {1, Double.POSITIVE_INFINITY}), "properties.v[1] is Infinity");
    assertRefused(Map.of("when", NOW), "properties.when is a java.time.Instant");
    assertRefused(Map.of("n", new java.util.concurrent.atomic.AtomicLong()), "properties.n is a java.util.concurrent.atomic.AtomicLong");
    assertRefused(Map.of("c", new char[] {'x'}), "properties.c is a char[]");
    assertRefused(Map.of("", 1), "properties has an empty key");
    assertRefused(Map.of("m", Map.of(7, "x")), "properties.m has a key of type java.lang.Integer");
    Map<Object, Object> nullKey = new java.util.HashMap<>();
    nullKey.put(null, 1);
    assertRefused(Map.of("m", nullKey), "properties.m has a null key");
    // A caller's raw map can smuggle a non-string key past the generic type.
    @SuppressWarnings({"unchecked", "rawtypes"})
    Map<String, Object> raw = (Map) Map.of(1, "x");
    assertRefused(raw, "properties has a key of type java.lang.Integer");
    assertRefused(Map.of("s", List.of("ok", "bad\uD800")), "properties.s[1] has an unpaired UTF-16 surrogate");
    assertRefused(Map.of("m", Map.of("k\uDC00", 1)), "properties.m has a key with an unpaired UTF-16 surrogate");
  }

  @Test
  void eventProperties_refuseCycles_butTakeTheSameMapTwice() {
    Map<String, Object> self = new java.util.LinkedHashMap<>();
    self.put("me", self);
    assertRefused(self, "properties.me contains itself (a cycle back to properties)");
    Map<String, Object> inner = new java.util.LinkedHashMap<>();
    List<Object> list = new ArrayList<>(List.of(inner));
    inner.put("up", list);
    assertRefused(Map.of("l", list), "properties.l[0].up contains itself (a cycle back to properties.l)");
    Object[] array = new Object[1];
    array[0] = array;
    assertRefused(Map.of("a", array), "properties.a[0] contains itself (a cycle back to properties.a)");
    Map<String, Object> shared = Map.of("x", 1);
    assertThat(Event.of("shared_twice", Map.of("a", shared, "b", List.of(shared, shared))).properties())
        .containsEntry("b", List.of(shared, shared));
  }

  @Test
  void eventProperties_nestAtMost100Levels() {
    Object deepest = 1;
    for (int i = 0; i < 100; i++) {
      deepest = List.of(deepest);
    }
    Object ok = deepest;
    assertThat(Event.of("deep", Map.of("d", ok)).properties()).containsKey("d");
    assertRefused(Map.of("d", List.of(ok)), "nests deeper than 100 levels");
  }

  @Test
  void eventProperties_areAnUnmodifiableDeepCopy_withArraysAsLists() {
    Map<String, Object> nested = new java.util.LinkedHashMap<>();
    nested.put("n", 1);
    List<Object> list = new ArrayList<>(List.of("a"));
    Map<String, Object> props = new java.util.LinkedHashMap<>();
    props.put("nested", nested);
    props.put("list", list);
    props.put("ints", new int[] {1, 2});
    props.put("nothing", null);
    props.put("big", new java.math.BigDecimal("1.25"));
    Event e = Event.of("copied", props);
    nested.put("n", Double.NaN);
    list.add(new Object());
    props.put("later", 1);
    assertThat(e.properties()).containsOnlyKeys("nested", "list", "ints", "nothing", "big");
    assertThat(e.properties().get("nested")).isEqualTo(Map.of("n", 1));
    assertThat(e.properties().get("list")).isEqualTo(List.of("a"));
    assertThat(e.properties().get("ints")).isEqualTo(List.of(1, 2));
    assertThatThrownBy(() -> e.properties().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    @SuppressWarnings("unchecked")
    Map<String, Object> inner = (Map<String, Object>) e.properties().get("nested");
    assertThatThrownBy(() -> inner.put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
  }

  private static void assertRefused(Map<String, ?> properties, String message) {
    assertThatThrownBy(() -> Event.of("refused", properties)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }

  @Test
  void countQuery_refusesRangesOver90Days_andReversedRanges() {
    Instant since = NOW.minus(Duration.ofDays(90));
    assertThat(EventCountQuery.between(since, NOW).until()).contains(NOW);
    assertThatThrownBy(() -> EventCountQuery.between(since.minusSeconds(1), NOW))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("90 days");
    assertThatThrownBy(() -> EventCountQuery.between(NOW, since)).hasMessageContaining("must not be before");
    assertThatThrownBy(() -> EventCountQuery.since(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> EventCountQuery.since(NOW).eventName("Bad")).hasMessageContaining("event name");
    assertThatThrownBy(() -> EventCountQuery.since(NOW).segmentId(" ")).hasMessageContaining("segmentId");
    assertThatThrownBy(() -> EventCountQuery.since(NOW).property("", 1)).hasMessageContaining("property key");
  }

  @Test
  void countQuery_openRange_isMeasuredToTheClientsClock() {
    assertThatThrownBy(() -> amba.events().count(EventCountQuery.since(NOW.minus(Duration.ofDays(91)))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("90 days");
  }

  @Test
  void countQuery_collectsPropertiesInOrder() {
    EventCountQuery q = EventCountQuery.since(NOW).property("plan", "pro").properties(Map.of("n", 1))
        .groupBy(EventGrouping.EVENT_NAME);
    assertThat(q.properties()).containsExactly(Map.entry("plan", "pro"), Map.entry("n", 1));
    assertThat(q.groupBy()).contains(EventGrouping.EVENT_NAME);
    assertThat(new EventGrouping("hour").value()).isEqualTo("hour");
    assertThatThrownBy(() -> new EventGrouping(" ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void listQuery_limitIs1To1000() {
    assertThat(EventListQuery.recent().limit()).isEqualTo(100);
    assertThat(EventListQuery.recent().limit(1000).limit()).isEqualTo(1000);
    assertThatThrownBy(() -> EventListQuery.recent().limit(0)).hasMessageContaining("limit");
    assertThatThrownBy(() -> EventListQuery.recent().limit(1001)).hasMessageContaining("1..1000");
    assertThatThrownBy(() -> EventListQuery.between(NOW, NOW.minusSeconds(1))).hasMessageContaining("until");
  }

  @Test
  void trackAndIngest_refuseNullsAndBadUserIdsBeforeSending() {
    List<Event> events = new ArrayList<>();
    events.add(Event.of("a_b"));
    events.add(null);
    assertThatThrownBy(() -> amba.asUser("u1").events().track(events)).hasMessageContaining("events[1] is null");
    assertThatThrownBy(() -> amba.events().ingest(List.of(IngestEvent.of("x/y", Event.of("a_b")))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("events[0].userId");
    assertThatThrownBy(() -> IngestEvent.of(null, Event.of("a_b"))).isInstanceOf(NullPointerException.class);
    assertThat(amba.asUser("u1").events().track(List.of()).tracked()).isZero();
    assertThat(amba.events().ingest(List.of())).isEqualTo(new IngestResult(0, 0));
  }

  @Test
  void eventCount_byKeyKeepsTheServersOrder() {
    EventCount c = new EventCount(3, List.of(new EventCount.Bucket("b", 2), new EventCount.Bucket("a", 1)));
    assertThat(c.byKey()).containsExactly(Map.entry("b", 2L), Map.entry("a", 1L));
    assertThat(new EventCount(0, null).buckets()).isEmpty();
  }
}
