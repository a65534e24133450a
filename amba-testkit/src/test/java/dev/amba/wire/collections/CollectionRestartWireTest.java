package dev.amba.wire.collections;

import static dev.amba.collections.Where.gte;
import static org.assertj.core.api.Assertions.assertThat;

import dev.amba.AmbaClient;
import dev.amba.Page;
import dev.amba.collections.CollectionDefinition;
import dev.amba.collections.Column;
import dev.amba.collections.ColumnType;
import dev.amba.collections.Direction;
import dev.amba.collections.Index;
import dev.amba.collections.Query;
import dev.amba.collections.UserCollection;
import dev.amba.testkit.AmbaEmulator;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With a data directory, collections, their schema changes and their rows survive a restart. */
class CollectionRestartWireTest {

  @Test
  void restart_keepsCollectionsRowsAndCursors(@TempDir Path dir) {
    String uid;
    String cursor;
    List<Map<String, Object>> before;
    try (AmbaEmulator first = AmbaEmulator.builder().dataDirectory(dir).quiet(true).start();
        AmbaClient amba = AmbaClient.configure(first.config())) {
      amba.collections().define(CollectionDefinition.of("kept",
          Column.of("title", ColumnType.TEXT), Column.optional("score", ColumnType.INTEGER))
          .withIndex(Index.unique("title")));
      amba.collections().addColumn("kept", Column.optional("meta", ColumnType.JSONB));
      uid = first.createUser(first.defaultProject());
      UserCollection<Map<String, Object>> kept = amba.asUser(uid).collection("kept");
      for (int i = 0; i < 10; i++) {
        kept.insert(Map.of("title", "t" + i, "score", i, "meta", Map.of("i", i)));
      }
      kept.delete((String) kept.find(Query.where(dev.amba.collections.Where.eq("title", "t0"))).items().get(0).get("id"));
      Page<Map<String, Object>> page = kept.find(Query.where(gte("score", 0)).orderBy("score", Direction.DESC).limit(4));
      cursor = page.nextCursor();
      before = kept.find(Query.all().limit(100)).items();
    }

    try (AmbaEmulator second = AmbaEmulator.builder().dataDirectory(dir).quiet(true).start();
        AmbaClient amba = AmbaClient.configure(second.config())) {
      UserCollection<Map<String, Object>> kept = amba.asUser(uid).collection("kept");

      assertThat(amba.collections().describe("kept").version()).isEqualTo(2);
      assertThat(kept.find(Query.all().limit(100)).items()).isEqualTo(before).hasSize(9);
      assertThat(kept.count(Query.all().includeDeleted())).isEqualTo(10);
      assertThat(kept.find(Query.where(gte("score", 0)).orderBy("score", Direction.DESC).limit(4).cursor(cursor))
          .items()).extracting(r -> r.get("score")).containsExactly(5L, 4L, 3L, 2L);
      assertThat(kept.insert(Map.of("title", "after restart")).get("title")).isEqualTo("after restart");
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> kept.insert(Map.of("title", "t1")))
          .isInstanceOf(dev.amba.AmbaConflictException.class);
      amba.collections().define(CollectionDefinition.of("added_later", Column.of("x", ColumnType.TEXT)));
    }

    try (AmbaEmulator third = AmbaEmulator.builder().dataDirectory(dir).quiet(true).start();
        AmbaClient amba = AmbaClient.configure(third.config())) {
      assertThat(amba.collections().listAll().map(c -> c.name())).contains("kept", "added_later");
      assertThat(amba.asUser(uid).collection("kept").count()).isEqualTo(10);
    }
  }
}
