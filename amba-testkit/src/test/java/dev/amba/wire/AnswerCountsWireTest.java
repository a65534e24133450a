package dev.amba.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaApiException;
import dev.amba.AmbaClient;
import dev.amba.AmbaConfig;
import dev.amba.RetryPolicy;
import dev.amba.events.Event;
import dev.amba.events.EventCountQuery;
import dev.amba.events.IngestEvent;
import dev.amba.users.UserQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 10, smaller findings: a count in an answer that is not an exact integer in range (1e19
 * past long, 1.9, -1, a string) is {@code unexpected_response} naming the field, never a wrapped
 * negative or a truncated value handed to the caller as the truth.
 */
class AnswerCountsWireTest {

  private static void withAnswer(String body, Consumer<AmbaClient> call) throws Exception {
    try (ScriptedServer server = new ScriptedServer(request -> ScriptedServer.json("rid-count", body));
        AmbaClient amba = AmbaClient.configure(AmbaConfig.builder()
            .projectId("proj_counts")
            .clientKey("amb_dev_ck_" + "0".repeat(32))
            .serverKey("amb_dev_sk_" + "0".repeat(32))
            .apiUrl(server.apiUrl())
            .retryPolicy(RetryPolicy.none())
            .build())) {
      call.accept(amba);
    }
  }

  private static void assertUnexpected(String body, String field, Consumer<AmbaClient> call) throws Exception {
    withAnswer(body, amba -> assertThatThrownBy(() -> call.accept(amba))
        .isInstanceOfSatisfying(AmbaApiException.class, e -> {
          assertThat(e.code()).isEqualTo("unexpected_response");
          assertThat(e.status()).isEqualTo(200);
          assertThat(e.requestId()).isEqualTo("rid-count");
          assertThat(e.serverMessage()).contains(field);
        }));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e19", "1.9", "-1", "\"5\"", "99999999999999999999", "true"})
  void collectionCount_thatIsNotACount_isUnexpectedResponseNamingTheField(String value) throws Exception {
    assertUnexpected("{\"data\":{\"count\":" + value + "}}", "count",
        amba -> amba.asUser("u_1").collection("notes").count());
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e19", "1.9", "-1", "\"5\""})
  void eventsCountTotal_thatIsNotACount_isUnexpectedResponseNamingTheField(String value) throws Exception {
    assertUnexpected("{\"data\":{\"total\":" + value + ",\"buckets\":[]}}", "total",
        amba -> amba.events().count(EventCountQuery.since(Instant.now().minus(Duration.ofHours(1)))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e19", "2.5", "-3"})
  void eventsCountBucket_thatIsNotACount_isUnexpectedResponseNamingTheField(String value) throws Exception {
    assertUnexpected("{\"data\":{\"total\":3,\"buckets\":[{\"key\":\"a\",\"count\":" + value + "}]}}",
        "buckets[0].count",
        amba -> amba.events().count(EventCountQuery.since(Instant.now().minus(Duration.ofHours(1)))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"3000000000", "1.5", "-1"})
  void ingestedCount_pastIntOrNotACount_isUnexpectedResponseNamingTheField(String value) throws Exception {
    assertUnexpected("{\"data\":{\"ingested\":" + value + ",\"duplicates\":0}}", "ingested",
        amba -> amba.events().ingest(List.of(IngestEvent.of("u_1", Event.of("x")))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"total\":-1,\"offset\":0", "\"total\":1e19,\"offset\":0", "\"total\":2,\"offset\":0.5"})
  void offsetListNumbers_thatAreNotCounts_areUnexpectedResponse(String numbers) throws Exception {
    assertUnexpected("{\"data\":[]," + numbers + ",\"limit\":50}", "",
        amba -> amba.users().list(UserQuery.all()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"7", "7.0", "7e0", "9223372036854775807"})
  void exactIntegers_stillRead(String value) throws Exception {
    withAnswer("{\"data\":{\"count\":" + value + "}}",
        amba -> assertThat(amba.asUser("u_1").collection("notes").count()).isEqualTo(Long.parseLong(
            new java.math.BigDecimal(value).toBigIntegerExact().toString())));
  }
}
