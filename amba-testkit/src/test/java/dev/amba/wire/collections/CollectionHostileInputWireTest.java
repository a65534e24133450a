package dev.amba.wire.collections;

import static dev.amba.collections.Where.and;
import static dev.amba.collections.Where.eq;
import static dev.amba.collections.Where.in;
import static dev.amba.collections.Where.isNotNull;
import static dev.amba.collections.Where.like;
import static dev.amba.collections.Where.not;
import static dev.amba.collections.Where.notIn;
import static dev.amba.collections.Where.or;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaBadRequestException;
import dev.amba.AmbaClient;
import dev.amba.collections.CollectionDefinition;
import dev.amba.collections.Column;
import dev.amba.collections.ColumnType;
import dev.amba.collections.Direction;
import dev.amba.collections.Filter;
import dev.amba.collections.Query;
import dev.amba.collections.UserCollection;
import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.AmbaEmulatorExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Input meant to break out of the statement, or to make the server work too hard: each request
 * either works as written or is a clear 400; none is a 500, and the data is intact afterwards.
 */
@ExtendWith(AmbaEmulatorExtension.class)
class CollectionHostileInputWireTest {

  private static final String INJECTION = "x' OR '1'='1'; DROP TABLE projects; --";

  private static String uid;
  private static UserCollection<Map<String, Object>> items;
  private static RawWire raw;

  @BeforeAll
  static void data(AmbaEmulator emulator, AmbaClient amba) {
    amba.collections().define(CollectionDefinition.of("items",
        Column.of("name", ColumnType.TEXT), Column.optional("n", ColumnType.INTEGER)));
    uid = emulator.createUser(emulator.defaultProject());
    items = amba.asUser(uid).collection("items");
    items.insert(Map.of("name", "plain", "n", 1));
    items.insert(Map.of("name", INJECTION, "n", 2));
    items.insert(Map.of("name", "\"); DELETE FROM \"coll\"; --", "n", 3));
    raw = new RawWire(emulator);
  }

  private static void assertIntact() {
    assertThat(items.count()).isEqualTo(3);
  }

  private static void assertBadRequest(RawWire.Answer answer) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
    assertThat(answer.message()).isNotBlank();
  }

  @Test
  void sqlInValues_isJustText() {
    assertThat(items.find(Query.where(eq("name", INJECTION))).items()).extracting(r -> r.get("n")).containsExactly(2L);
    assertThat(items.find(Query.where(eq("name", "x' OR '1'='1"))).items()).isEmpty();
    assertThat(items.count(like("name", "%DROP TABLE%"))).isEqualTo(1);
    assertThat(items.count(in("name", List.of("') OR 1=1 --", INJECTION)))).isEqualTo(1);
    assertIntact();
  }

  @Test
  void sqlInNames_isRefusedWithA400() {
    String quoteBreak = "n\\\" = 1 OR \\\"n";
    assertBadRequest(raw.find(uid, "items", "{\"filter\":{\"column\":\"" + quoteBreak + "\",\"op\":\"eq\",\"value\":1}}"));
    assertBadRequest(raw.find(uid, "items", "{\"order\":[{\"column\":\"n; DROP TABLE projects\"}]}"));
    assertBadRequest(raw.find(uid, "items", "{\"order\":[{\"column\":\"n\",\"direction\":\"desc; DROP TABLE x\"}]}"));
    assertBadRequest(raw.find(uid, "items", "{\"select\":[\"*\"]}"));
    assertBadRequest(raw.find(uid, "items", "{\"select\":[\"name\\\" FROM projects --\"]}"));
    assertBadRequest(raw.find(uid, "items", "{\"filter\":{\"column\":\"n\",\"op\":\"= 1 OR 1=1 --\",\"value\":1}}"));
    assertBadRequest(raw.asUser(uid, "GET", "/v1/client/collections/" + RawWire.enc("items; DROP TABLE projects"), null));
    assertBadRequest(raw.asUser(uid, "POST", "/v1/client/collections/items",
        "{\"name\":\"x\",\"n) VALUES ('a', 1); --\":1}"));
    assertBadRequest(raw.admin("POST", "/collections",
        "{\"name\":\"evil\",\"columns\":[{\"name\":\"a\",\"type\":\"text); DROP TABLE projects; --\"}]}"));
    RawWire.Answer badId = raw.asUser(uid, "GET", "/v1/client/collections/items/" + RawWire.enc("1' OR '1'='1"), null);
    assertThat(badId.status()).isEqualTo(404);
    assertIntact();
  }

  @Test
  void aTenThousandElementInList_works() {
    List<Integer> many = new ArrayList<>(IntStream.range(10, 10_008).boxed().toList());
    many.add(2);
    many.add(3);

    assertThat(many).hasSize(10_000);
    assertThat(items.count(in("n", many))).isEqualTo(2);
    assertThat(items.count(notIn("n", many))).isEqualTo(1);
    List<String> names = IntStream.range(0, 10_000).mapToObj(i -> "name" + i).toList();
    assertThat(items.count(in("name", names))).isZero();
  }

  @Test
  void anInListPastTheLimit_isAClear400() {
    List<Integer> tooMany = IntStream.range(0, 10_001).boxed().toList();

    assertThatThrownBy(() -> items.count(in("n", tooMany))).isInstanceOfSatisfying(AmbaBadRequestException.class, e -> {
      assertThat(e.code()).isEqualTo("invalid_argument");
      assertThat(e.getMessage()).contains("at most 10000 values");
    });
  }

  @Test
  void emptyGroups_followTheirIdentities() {
    assertThat(items.count(and())).isEqualTo(3);
    assertThat(items.count(or())).isZero();
    assertThat(items.count(not(and()))).isZero();
    assertThat(items.count(and(and(), or(), isNotNull("n")))).isZero();
  }

  @Test
  void deepNesting_worksUpToTheLimitAndIsA400Beyond() {
    // 63 wrappers and the condition: 64 levels, the most a filter may nest; 32 nots cancel out.
    Filter deep = eq("n", 1);
    for (int i = 0; i < 63; i++) {
      deep = i % 2 == 0 ? not(deep) : and(deep);
    }
    assertThat(items.count(deep)).isEqualTo(1);

    Filter tooDeep = eq("n", 1);
    for (int i = 0; i < 200; i++) {
      tooDeep = not(tooDeep);
    }
    Filter f = tooDeep;
    assertThatThrownBy(() -> items.count(f)).isInstanceOfSatisfying(AmbaBadRequestException.class,
        e -> assertThat(e.getMessage()).contains("at most 64 levels"));

    String veryDeep = "{\"not\":".repeat(5000) + "{\"column\":\"n\",\"op\":\"eq\",\"value\":1}" + "}".repeat(5000);
    assertBadRequest(raw.find(uid, "items", "{\"filter\":" + veryDeep + "}"));
  }

  @Test
  void wideFilters_areBoundedToo() {
    List<Filter> wide = new ArrayList<>();
    for (int i = 0; i < 1_001; i++) {
      wide.add(eq("n", i));
    }
    assertThatThrownBy(() -> items.count(or(wide))).isInstanceOfSatisfying(AmbaBadRequestException.class,
        e -> assertThat(e.getMessage()).contains("at most 1000 nodes"));
    // The or itself is one node.
    assertThat(items.count(or(wide.subList(0, 999)))).isEqualTo(3);
  }

  @Test
  void malformedOptions_areClear400s() {
    assertBadRequest(raw.asUser(uid, "GET", "/v1/client/collections/items?query=" + RawWire.enc("{not json"), null));
    assertBadRequest(raw.find(uid, "items", "[1,2]"));
    assertBadRequest(raw.find(uid, "items", "{\"limit\":0}"));
    assertBadRequest(raw.find(uid, "items", "{\"limit\":1001}"));
    assertBadRequest(raw.find(uid, "items", "{\"limit\":1e999999999}"));
    assertBadRequest(raw.find(uid, "items", "{\"limit\":\"10\"}"));
    assertBadRequest(raw.find(uid, "items", "{\"offset\":10}"));
    assertBadRequest(raw.find(uid, "items", "{\"filter\":{\"and\":[],\"or\":[]}}"));
    assertBadRequest(raw.find(uid, "items", "{\"filter\":{\"column\":\"n\",\"op\":\"eq\",\"value\":1,\"x\":1}}"));
    assertBadRequest(raw.find(uid, "items", "{\"filter\":{\"column\":\"n\",\"op\":\"is_null\",\"value\":1}}"));
    assertBadRequest(raw.find(uid, "items", "{\"filter\":{\"column\":\"n\",\"op\":\"eq\",\"value\":null}}"));
    assertBadRequest(raw.find(uid, "items", "{\"filter\":{\"column\":\"n\",\"op\":\"in\",\"value\":[1,null]}}"));
    assertBadRequest(raw.find(uid, "items", "{\"filter\":{\"column\":\"n\",\"op\":\"in\",\"value\":1}}"));
    assertBadRequest(raw.find(uid, "items", "{\"filter\":{\"column\":\"name\",\"op\":\"like\",\"value\":\"abc\\\\\"}}"));
    assertBadRequest(raw.find(uid, "items", "{\"filter\":{\"column\":\"n\",\"op\":\"eq\",\"value\":1e999999999}}"));
    assertBadRequest(raw.find(uid, "items", "{\"filter\":[]}"));
    assertBadRequest(raw.find(uid, "items", "{\"filter\":{\"not\":[]}}"));
    assertBadRequest(raw.find(uid, "items", "{\"include_deleted\":\"yes\"}"));
    assertBadRequest(raw.find(uid, "items", "{\"cursor\":\"not-a-cursor\"}"));
    assertBadRequest(raw.find(uid, "items", "{\"cursor\":\"" + java.util.Base64.getUrlEncoder()
        .encodeToString("{\"o\":\"created_at:asc,id:asc\",\"k\":[\"'; DROP TABLE x; --\",\"x\"]}".getBytes()) + "\"}"));
    assertIntact();
  }

  @Test
  void aCursorFromAnotherOrder_isRefused() {
    String cursor = items.find(Query.all().orderBy("n").limit(1)).nextCursor();
    assertThat(cursor).isNotNull();

    assertThatThrownBy(() -> items.find(Query.all().orderBy("n", Direction.DESC).limit(1).cursor(cursor)))
        .isInstanceOfSatisfying(AmbaBadRequestException.class, e -> assertThat(e.code()).isEqualTo("invalid_cursor"));
    assertThat(items.find(Query.all().orderBy("n").limit(1).cursor(cursor)).items())
        .extracting(r -> r.get("n")).containsExactly(2L);
  }

  @Test
  void hostileRowBodies_areRefusedOrStoredVerbatim() {
    assertBadRequest(raw.asUser(uid, "POST", "/v1/client/collections/items", "[]"));
    assertBadRequest(raw.asUser(uid, "POST", "/v1/client/collections/items", "{\"name\":"));
    assertBadRequest(raw.asUser(uid, "POST", "/v1/client/collections/items", "{\"name\":\"x\",\"n\":1e999999999}"));
    assertBadRequest(raw.asUser(uid, "POST", "/v1/client/collections/items", "{\"name\":{\"nested\":true}}"));
    assertBadRequest(raw.asUser(uid, "POST", "/v1/client/collections/items",
        "{\"name\":\"x\",\"n\":" + "[".repeat(2_000) + "]".repeat(2_000) + "}"));
    assertBadRequest(raw.asUser(uid, "PATCH", "/v1/client/collections/items/" + java.util.UUID.randomUUID(),
        "{\"set\":{}}"));
    assertBadRequest(raw.asUser(uid, "PATCH", "/v1/client/collections/items/" + java.util.UUID.randomUUID(),
        "{\"set\":{\"n\":1},\"where\":\"1=1\"}"));
    String nul = "a\u0000b";
    Map<String, Object> stored = items.insert(Map.of("name", nul, "n", 4));
    assertThat(stored.get("name")).isEqualTo(nul);
    items.delete((String) stored.get("id"));
    assertIntact();
  }
}
