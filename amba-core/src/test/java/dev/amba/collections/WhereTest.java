package dev.amba.collections;

import static dev.amba.collections.Where.and;
import static dev.amba.collections.Where.eq;
import static dev.amba.collections.Where.gt;
import static dev.amba.collections.Where.gte;
import static dev.amba.collections.Where.ilike;
import static dev.amba.collections.Where.in;
import static dev.amba.collections.Where.isNotNull;
import static dev.amba.collections.Where.isNull;
import static dev.amba.collections.Where.like;
import static dev.amba.collections.Where.lt;
import static dev.amba.collections.Where.lte;
import static dev.amba.collections.Where.ne;
import static dev.amba.collections.Where.not;
import static dev.amba.collections.Where.notIn;
import static dev.amba.collections.Where.or;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.amba.internal.Json;
import dev.amba.internal.WireForms;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WhereTest {

  private static String json(Filter f) {
    return new String(Json.encode(WireForms.of(f)), StandardCharsets.UTF_8);
  }

  enum Status { PUBLISHED }

  @Test
  void comparisons_serializeToTheWireOps() {
    assertThat(json(eq("status", "published"))).isEqualTo("{\"column\":\"status\",\"op\":\"eq\",\"value\":\"published\"}");
    assertThat(json(ne("a", 1))).isEqualTo("{\"column\":\"a\",\"op\":\"ne\",\"value\":1}");
    assertThat(json(gt("a", 1L))).isEqualTo("{\"column\":\"a\",\"op\":\"gt\",\"value\":1}");
    assertThat(json(gte("a", true))).isEqualTo("{\"column\":\"a\",\"op\":\"gte\",\"value\":true}");
    assertThat(json(lt("a", new BigDecimal("1.50")))).isEqualTo("{\"column\":\"a\",\"op\":\"lt\",\"value\":1.50}");
    assertThat(json(lte("a", 2.5))).isEqualTo("{\"column\":\"a\",\"op\":\"lte\",\"value\":2.5}");
  }

  @Test
  void listsPatternsAndNullTests_serializeToTheWireOps() {
    assertThat(json(in("a", List.of(1, 2)))).isEqualTo("{\"column\":\"a\",\"op\":\"in\",\"value\":[1,2]}");
    assertThat(json(in("a", "x", "y"))).isEqualTo("{\"column\":\"a\",\"op\":\"in\",\"value\":[\"x\",\"y\"]}");
    assertThat(json(notIn("a", List.of()))).isEqualTo("{\"column\":\"a\",\"op\":\"not_in\",\"value\":[]}");
    assertThat(json(like("t", "a%"))).isEqualTo("{\"column\":\"t\",\"op\":\"like\",\"value\":\"a%\"}");
    assertThat(json(ilike("t", "_b"))).isEqualTo("{\"column\":\"t\",\"op\":\"ilike\",\"value\":\"_b\"}");
    assertThat(json(isNull("t"))).isEqualTo("{\"column\":\"t\",\"op\":\"is_null\"}");
    assertThat(json(isNotNull("t"))).isEqualTo("{\"column\":\"t\",\"op\":\"is_not_null\"}");
  }

  @Test
  void groups_nestAsStructuralKeysOnly() {
    Filter f = and(eq("status", "published"), or(gte("score", 100), isNull("score")), not(in("author", "x")));
    assertThat(json(f)).isEqualTo("{\"and\":[{\"column\":\"status\",\"op\":\"eq\",\"value\":\"published\"},"
        + "{\"or\":[{\"column\":\"score\",\"op\":\"gte\",\"value\":100},{\"column\":\"score\",\"op\":\"is_null\"}]},"
        + "{\"not\":{\"column\":\"author\",\"op\":\"in\",\"value\":[\"x\"]}}]}");
    assertThat(json(and())).isEqualTo("{\"and\":[]}");
    assertThat(json(or(List.of()))).isEqualTo("{\"or\":[]}");
  }

  @Test
  void values_travelAsJsonScalars() {
    UUID id = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
    assertThat(WireForms.of(eq("id", id))).containsEntry("value", id.toString());
    assertThat(WireForms.of(eq("at", Instant.parse("2024-05-01T10:00:00Z")))).containsEntry("value", "2024-05-01T10:00:00Z");
    assertThat(WireForms.of(eq("at", OffsetDateTime.parse("2024-05-01T10:00+02:00"))))
        .containsEntry("value", "2024-05-01T10:00:00+02:00");
    assertThat(WireForms.of(eq("day", LocalDate.of(2024, 5, 1)))).containsEntry("value", "2024-05-01");
    assertThat(WireForms.of(eq("n", 3))).containsEntry("value", 3L);
    assertThat(WireForms.of(eq("n", BigInteger.TEN))).containsEntry("value", BigInteger.TEN);
    assertThat(WireForms.of(eq("n", 0.1f))).containsEntry("value", new BigDecimal("0.1"));
    assertThat(WireForms.of(eq("s", Status.PUBLISHED))).containsEntry("value", "PUBLISHED");
    assertThat(WireForms.of(eq("s", new StringBuilder("x")))).containsEntry("value", "x");
  }

  @Test
  void nullValue_isRefusedPointingToIsNull() {
    assertThatIllegalArgumentException().isThrownBy(() -> eq("score", null))
        .withMessageContaining("eq(\"score\", …)").withMessageContaining("isNull(\"score\")");
    assertThatIllegalArgumentException().isThrownBy(() -> in("score", 1, null))
        .withMessageContaining("element 1 is null");
    assertThatIllegalArgumentException().isThrownBy(() -> in("score", (List<?>) null))
        .withMessageContaining("values must not be null");
    assertThatIllegalArgumentException().isThrownBy(() -> in("score", new int[] {1, 2}))
        .withMessageContaining("element 0 is a int[], not a value");
  }

  @Test
  void unsupportedValues_areRefusedNamingTheType() {
    assertThatIllegalArgumentException().isThrownBy(() -> eq("at", new Date()))
        .withMessageContaining("java.util.Date");
    assertThatIllegalArgumentException().isThrownBy(() -> eq("at", LocalDateTime.now()))
        .withMessageContaining("no time zone");
    assertThatIllegalArgumentException().isThrownBy(() -> eq("tags", List.of(1)))
        .withMessageContaining("use in(...)");
    assertThatIllegalArgumentException().isThrownBy(() -> gt("n", Double.NaN))
        .withMessageContaining("finite");
    assertThatIllegalArgumentException().isThrownBy(() -> eq("m", Map.of()))
        .withMessageContaining("unsupported value type");
  }

  @Test
  void columnNames_mustBeIdentifiers() {
    assertThatIllegalArgumentException().isThrownBy(() -> eq("title; DROP TABLE posts", "x"))
        .withMessageContaining("eq: column").withMessageContaining("not a column identifier");
    assertThatIllegalArgumentException().isThrownBy(() -> isNull("1abc"))
        .withMessageContaining("isNull: column");
    assertThatIllegalArgumentException().isThrownBy(() -> like(null, "x"))
        .withMessageContaining("like: column must not be null");
    assertThatIllegalArgumentException().isThrownBy(() -> eq("a".repeat(64), 1))
        .withMessageContaining("1..63");
    assertThat(WireForms.of(eq("_Mixed_Case9", 1))).containsEntry("column", "_Mixed_Case9");
  }

  @Test
  void patterns_mayNotEndInALoneEscape() {
    assertThatIllegalArgumentException().isThrownBy(() -> like("t", "abc\\"))
        .withMessageContaining("escape");
    assertThat(WireForms.of(like("t", "abc\\\\"))).containsEntry("value", "abc\\\\");
    assertThatIllegalArgumentException().isThrownBy(() -> ilike("t", null))
        .withMessageContaining("pattern must not be null");
  }

  @Test
  void groups_refuseNullMembers() {
    assertThatIllegalArgumentException().isThrownBy(() -> and(eq("a", 1), null))
        .withMessageContaining("and(filters): filter 1 is null");
    assertThatIllegalArgumentException().isThrownBy(() -> or((List<Filter>) null));
    org.assertj.core.api.Assertions.assertThatNullPointerException().isThrownBy(() -> not(null));
  }

  @Test
  void filters_areImmutableValues() {
    List<Object> values = new ArrayList<>(List.of(1, 2));
    Filter f = in("a", values);
    values.add(3);
    assertThat(WireForms.of(f).get("value")).isEqualTo(List.of(1L, 2L));

    List<Filter> parts = new ArrayList<>(List.of(eq("a", 1)));
    Filter g = and(parts);
    parts.add(eq("b", 2));
    assertThat(g).isEqualTo(and(eq("a", 1)));

    assertThat(eq("a", new BigDecimal("1.0"))).isEqualTo(eq("a", new BigDecimal("1.00")))
        .hasSameHashCodeAs(eq("a", new BigDecimal("1.00")));
    assertThat(eq("a", 1)).isEqualTo(eq("a", 1L)).isNotEqualTo(ne("a", 1));
    assertThat(isNull("a")).isEqualTo(isNull("a")).hasSameHashCodeAs(isNull("a"));
  }

  @Test
  void toString_readsLikeTheDsl() {
    assertThat(and(eq("status", "pub\"lished"), not(isNull("score")), in("n", 1, 2)).toString())
        .isEqualTo("and(eq(status, \"pub\\\"lished\"), not(isNull(score)), in(n, [1, 2]))");
  }
}
