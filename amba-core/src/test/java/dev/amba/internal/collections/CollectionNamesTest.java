package dev.amba.internal.collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CollectionNamesTest {

  @ParameterizedTest
  @ValueSource(strings = {"posts", "a", "a1_b2", "user_profiles", "x23456789012345678901234567890123456789012345678901"})
  void collection_acceptsValidNames(String name) {
    if (name.length() > 50) {
      assertThatIllegalArgumentException().isThrownBy(() -> CollectionNames.collection(name, "name"))
          .withMessageContaining("1..50");
    } else {
      assertThat(CollectionNames.collection(name, "name")).isEqualTo(name);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1posts", "_posts", "Posts", "posts-2", "posts;drop", "pöst"})
  void collection_refusesMalformedNames(String name) {
    assertThatIllegalArgumentException().isThrownBy(() -> CollectionNames.collection(name, "name"))
        .withMessageStartingWith("name ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"pg_x", "coll_amba_x", "events_x", "media_x", "store_x", "xp_x", "app_users",
      "segments", "push_tokens", "push_campaigns"})
  void collection_refusesReservedNames(String name) {
    assertThatIllegalArgumentException().isThrownBy(() -> CollectionNames.collection(name, "name"))
        .withMessageContaining("reserved");
  }

  @Test
  void column_allowsUpperCaseAndUnderscoreStarts() {
    assertThat(CollectionNames.column("_Score2", "c")).isEqualTo("_Score2");
    assertThatIllegalArgumentException().isThrownBy(() -> CollectionNames.column("2x", "c"))
        .withMessageContaining("character 0 is '2'");
    assertThatIllegalArgumentException().isThrownBy(() -> CollectionNames.column("a\u0000", "c"))
        .withMessageContaining("U+0000");
    assertThatIllegalArgumentException().isThrownBy(() -> CollectionNames.userColumn("deleted_at", "c"))
        .withMessageContaining("server-managed");
  }

  @Test
  void rowId_mustBeAUuid() {
    assertThat(CollectionNames.rowId("123e4567-e89b-12d3-a456-426614174000", "id")).isNotNull();
    assertThatIllegalArgumentException().isThrownBy(() -> CollectionNames.rowId("../../users", "id"))
        .withMessageContaining("id must be a row id");
    assertThatIllegalArgumentException().isThrownBy(() -> CollectionNames.rowId("123e4567-e89b-12d3-a456-42661417400\u0661", "id"));
    assertThatIllegalArgumentException().isThrownBy(() -> CollectionNames.rowId(null, "id"));
  }
}
