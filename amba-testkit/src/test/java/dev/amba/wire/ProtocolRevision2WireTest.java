package dev.amba.wire;

import static dev.amba.collections.Where.eq;
import static org.assertj.core.api.Assertions.assertThat;

import dev.amba.AmbaClient;
import dev.amba.collections.Column;
import dev.amba.collections.ColumnType;
import dev.amba.collections.CollectionDefinition;
import dev.amba.collections.Query;
import dev.amba.events.Event;
import dev.amba.events.EventCountQuery;
import dev.amba.events.EventGrouping;
import dev.amba.events.EventListQuery;
import dev.amba.events.IngestEvent;
import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.AmbaEmulatorExtension;
import dev.amba.testkit.EmulatorProject;
import dev.amba.testkit.RecordedRequest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Rows changed by revision 2 of amba-api.md, over the wire. */
@ExtendWith(AmbaEmulatorExtension.class)
class ProtocolRevision2WireTest {

  @Test
  void dottedEventNames_areTrackedIngestedListedAndCounted(AmbaEmulator emulator) {
    EmulatorProject p = emulator.createProject();
    String uid = emulator.createUser(p);
    try (AmbaClient amba = AmbaClient.configure(emulator.config(p))) {
      amba.asUser(uid).events().track("session.completed", Map.of("seconds", 30));
      amba.events().ingest(List.of(IngestEvent.of(uid, Event.of("shop.checkout_completed"))));
      Instant since = Instant.now().minus(1, ChronoUnit.HOURS);
      List<String> names = amba.events().listAll(EventListQuery.since(since).userId(uid))
          .map(e -> e.eventName()).sorted().collect(Collectors.toList());
      assertThat(names).containsExactly("session.completed", "shop.checkout_completed");
      assertThat(amba.events().count(EventCountQuery.since(since).eventName("session.completed")).total())
          .isEqualTo(1);
      assertThat(amba.events().count(EventCountQuery.since(since).groupBy(EventGrouping.EVENT_NAME)).buckets())
          .extracting(b -> b.key()).contains("session.completed", "shop.checkout_completed");
    }
  }

  @Test
  void aQueryValue_isPercentEncodedAsRfc3986_andRoundTripsExactly(AmbaEmulator emulator) {
    EmulatorProject p = emulator.createProject();
    String uid = emulator.createUser(p);
    String tricky = "a b+c&d=e%f/g?h#i~j*k é 😀";
    try (AmbaClient amba = AmbaClient.configure(emulator.config(p))) {
      amba.collections().define(CollectionDefinition.of("notes", Column.of("title", ColumnType.TEXT)));
      var notes = amba.asUser(uid).collection("notes");
      notes.insert(Map.of("title", tricky));
      notes.insert(Map.of("title", "a b c"));
      emulator.clearRecordedRequests();
      List<Map<String, Object>> found = notes.find(Query.where(eq("title", tricky))).items();
      assertThat(found).singleElement().satisfies(row -> assertThat(row).containsEntry("title", tricky));
      RecordedRequest sent = emulator.recordedRequests().stream()
          .filter(r -> r.method().equals("GET") && r.path().contains("query=")).findFirst().orElseThrow();
      String query = sent.path().substring(sent.path().indexOf('?') + 1);
      // A space is %20 and a plus %2B, never a form-style '+'.
      assertThat(query).doesNotContain("+").contains("a%20b%2Bc%26d%3De%25f%2Fg%3Fh%23i~j%2Ak%20%C3%A9");
    }
  }

  @Test
  void aLiteralPlusInAQueryValue_isAPlusForTheEmulator(AmbaEmulator emulator) throws Exception {
    EmulatorProject p = emulator.createProject();
    String uid = emulator.createUser(p);
    try (AmbaClient amba = AmbaClient.configure(emulator.config(p))) {
      amba.asUser(uid).events().track("plus_test", Map.of("k", "a+b"));
      Instant since = Instant.now().minus(1, ChronoUnit.HOURS);
      // Hand-written, as another client would send it: '+' is a plus under RFC 3986, so the
      // property filter {"k":"a+b"} matches; form decoding would have read "a b" and found nothing.
      java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(
          java.net.http.HttpRequest.newBuilder(java.net.URI.create(emulator.apiUrl() + "/v1/admin/projects/"
              + p.projectId() + "/events/count?since=" + since + "&properties=%7B%22k%22%3A%22a+b%22%7D"))
              .header("Authorization", "Bearer " + p.serverKey()).build(),
          java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.body()).contains("\"total\":1");
    }
  }

  @Test
  void aCallersRequestId_isSentOnEveryAttemptAndEveryPart_andNamedInTheError(AmbaEmulator emulator) {
    EmulatorProject p = emulator.createProject();
    String uid = emulator.createUser(p);
    try (AmbaClient amba = AmbaClient.configure(emulator.config(p).toBuilder().sleeper(d -> { }).build())) {
      dev.amba.AmbaUser traced = amba.asUser(uid).withOptions(dev.amba.RequestOptions.none().withRequestId("req-42.abc"));
      emulator.clearRecordedRequests();
      emulator.faults().onlyFor("/v1/client/events").failNext(1, 503);
      List<Event> events = java.util.stream.IntStream.range(0, 600).mapToObj(i -> Event.of("part_test"))
          .collect(Collectors.toList());
      assertThat(traced.events().track(events).tracked()).isEqualTo(600);
      List<RecordedRequest> sent = emulator.recordedRequests();
      // Two parts (500 + 100), the first retried after the 503: three requests, one id.
      assertThat(sent).hasSize(3).allSatisfy(r -> assertThat(r.header("X-Request-Id")).isEqualTo("req-42.abc"));
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> traced.collection("missing").get("123e4567-e89b-12d3-a456-426614174000"))
          .hasMessageContaining("req-42.abc");
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> dev.amba.RequestOptions.none().withRequestId("has space"))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("requestId");
    }
  }
}
