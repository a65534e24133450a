package dev.amba.wire.collections;

import static dev.amba.collections.Where.eq;
import static dev.amba.collections.Where.gte;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaApiException;
import dev.amba.AmbaBadRequestException;
import dev.amba.AmbaClient;
import dev.amba.AmbaNotFoundException;
import dev.amba.AmbaPermissionException;
import dev.amba.AmbaUser;
import dev.amba.Page;
import dev.amba.collections.CollectionDefinition;
import dev.amba.collections.Column;
import dev.amba.collections.ColumnType;
import dev.amba.collections.Direction;
import dev.amba.collections.Query;
import dev.amba.collections.UserCollection;
import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.AmbaEmulatorExtension;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Insert, get, find, count, update and soft delete for the acting user, over the wire. */
@ExtendWith(AmbaEmulatorExtension.class)
class CollectionCrudWireTest {

  /** A caller's own record; JSON-B maps createdAt to created_at and so on. */
  public record Post(String id, String userId, String title, String status, Integer score, Instant createdAt,
      Instant updatedAt, Instant deletedAt) {
    /** A new post: the server fills in the rest. (A second constructor would need @JsonbCreator.) */
    static Post of(String title, String status, Integer score) {
      return new Post(null, null, title, status, score, null, null, null);
    }
  }

  /** Every column type, read back into Java types. */
  public record Everything(String id, UUID ref, String body, int small, long big, BigDecimal amount, boolean flag,
      OffsetDateTime at, LocalDate day, Map<String, Object> meta, double[] embedding) {}

  @BeforeAll
  static void schema(AmbaClient amba) {
    amba.collections().define(CollectionDefinition.of("posts",
        Column.of("title", ColumnType.TEXT),
        Column.optional("status", ColumnType.TEXT),
        Column.optional("score", ColumnType.INTEGER)));
    amba.collections().define(CollectionDefinition.of("everything",
        Column.optional("ref", ColumnType.UUID),
        Column.optional("body", ColumnType.TEXT),
        Column.optional("small", ColumnType.INTEGER),
        Column.optional("big", ColumnType.BIGINT),
        Column.optional("amount", ColumnType.NUMERIC),
        Column.optional("flag", ColumnType.BOOLEAN),
        Column.optional("at", ColumnType.TIMESTAMPTZ),
        Column.optional("day", ColumnType.DATE),
        Column.optional("meta", ColumnType.JSONB),
        Column.vector("embedding", 3).withNullable(true)));
  }

  private static AmbaUser newUser(AmbaEmulator emulator, AmbaClient amba) {
    return amba.asUser(emulator.createUser(emulator.defaultProject()));
  }

  @Test
  void insert_returnsTheStoredRowWithItsServerManagedColumns(AmbaEmulator emulator, AmbaClient amba) {
    AmbaUser user = newUser(emulator, amba);
    Instant before = Instant.now().minusSeconds(5);

    Post stored = user.collection("posts", Post.class).insert(Post.of("Hello", "published", 120));

    assertThat(stored.id()).matches("[0-9a-f-]{36}");
    assertThat(stored.userId()).isEqualTo(user.uid());
    assertThat(stored.title()).isEqualTo("Hello");
    assertThat(stored.score()).isEqualTo(120);
    assertThat(stored.createdAt()).isAfter(before).isEqualTo(stored.updatedAt());
    assertThat(stored.deletedAt()).isNull();
    assertThat(user.collection("posts", Post.class).get(stored.id())).contains(stored);
  }

  @Test
  void untypedRows_areMapsWithWholeNumbersAsLong(AmbaEmulator emulator, AmbaClient amba) {
    UserCollection<Map<String, Object>> posts = newUser(emulator, amba).collection("posts");

    Map<String, Object> row = posts.insert(Map.of("title", "Hi", "score", 7));

    assertThat(row).containsEntry("title", "Hi").containsEntry("score", 7L).containsEntry("status", null)
        .containsKeys("id", "user_id", "created_at", "updated_at", "deleted_at");
    assertThat(posts.get((String) row.get("id"))).contains(row);
  }

  @Test
  void serverManagedColumnsInAnInsert_areIgnoredButAnotherUsersIdIsRefused(AmbaEmulator emulator, AmbaClient amba) {
    AmbaUser user = newUser(emulator, amba);
    String other = emulator.createUser(emulator.defaultProject());
    UserCollection<Map<String, Object>> posts = user.collection("posts");
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("title", "mine");
    claims.put("id", "00000000-0000-0000-0000-000000000000");
    claims.put("created_at", "2000-01-01T00:00:00Z");
    claims.put("user_id", user.uid());

    Map<String, Object> row = posts.insert(claims);

    assertThat(row.get("id")).isNotEqualTo("00000000-0000-0000-0000-000000000000");
    assertThat(row.get("created_at")).isNotEqualTo("2000-01-01T00:00:00Z");
    claims.put("user_id", other);
    assertThatThrownBy(() -> posts.insert(claims)).isInstanceOfSatisfying(AmbaPermissionException.class,
        e -> assertThat(e.code()).isEqualTo("as_user_mismatch"));
    assertThat(amba.asUser(other).collection("posts").count()).isZero();
  }

  @Test
  void get_givesEmptyForAnAbsentRowButStillThrowsForAMissingCollection(AmbaEmulator emulator, AmbaClient amba) {
    AmbaUser user = newUser(emulator, amba);

    assertThat(user.collection("posts").get(UUID.randomUUID().toString())).isEmpty();
    assertThatThrownBy(() -> user.collection("nope").get(UUID.randomUUID().toString()))
        .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> assertThat(e.code()).isEqualTo("collection_not_found"));
    assertThatIllegalArgumentException().isThrownBy(() -> user.collection("posts").get("1 OR 1=1"))
        .withMessageContaining("id must be a row id");
    assertThatIllegalArgumentException().isThrownBy(() -> user.collection("Posts"))
        .withMessageContaining("collection name");
  }

  @Test
  void find_filtersOrdersLimitsAndSelects(AmbaEmulator emulator, AmbaClient amba) {
    UserCollection<Post> posts = newUser(emulator, amba).collection("posts", Post.class);
    posts.insert(Post.of("a", "published", 50));
    posts.insert(Post.of("b", "published", 150));
    posts.insert(Post.of("c", "draft", 200));
    posts.insert(Post.of("d", "published", 100));

    Page<Post> page = posts.find(Query.where(dev.amba.collections.Where.and(eq("status", "published"), gte("score", 100)))
        .orderBy("score", Direction.DESC).limit(50));
    assertThat(page.items()).extracting(Post::title).containsExactly("b", "d");
    assertThat(page.hasMore()).isFalse();
    assertThat(page.nextCursor()).isNull();

    Page<Post> first = posts.find(Query.all().orderBy("title").limit(3));
    assertThat(first.items()).extracting(Post::title).containsExactly("a", "b", "c");
    assertThat(first.hasMore()).isTrue();
    Page<Post> second = posts.find(Query.all().orderBy("title").limit(3).cursor(first.nextCursor()));
    assertThat(second.items()).extracting(Post::title).containsExactly("d");

    Page<Post> narrow = posts.find(Query.where(eq("title", "a")).select("id", "title"));
    assertThat(narrow.items()).singleElement().satisfies(p -> {
      assertThat(p.title()).isEqualTo("a");
      assertThat(p.id()).isNotNull();
      assertThat(p.score()).isNull();
      assertThat(p.createdAt()).isNull();
    });
  }

  @Test
  void count_countsTheUsersLiveRows(AmbaEmulator emulator, AmbaClient amba) {
    UserCollection<Post> posts = newUser(emulator, amba).collection("posts", Post.class);
    Post a = posts.insert(Post.of("a", "published", 1));
    posts.insert(Post.of("b", "draft", 2));
    posts.insert(Post.of("c", "draft", null));
    posts.delete(a.id());

    assertThat(posts.count()).isEqualTo(2);
    assertThat(posts.count(eq("status", "draft"))).isEqualTo(2);
    assertThat(posts.count(Query.where(eq("status", "published")))).isZero();
    assertThat(posts.count(Query.where(eq("status", "published")).includeDeleted())).isEqualTo(1);
  }

  @Test
  void update_setsColumnsAndMovesUpdatedAt(AmbaEmulator emulator, AmbaClient amba) {
    UserCollection<Post> posts = newUser(emulator, amba).collection("posts", Post.class);
    Post p = posts.insert(Post.of("draft title", "draft", 1));
    Map<String, Object> set = new HashMap<>();
    set.put("status", "published");
    set.put("score", null);

    Post updated = posts.update(p.id(), set);

    assertThat(updated.status()).isEqualTo("published");
    assertThat(updated.score()).isNull();
    assertThat(updated.title()).isEqualTo("draft title");
    assertThat(updated.createdAt()).isEqualTo(p.createdAt());
    assertThat(updated.updatedAt()).isAfterOrEqualTo(p.updatedAt());
    assertThat(posts.get(p.id())).contains(updated);
  }

  @Test
  void update_refusesServerManagedAndUnknownColumns(AmbaEmulator emulator, AmbaClient amba) {
    AmbaUser user = newUser(emulator, amba);
    UserCollection<Post> posts = user.collection("posts", Post.class);
    Post p = posts.insert(Post.of("t", null, null));

    assertThatIllegalArgumentException().isThrownBy(() -> posts.update(p.id(), Map.of("user_id", "x")))
        .withMessageContaining("server-managed");
    assertThatIllegalArgumentException().isThrownBy(() -> posts.update(p.id(), Map.of()))
        .withMessageContaining("at least one column");
    RawWire.Answer raw = new RawWire(emulator).asUser(user.uid(), "PATCH", "/v1/client/collections/posts/" + p.id(),
        "{\"set\":{\"created_at\":\"2000-01-01T00:00:00Z\"}}");
    assertThat(raw.status()).isEqualTo(400);
    assertThat(raw.code()).isEqualTo("schema_violation");
    assertThatThrownBy(() -> posts.update(p.id(), Map.of("nope", 1)))
        .isInstanceOfSatisfying(AmbaBadRequestException.class, e -> {
          assertThat(e.code()).isEqualTo("invalid_argument");
          assertThat(e.details().toString()).contains("path=nope");
        });
    assertThatThrownBy(() -> posts.update(p.id(), Map.of("title", 5)))
        .isInstanceOfSatisfying(AmbaBadRequestException.class, e -> assertThat(e.code()).isEqualTo("schema_violation"));
    assertThatThrownBy(() -> posts.update(UUID.randomUUID().toString(), Map.of("title", "x")))
        .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> assertThat(e.code()).isEqualTo("not_found"));
  }

  @Test
  void delete_isSoft(AmbaEmulator emulator, AmbaClient amba) {
    UserCollection<Post> posts = newUser(emulator, amba).collection("posts", Post.class);
    Post p = posts.insert(Post.of("gone soon", null, null));

    posts.delete(p.id());

    assertThat(posts.get(p.id())).isEmpty();
    assertThat(posts.find(Query.all()).items()).isEmpty();
    assertThat(posts.find(Query.all().includeDeleted()).items()).singleElement()
        .satisfies(d -> assertThat(d.deletedAt()).isNotNull());
    assertThatThrownBy(() -> posts.delete(p.id())).isInstanceOf(AmbaNotFoundException.class);
    assertThatThrownBy(() -> posts.update(p.id(), Map.of("title", "back"))).isInstanceOf(AmbaNotFoundException.class);
  }

  @Test
  void insert_reportsSchemaViolationsAndUnknownColumns(AmbaEmulator emulator, AmbaClient amba) {
    UserCollection<Map<String, Object>> posts = newUser(emulator, amba).collection("posts");

    assertThatThrownBy(() -> posts.insert(Map.of("score", 1)))
        .isInstanceOfSatisfying(AmbaBadRequestException.class, e -> {
          assertThat(e.code()).isEqualTo("schema_violation");
          assertThat(e.getMessage()).contains("title").contains("NOT NULL");
        });
    assertThatThrownBy(() -> posts.insert(Map.of("title", "t", "score", "many")))
        .isInstanceOfSatisfying(AmbaBadRequestException.class, e -> {
          assertThat(e.code()).isEqualTo("schema_violation");
          assertThat(e.details().toString()).contains("path=score");
        });
    assertThatThrownBy(() -> posts.insert(Map.of("title", "t", "score", 1.5)))
        .isInstanceOfSatisfying(AmbaBadRequestException.class, e -> assertThat(e.code()).isEqualTo("schema_violation"));
    assertThatThrownBy(() -> posts.insert(Map.of("title", "t", "colour", "red")))
        .isInstanceOfSatisfying(AmbaBadRequestException.class, e -> {
          assertThat(e.code()).isEqualTo("invalid_argument");
          assertThat(e.details().toString()).contains("path=colour");
        });
    assertThat(posts.count()).isZero();
  }

  @Test
  void everyColumnType_roundTripsThroughATypedRow(AmbaEmulator emulator, AmbaClient amba) {
    AmbaUser user = newUser(emulator, amba);
    UUID ref = UUID.randomUUID();
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("ref", ref.toString());
    row.put("body", "héllo \"world\" 😀");
    row.put("small", Integer.MIN_VALUE);
    row.put("big", Long.MAX_VALUE);
    row.put("amount", new BigDecimal("12345678901234567890.123456789"));
    row.put("flag", true);
    row.put("at", "2024-05-01T12:00:00.123456+02:00");
    row.put("day", "2024-02-29");
    row.put("meta", Map.of("tags", List.of("a", "b"), "n", 1));
    row.put("embedding", List.of(0.1, -2.5, 3));

    Map<String, Object> stored = user.collection("everything").insert(row);
    Everything e = user.collection("everything", Everything.class).get((String) stored.get("id")).orElseThrow();

    assertThat(e.ref()).isEqualTo(ref);
    assertThat(e.body()).isEqualTo("héllo \"world\" 😀");
    assertThat(e.small()).isEqualTo(Integer.MIN_VALUE);
    assertThat(e.big()).isEqualTo(Long.MAX_VALUE);
    assertThat(e.amount()).isEqualByComparingTo("12345678901234567890.123456789");
    assertThat(e.flag()).isTrue();
    assertThat(e.at().toInstant()).isEqualTo(Instant.parse("2024-05-01T10:00:00.123456Z"));
    assertThat(e.day()).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(e.meta()).containsEntry("tags", List.of("a", "b"));
    assertThat(e.embedding()).containsExactly(0.1, -2.5, 3.0);
  }

  @Test
  void wrongTypesForEachColumnType_areSchemaViolations(AmbaEmulator emulator, AmbaClient amba) {
    UserCollection<Map<String, Object>> all = newUser(emulator, amba).collection("everything");
    Map<String, Object> bad = new LinkedHashMap<>();
    bad.put("ref", "not-a-uuid");
    bad.put("body", 12);
    bad.put("small", 3_000_000_000L);
    bad.put("big", new BigDecimal("1e30"));
    bad.put("amount", "12");
    bad.put("flag", "true");
    bad.put("at", "yesterday");
    bad.put("day", "2024-02-30");
    bad.put("embedding", List.of(1, 2));

    assertThatThrownBy(() -> all.insert(bad)).isInstanceOfSatisfying(AmbaApiException.class, e -> {
      assertThat(e.status()).isEqualTo(400);
      assertThat(e.code()).isEqualTo("schema_violation");
      assertThat(e.getMessage()).contains("(and 8 more)");
    });
  }
}
