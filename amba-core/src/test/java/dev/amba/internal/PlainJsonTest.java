package dev.amba.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** PlainJson writes what JSON-B writes, byte for byte, and leaves to JSON-B what it does not know. */
class PlainJsonTest {

  private static void sameAsJsonb(Object value) {
    String plain = PlainJson.write(value);
    assertThat(plain).as("PlainJson took %s", value).isNotNull();
    assertThat(plain).isEqualTo(Json.viaJsonb(value));
  }

  @Test
  void writesEveryJsonTypeAsJsonbDoes() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("event", "checkout_completed");
    body.put("count", 3);
    body.put("big", Long.MAX_VALUE);
    body.put("small", (short) -7);
    body.put("byte", (byte) 1);
    body.put("ratio", 0.1);
    body.put("whole", 2.0);
    body.put("tiny", 1e-9);
    body.put("huge", 1.7976931348623157e308);
    body.put("negZero", -0.0);
    body.put("decimal", new BigDecimal("12.50"));
    body.put("exp", new BigDecimal("1E+3"));
    body.put("integer", new BigInteger("123456789012345678901234567890"));
    body.put("yes", true);
    body.put("no", false);
    body.put("nothing", null);
    body.put("list", List.of(1, "two", List.of(), Map.of()));
    body.put("nested", Map.of("a", Map.of("b", List.of(true))));
    body.put("nullInList", Arrays.asList(1, null, 3));
    body.put("set", new java.util.LinkedHashSet<>(List.of("x", "y")));
    body.put("sorted", new TreeMap<>(Map.of("z", 1, "a", 2)));
    sameAsJsonb(body);
    sameAsJsonb(Map.of());
    sameAsJsonb(List.of());
  }

  @Test
  void escapesStringsAsJsonbDoes() {
    StringBuilder every = new StringBuilder();
    for (char c = 0; c < 0x80; c++) {
      every.append(c);
    }
    sameAsJsonb(Map.of("ascii", every.toString()));
    sameAsJsonb(Map.of("quote\"key\\", "tab\there\nnew\rline\b\f/slash"));
    sameAsJsonb(Map.of("unicode", "héllo wörld ✓ 日本 \u2028\u2029 \uD83D\uDE00 \u007f \u0080 \u00ff"));
    sameAsJsonb(Map.of("", ""));
  }

  @Test
  void leavesOtherTypesToJsonb() {
    assertThat(PlainJson.write(Map.of("at", Instant.EPOCH))).isNull();
    assertThat(PlainJson.write(Map.of("nan", Double.NaN))).isNull();
    assertThat(PlainJson.write(Map.of("inf", Double.POSITIVE_INFINITY))).isNull();
    assertThat(PlainJson.write(Map.of("f", 1.5f))).isNull();
    assertThat(PlainJson.write(Map.of(1, "numeric key"))).isNull();
    assertThat(PlainJson.write(Map.of("record", new Point(1, 2)))).isNull();
    assertThat(PlainJson.write(Map.of("array", new int[] {1}))).isNull();
    assertThat(PlainJson.write(List.of(Map.of("deep", List.of(new Point(0, 0)))))).isNull();
  }

  @Test
  void aValueItDeclinesStillEncodesThroughJsonb() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("row", new Point(3, 4));
    body.put("at", Instant.parse("2026-12-02T10:00:00Z"));
    assertThat(new String(Json.encode(body), java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo(Json.viaJsonb(body));
  }

  @Test
  void aCycleGoesToJsonbRatherThanOverflowing() {
    List<Object> self = new ArrayList<>();
    self.add(self);
    assertThat(PlainJson.write(self)).isNull();
  }

  /** Random trees of the JSON types, from a fixed seed: the same thousands of cases on every run. */
  @Test
  void randomTreesMatchJsonb() {
    Random random = new Random(20261202L);
    for (int i = 0; i < 3000; i++) {
      sameAsJsonb(randomObject(random, 0));
    }
  }

  private static Map<String, Object> randomObject(Random r, int depth) {
    Map<String, Object> map = r.nextBoolean() ? new LinkedHashMap<>() : new HashMap<>();
    int n = r.nextInt(depth == 0 ? 8 : 4);
    for (int i = 0; i < n; i++) {
      map.put(randomString(r), randomValue(r, depth + 1));
    }
    return map;
  }

  private static Object randomValue(Random r, int depth) {
    int kind = r.nextInt(depth > 3 ? 9 : 11);
    return switch (kind) {
      case 0 -> null;
      case 1 -> randomString(r);
      case 2 -> r.nextInt();
      case 3 -> r.nextLong();
      case 4 -> r.nextBoolean();
      case 5 -> switch (r.nextInt(4)) {
        case 0 -> r.nextDouble();
        case 1 -> (double) r.nextInt(1000);
        case 2 -> Double.longBitsToDouble(r.nextLong() & 0x7fefffffffffffffL);
        default -> r.nextGaussian() * 1e-5;
      };
      case 6 -> BigDecimal.valueOf(r.nextLong(), r.nextInt(20) - 5);
      case 7 -> BigInteger.valueOf(r.nextLong()).multiply(BigInteger.valueOf(r.nextLong()));
      case 8 -> (short) r.nextInt();
      case 9 -> randomObject(r, depth);
      default -> {
        List<Object> list = new ArrayList<>();
        int n = r.nextInt(4);
        for (int i = 0; i < n; i++) {
          list.add(randomValue(r, depth + 1));
        }
        yield r.nextBoolean() ? list : Set.copyOf(list.stream().filter(java.util.Objects::nonNull).toList());
      }
    };
  }

  private static String randomString(Random r) {
    int n = r.nextInt(12);
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      switch (r.nextInt(5)) {
        case 0 -> sb.append((char) r.nextInt(0x20));
        case 1 -> sb.append("\"\\/".charAt(r.nextInt(3)));
        case 2 -> sb.append((char) (0x80 + r.nextInt(0xD000)));
        case 3 -> sb.appendCodePoint(0x10000 + r.nextInt(0x1000));
        default -> sb.append((char) (0x20 + r.nextInt(0x5f)));
      }
    }
    return sb.toString();
  }

  record Point(int x, int y) {}
}
