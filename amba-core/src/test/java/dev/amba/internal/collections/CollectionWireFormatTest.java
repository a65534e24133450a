package dev.amba.internal.collections;

import static dev.amba.collections.Where.and;
import static dev.amba.collections.Where.eq;
import static dev.amba.collections.Where.gte;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.amba.collections.Direction;
import dev.amba.collections.Query;
import dev.amba.internal.Json;
import dev.amba.internal.collections.CollectionQueries;
import dev.amba.internal.collections.CollectionRows;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CollectionWireFormatTest {

  public record Post(String id, String userId, String title, Integer score, Instant createdAt) {}

  @Test
  void findOptions_areTheFindOptionsOfTheProtocol() {
    Query q = Query.where(and(eq("status", "published"), gte("score", 100)))
        .orderBy("score", Direction.DESC).orderBy("id").limit(50).cursor("abc").select("id", "title").includeDeleted();
    assertThat(CollectionQueries.encode(CollectionQueries.findOptions(q))).isEqualTo("{\"filter\":{\"and\":["
        + "{\"column\":\"status\",\"op\":\"eq\",\"value\":\"published\"},{\"column\":\"score\",\"op\":\"gte\",\"value\":100}]},"
        + "\"order\":[{\"column\":\"score\",\"direction\":\"desc\"},{\"column\":\"id\",\"direction\":\"asc\"}],"
        + "\"limit\":50,\"cursor\":\"abc\",\"select\":[\"id\",\"title\"],\"include_deleted\":true}");
    assertThat(CollectionQueries.encode(CollectionQueries.findOptions(Query.all()))).isEqualTo("{\"limit\":50}");
  }

  @Test
  void countOptions_carryOnlyFilterAndIncludeDeleted() {
    assertThat(CollectionQueries.encode(CollectionQueries.countOptions(null, false))).isEqualTo("{}");
    assertThat(CollectionQueries.encode(CollectionQueries.countOptions(eq("a", 1), true)))
        .isEqualTo("{\"filter\":{\"column\":\"a\",\"op\":\"eq\",\"value\":1},\"include_deleted\":true}");
  }

  /** What Api.Call.data does with a received answer, including its failure mode. */
  private static <T> T data(byte[] body, java.lang.reflect.Type type) {
    try {
      Json.DataEnvelope<T> env = Json.decode(body, Json.parameterized(Json.DataEnvelope.class, type));
      return env.data();
    } catch (RuntimeException e) {
      if (Json.isJsonbFailure(e)) {
        throw new dev.amba.AmbaApiException(200, "unexpected_response", "not the JSON expected", "rid", Map.of(), null);
      }
      throw e;
    }
  }

  @Test
  void typedRows_mapCamelCaseComponentsToSnakeCaseColumns() {
    CollectionRows<Post> rows = CollectionRows.typed(Post.class);
    Object wire = rows.toWire(new Post(null, null, "Hello", 3, null), "insert");
    assertThat(new String(Json.encode(wire), StandardCharsets.UTF_8)).isEqualTo("{\"score\":3,\"title\":\"Hello\"}");

    byte[] body = ("{\"data\":{\"id\":\"r1\",\"user_id\":\"u1\",\"title\":\"Hi\",\"score\":null,"
        + "\"created_at\":\"2024-05-01T10:00:00.123456Z\",\"extra\":1}}").getBytes(StandardCharsets.UTF_8);
    Post read = rows.read(type -> data(body, type), r -> r);
    assertThat(read).isEqualTo(new Post("r1", "u1", "Hi", null, Instant.parse("2024-05-01T10:00:00.123456Z")));
  }

  public record TwoConstructors(String title) {
    public TwoConstructors() {
      this("none");
    }
  }

  @Test
  void aClassJsonbCannotBuild_failsNamingTheClass() {
    CollectionRows<TwoConstructors> rows = CollectionRows.typed(TwoConstructors.class);
    byte[] body = "{\"data\":{\"title\":\"x\"}}".getBytes(StandardCharsets.UTF_8);
    assertThatIllegalArgumentException().isThrownBy(() -> rows.read(type -> data(body, type), r -> r))
        .withMessageContaining(TwoConstructors.class.getName()).withMessageContaining("@JsonbCreator");
  }

  @Test
  void anAnswerThatIsNotJson_staysAnUnexpectedResponse() {
    CollectionRows<Post> rows = CollectionRows.typed(Post.class);
    byte[] body = "<html>".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> rows.read(type -> data(body, type), r -> r))
        .isInstanceOfSatisfying(dev.amba.AmbaApiException.class, e -> assertThat(e.code()).isEqualTo("unexpected_response"));
  }

  @Test
  void untypedRows_keepWholeNumbersWholeAndAreReadOnly() {
    CollectionRows<Map<String, Object>> rows = CollectionRows.untyped();
    byte[] body = "{\"data\":{\"n\":3,\"x\":1.5,\"j\":{\"a\":[1,true]},\"s\":null}}".getBytes(StandardCharsets.UTF_8);
    Map<String, Object> row = rows.read(type -> data(body, type), rows::untypedRow);
    assertThat(row).containsEntry("n", 3L).containsEntry("x", new BigDecimal("1.5"))
        .containsEntry("j", Map.of("a", List.of(1L, true))).containsEntry("s", null);
    assertThatThrownBy(() -> row.put("n", 4)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void insertedRows_mustUseColumnIdentifiers() {
    Map<String, Object> bad = new LinkedHashMap<>();
    bad.put("title) VALUES ('x'); --", "x");
    assertThatIllegalArgumentException().isThrownBy(() -> CollectionRows.untyped().toWire(bad, "insert"))
        .withMessageContaining("insert: column");
    assertThatIllegalArgumentException().isThrownBy(() -> CollectionRows.untyped().toWire(null, "insert"))
        .withMessage("insert: row must not be null");
    assertThatIllegalArgumentException().isThrownBy(() -> CollectionRows.typed(String.class).toWire("x", "insert"))
        .withMessageContaining("does not map to a JSON object");
  }

  private static org.assertj.core.api.AbstractThrowableAssert<?, ? extends Throwable> assertThatThrownBy(
      org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
    return org.assertj.core.api.Assertions.assertThatThrownBy(call);
  }
}
