package dev.amba.wire.collections;

import static dev.amba.collections.Where.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaBadRequestException;
import dev.amba.AmbaClient;
import dev.amba.AmbaConflictException;
import dev.amba.AmbaNotFoundException;
import dev.amba.OffsetPage;
import dev.amba.collections.ProjectCollections;
import dev.amba.collections.CollectionDefinition;
import dev.amba.collections.CollectionSchema;
import dev.amba.collections.CollectionSummary;
import dev.amba.collections.Column;
import dev.amba.collections.ColumnType;
import dev.amba.collections.Index;
import dev.amba.collections.Query;
import dev.amba.collections.SchemaChange;
import dev.amba.collections.UserCollection;
import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.AmbaEmulatorExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Schema administration with the server key, over the wire. */
@ExtendWith(AmbaEmulatorExtension.class)
class CollectionSchemaWireTest {

  private static UserCollection<Map<String, Object>> rows(AmbaEmulator emulator, AmbaClient amba, String name) {
    return amba.asUser(emulator.createUser(emulator.defaultProject())).collection(name);
  }

  @Test
  void define_thenDescribe_showsColumnsIndexesAndVersion(AmbaClient amba) {
    ProjectCollections admin = amba.collections();

    SchemaChange change = admin.define(CollectionDefinition.of("articles",
            Column.of("title", ColumnType.TEXT),
            Column.optional("score", ColumnType.INTEGER),
            Column.vector("embedding", 8).withNullable(true))
        .withIndex(Index.on("score desc", "created_at"))
        .withIndex(Index.unique("title")));

    assertThat(change).isEqualTo(new SchemaChange("articles", 1, "applied"));
    CollectionSchema schema = admin.describe("articles");
    assertThat(schema.name()).isEqualTo("articles");
    assertThat(schema.version()).isEqualTo(1);
    assertThat(schema.createdAt()).isNotNull();
    assertThat(schema.columns()).containsExactly(Column.of("title", ColumnType.TEXT),
        Column.optional("score", ColumnType.INTEGER), new Column("embedding", ColumnType.VECTOR, true, 8));
    assertThat(schema.indexes()).containsExactly(Index.on("score desc", "created_at"), Index.unique("title"));
  }

  @Test
  void define_twice_isACollectionExistsConflict(AmbaClient amba) {
    amba.collections().define(CollectionDefinition.of("twice", Column.of("a", ColumnType.TEXT)));

    assertThatThrownBy(() -> amba.collections().define(CollectionDefinition.of("twice", Column.of("b", ColumnType.TEXT))))
        .isInstanceOfSatisfying(AmbaConflictException.class, e -> assertThat(e.code()).isEqualTo("collection_exists"));
    assertThat(amba.collections().describe("twice").columns()).extracting(Column::name).containsExactly("a");
  }

  @Test
  void list_pagesThroughCollectionsByName(AmbaClient amba) {
    for (String name : List.of("list_c", "list_a", "list_b")) {
      amba.collections().define(CollectionDefinition.of(name, Column.of("x", ColumnType.TEXT)));
    }

    OffsetPage<CollectionSummary> page = amba.collections().list(1000, 0);
    List<String> names = page.items().stream().map(CollectionSummary::name).filter(n -> n.startsWith("list_")).toList();
    assertThat(names).containsExactly("list_a", "list_b", "list_c");
    assertThat(page.total()).isEqualTo(page.items().size());
    assertThat(amba.collections().list(1, 1).items()).hasSize(1);
    assertThat(amba.collections().listAll().map(CollectionSummary::name)).contains("list_a", "list_b", "list_c")
        .doesNotHaveDuplicates();
    assertThatIllegalArgumentException().isThrownBy(() -> amba.collections().list(0, 0));
  }

  @Test
  void addColumn_makesItWritableAndBumpsTheVersion(AmbaEmulator emulator, AmbaClient amba) {
    amba.collections().define(CollectionDefinition.of("growing", Column.of("title", ColumnType.TEXT)));
    UserCollection<Map<String, Object>> growing = rows(emulator, amba, "growing");
    growing.insert(Map.of("title", "before"));

    SchemaChange change = amba.collections().addColumn("growing", Column.optional("rating", ColumnType.NUMERIC));

    assertThat(change.version()).isEqualTo(2);
    assertThat(change.isApplied()).isTrue();
    Map<String, Object> row = growing.insert(Map.of("title", "after", "rating", 4.5));
    assertThat(row.get("rating")).isEqualTo(new java.math.BigDecimal("4.5"));
    assertThat(growing.count(eq("rating", 4.5))).isEqualTo(1);
    assertThatThrownBy(() -> amba.collections().addColumn("growing", Column.of("required", ColumnType.TEXT)))
        .isInstanceOfSatisfying(AmbaConflictException.class, e -> assertThat(e.code()).isEqualTo("collection_not_empty"));
    assertThatThrownBy(() -> amba.collections().addColumn("growing", Column.optional("title", ColumnType.TEXT)))
        .isInstanceOfSatisfying(AmbaConflictException.class, e -> assertThat(e.code()).isEqualTo("column_exists"));
  }

  @Test
  void addUniqueIndex_isEnforcedOnInsert(AmbaEmulator emulator, AmbaClient amba) {
    amba.collections().define(CollectionDefinition.of("slugs", Column.of("slug", ColumnType.TEXT)));
    UserCollection<Map<String, Object>> slugs = rows(emulator, amba, "slugs");
    slugs.insert(Map.of("slug", "a"));

    amba.collections().addIndex("slugs", Index.unique("slug"));

    assertThatThrownBy(() -> slugs.insert(Map.of("slug", "a")))
        .isInstanceOfSatisfying(AmbaConflictException.class, e -> assertThat(e.code()).isEqualTo("unique_violation"));
    slugs.insert(Map.of("slug", "b"));
    assertThat(amba.collections().describe("slugs").indexes()).containsExactly(Index.unique("slug"));
    assertThatThrownBy(() -> amba.collections().addIndex("slugs", Index.on("missing")))
        .isInstanceOfSatisfying(AmbaBadRequestException.class, e -> assertThat(e.code()).isEqualTo("invalid_argument"));
  }

  @Test
  void addUniqueIndex_overDuplicates_isAConflict(AmbaEmulator emulator, AmbaClient amba) {
    amba.collections().define(CollectionDefinition.of("dupes", Column.of("k", ColumnType.INTEGER)));
    UserCollection<Map<String, Object>> dupes = rows(emulator, amba, "dupes");
    dupes.insert(Map.of("k", 1));
    dupes.insert(Map.of("k", 1));

    assertThatThrownBy(() -> amba.collections().addIndex("dupes", Index.unique("k")))
        .isInstanceOfSatisfying(AmbaConflictException.class, e -> assertThat(e.code()).isEqualTo("unique_violation"));
    assertThat(amba.collections().describe("dupes").indexes()).isEmpty();
  }

  @Test
  void dropColumn_needsItsConfirmationAndRemovesDataAndIndexes(AmbaEmulator emulator, AmbaClient amba) {
    amba.collections().define(CollectionDefinition.of("shrinking",
        Column.of("keep", ColumnType.TEXT), Column.optional("secret", ColumnType.TEXT))
        .withIndex(Index.on("secret", "keep")));
    UserCollection<Map<String, Object>> shrinking = rows(emulator, amba, "shrinking");
    shrinking.insert(Map.of("keep", "k", "secret", "s"));

    assertThatIllegalArgumentException().isThrownBy(() -> amba.collections().dropColumn("shrinking", "secret", "keep"))
        .withMessageContaining("confirmColumn must repeat the column name 'secret'");
    RawWire.Answer unconfirmed = new RawWire(emulator).admin("PATCH", "/collections/shrinking",
        "{\"drop_column\":\"secret\"}");
    assertThat(unconfirmed.status()).isEqualTo(400);
    assertThat(unconfirmed.code()).isEqualTo("confirmation_required");

    SchemaChange change = amba.collections().dropColumn("shrinking", "secret", "secret");

    assertThat(change.version()).isEqualTo(2);
    CollectionSchema schema = amba.collections().describe("shrinking");
    assertThat(schema.columns()).extracting(Column::name).containsExactly("keep");
    assertThat(schema.indexes()).isEmpty();
    assertThat(shrinking.find(Query.all()).items()).singleElement()
        .satisfies(row -> assertThat(row).containsEntry("keep", "k").doesNotContainKey("secret"));
    assertThatThrownBy(() -> amba.collections().dropColumn("shrinking", "secret", "secret"))
        .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> assertThat(e.code()).isEqualTo("column_not_found"));
    assertThatIllegalArgumentException().isThrownBy(() -> amba.collections().dropColumn("shrinking", "id", "id"))
        .withMessageContaining("server-managed");
  }

  @Test
  void drop_needsItsConfirmationAndRemovesEveryRow(AmbaEmulator emulator, AmbaClient amba) {
    amba.collections().define(CollectionDefinition.of("doomed", Column.of("x", ColumnType.TEXT)));
    rows(emulator, amba, "doomed").insert(Map.of("x", "1"));

    assertThatIllegalArgumentException().isThrownBy(() -> amba.collections().drop("doomed", "dooomed"))
        .withMessageContaining("confirmName must repeat the collection name 'doomed'");
    RawWire.Answer unconfirmed = new RawWire(emulator).admin("DELETE", "/collections/doomed?confirm=other", null);
    assertThat(unconfirmed.status()).isEqualTo(400);
    assertThat(unconfirmed.code()).isEqualTo("confirmation_required");

    amba.collections().drop("doomed", "doomed");

    assertThatThrownBy(() -> amba.collections().describe("doomed")).isInstanceOf(AmbaNotFoundException.class);
    assertThatThrownBy(() -> rows(emulator, amba, "doomed").count())
        .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> assertThat(e.code()).isEqualTo("collection_not_found"));
    amba.collections().define(CollectionDefinition.of("doomed", Column.of("y", ColumnType.INTEGER)));
    assertThat(rows(emulator, amba, "doomed").insert(Map.of("y", 1))).containsEntry("y", 1L).doesNotContainKey("x");
  }

  @Test
  void badNames_areRefusedBeforeSending(AmbaEmulator emulator, AmbaClient amba) {
    assertThatIllegalArgumentException().isThrownBy(() -> amba.collections().describe("pg_catalog"))
        .withMessageContaining("reserved prefix 'pg_'");
    assertThatIllegalArgumentException().isThrownBy(() -> amba.collections().describe("push_tokens"))
        .withMessageContaining("reserved");
    assertThatIllegalArgumentException().isThrownBy(() -> amba.collections().addColumn("ok", Column.of("x y", ColumnType.TEXT)))
        .withMessageContaining("column name 'x y'");
    assertThat(emulator.recordedRequests()).isEmpty();
  }

  @Test
  void badDefinitions_sentRaw_areAnsweredWithFieldErrors(AmbaEmulator emulator) {
    RawWire raw = new RawWire(emulator);

    RawWire.Answer reserved = raw.admin("POST", "/collections", "{\"name\":\"store_items\",\"columns\":[]}");
    assertThat(reserved.status()).isEqualTo(400);
    assertThat(reserved.firstFieldPath()).isEqualTo("name");

    RawWire.Answer badColumns = raw.admin("POST", "/collections", "{\"name\":\"bad_cols\",\"columns\":["
        + "{\"name\":\"id\",\"type\":\"text\"},{\"name\":\"v\",\"type\":\"vector\"},{\"name\":\"t\",\"type\":\"money\"},"
        + "{\"name\":\"x\\\"; DROP TABLE projects; --\",\"type\":\"text\"}]}");
    assertThat(badColumns.status()).isEqualTo(400);
    assertThat(badColumns.code()).isEqualTo("invalid_argument");
    assertThat(badColumns.json().getJsonObject("error").getJsonObject("details").getJsonArray("fields")).hasSize(4);

    RawWire.Answer badIndex = raw.admin("POST", "/collections", "{\"name\":\"bad_idx\",\"columns\":"
        + "[{\"name\":\"j\",\"type\":\"jsonb\"}],\"indexes\":[{\"columns\":[\"j\"]},{\"columns\":[\"nope desc\"]}]}");
    assertThat(badIndex.status()).isEqualTo(400);
    assertThat(badIndex.message()).contains("(and 1 more)");

    RawWire.Answer twoChanges = raw.admin("PATCH", "/collections/bad_idx",
        "{\"add_column\":{\"name\":\"a\",\"type\":\"text\"},\"drop_column\":\"a\"}");
    assertThat(twoChanges.status()).isEqualTo(400);
  }
}
