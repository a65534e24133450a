package dev.amba.collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaTypesTest {

  @Test
  void columnType_isOpenToUnknownServerTypes() {
    assertThat(ColumnType.of("text")).isEqualTo(ColumnType.TEXT);
    assertThat(ColumnType.of("geometry").value()).isEqualTo("geometry");
    assertThat(ColumnType.TIMESTAMPTZ).hasToString("timestamptz");
  }

  @Test
  void column_refusesServerManagedNamesAndBadDimensions() {
    assertThatIllegalArgumentException().isThrownBy(() -> Column.of("created_at", ColumnType.TIMESTAMPTZ))
        .withMessageContaining("'created_at' is server-managed");
    assertThatIllegalArgumentException().isThrownBy(() -> Column.of("bad-name", ColumnType.TEXT))
        .withMessageContaining("column name 'bad-name'");
    assertThatIllegalArgumentException().isThrownBy(() -> Column.vector("v", 0)).withMessageContaining("1..4096");
    assertThatIllegalArgumentException().isThrownBy(() -> Column.vector("v", 4097)).withMessageContaining("4097");
    assertThatIllegalArgumentException().isThrownBy(() -> Column.of("v", ColumnType.VECTOR))
        .withMessageContaining("needs a dimension");
    assertThatIllegalArgumentException().isThrownBy(() -> new Column("t", ColumnType.TEXT, false, 3))
        .withMessageContaining("only vector columns");
    assertThat(Column.vector("v", 4096).withNullable(true)).isEqualTo(new Column("v", ColumnType.VECTOR, true, 4096));
    assertThat(Column.optional("s", ColumnType.INTEGER).nullable()).isTrue();
  }

  @Test
  void index_acceptsColumnsWithOptionalDirection() {
    assertThat(Index.on("status", "score desc", "title ASC").columns()).containsExactly("status", "score desc", "title ASC");
    assertThat(Index.unique("slug").unique()).isTrue();
    assertThatIllegalArgumentException().isThrownBy(() -> Index.on()).withMessageContaining("at least one column");
    assertThatIllegalArgumentException().isThrownBy(() -> Index.on("score downwards"))
        .withMessageContaining("' asc' or ' desc'");
    assertThatIllegalArgumentException().isThrownBy(() -> Index.on("a;b")).withMessageContaining("index column");
  }

  @Test
  void definition_checksTheNameAndRepeatedColumns() {
    CollectionDefinition d = CollectionDefinition.of("posts", Column.of("title", ColumnType.TEXT))
        .withColumn(Column.optional("score", ColumnType.INTEGER)).withIndex(Index.on("score desc"));
    assertThat(d.columns()).extracting(Column::name).containsExactly("title", "score");
    assertThat(d.indexes()).hasSize(1);
    assertThatIllegalArgumentException().isThrownBy(() -> CollectionDefinition.of("Posts"))
        .withMessageContaining("collection name must start with a lowercase letter");
    assertThatIllegalArgumentException().isThrownBy(() -> CollectionDefinition.of("pg_posts"))
        .withMessageContaining("reserved prefix 'pg_'");
    assertThatIllegalArgumentException().isThrownBy(() -> CollectionDefinition.of("segments"))
        .withMessageContaining("'segments' is reserved");
    assertThatIllegalArgumentException().isThrownBy(() -> CollectionDefinition.of("a".repeat(51)))
        .withMessageContaining("1..50");
    assertThatIllegalArgumentException().isThrownBy(() -> CollectionDefinition.of("posts",
        List.of(Column.of("t", ColumnType.TEXT), Column.of("t", ColumnType.INTEGER))))
        .withMessageContaining("'t' is declared twice");
    assertThat(new SchemaChange("posts", 2, "applied").isApplied()).isTrue();
    assertThat(new SchemaChange("posts", 2, "pending").isApplied()).isFalse();
  }
}
