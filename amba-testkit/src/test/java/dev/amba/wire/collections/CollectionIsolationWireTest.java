package dev.amba.wire.collections;

import static dev.amba.collections.Where.eq;
import static dev.amba.collections.Where.isNotNull;
import static dev.amba.collections.Where.or;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaClient;
import dev.amba.AmbaNotFoundException;
import dev.amba.AmbaPermissionException;
import dev.amba.AmbaUser;
import dev.amba.collections.CollectionDefinition;
import dev.amba.collections.Column;
import dev.amba.collections.ColumnType;
import dev.amba.collections.Query;
import dev.amba.collections.UserCollection;
import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.AmbaEmulatorExtension;
import dev.amba.testkit.EmulatorProject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** User A's rows are invisible and untouchable for user B, by filter and by id alike. */
@ExtendWith(AmbaEmulatorExtension.class)
class CollectionIsolationWireTest {

  @BeforeAll
  static void schema(AmbaClient amba) {
    amba.collections().define(CollectionDefinition.of("notes", Column.of("body", ColumnType.TEXT)));
  }

  @Test
  void userB_cannotReadCountUpdateOrDeleteUserAsRows(AmbaEmulator emulator, AmbaClient amba) {
    AmbaUser a = amba.asUser(emulator.createUser(emulator.defaultProject()));
    AmbaUser b = amba.asUser(emulator.createUser(emulator.defaultProject()));
    UserCollection<Map<String, Object>> notesA = a.collection("notes");
    UserCollection<Map<String, Object>> notesB = b.collection("notes");
    Map<String, Object> secret = notesA.insert(Map.of("body", "a's secret"));
    String id = (String) secret.get("id");
    notesB.insert(Map.of("body", "b's note"));

    assertThat(notesB.get(id)).isEmpty();
    assertThat(notesB.find(Query.where(eq("id", id)).includeDeleted()).items()).isEmpty();
    assertThat(notesB.find(Query.where(or(eq("user_id", a.uid()), eq("body", "a's secret")))).items()).isEmpty();
    assertThat(notesB.count(eq("user_id", a.uid()))).isZero();
    assertThat(notesB.count(Query.where(isNotNull("id")).includeDeleted())).isEqualTo(1);
    assertThat(notesB.find(Query.all().limit(1000)).items()).extracting(r -> r.get("body")).containsExactly("b's note");
    assertThatThrownBy(() -> notesB.update(id, Map.of("body", "stolen")))
        .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> assertThat(e.code()).isEqualTo("not_found"));
    assertThatThrownBy(() -> notesB.delete(id))
        .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> assertThat(e.code()).isEqualTo("not_found"));

    assertThat(notesA.get(id)).contains(secret);
    assertThat(notesA.count()).isEqualTo(1);
  }

  @Test
  void userB_cannotPlantARowInUserAsName(AmbaEmulator emulator, AmbaClient amba) {
    AmbaUser a = amba.asUser(emulator.createUser(emulator.defaultProject()));
    AmbaUser b = amba.asUser(emulator.createUser(emulator.defaultProject()));
    Map<String, Object> forged = new LinkedHashMap<>();
    forged.put("body", "planted");
    forged.put("user_id", a.uid());

    assertThatThrownBy(() -> b.collection("notes").insert(forged))
        .isInstanceOfSatisfying(AmbaPermissionException.class, e -> assertThat(e.code()).isEqualTo("as_user_mismatch"));
    assertThat(a.collection("notes").count()).isZero();
  }

  @Test
  void deletedRowsOfAnotherUser_stayHiddenEvenWithIncludeDeleted(AmbaEmulator emulator, AmbaClient amba) {
    AmbaUser a = amba.asUser(emulator.createUser(emulator.defaultProject()));
    AmbaUser b = amba.asUser(emulator.createUser(emulator.defaultProject()));
    String id = (String) a.collection("notes").insert(Map.of("body", "x")).get("id");
    a.collection("notes").delete(id);

    assertThat(b.collection("notes").find(Query.all().includeDeleted()).items()).isEmpty();
    assertThat(a.collection("notes").find(Query.all().includeDeleted()).items()).hasSize(1);
  }

  @Test
  void anotherProjectsUsers_doNotSeeThisProjectsCollections(AmbaEmulator emulator, AmbaClient amba) {
    EmulatorProject other = emulator.createProject();
    String stranger = emulator.createUser(other);
    amba.asUser(emulator.createUser(emulator.defaultProject())).collection("notes").insert(Map.of("body", "ours"));

    try (AmbaClient otherClient = AmbaClient.configure(emulator.config(other))) {
      assertThatThrownBy(() -> otherClient.asUser(stranger).collection("notes").count())
          .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> assertThat(e.code()).isEqualTo("collection_not_found"));
    }
    assertThatThrownBy(() -> amba.asUser(stranger).collection("notes").count())
        .isInstanceOfSatisfying(AmbaPermissionException.class, e -> assertThat(e.code()).isEqualTo("project_mismatch"));
  }
}
