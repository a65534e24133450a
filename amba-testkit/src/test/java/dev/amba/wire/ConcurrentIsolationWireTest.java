package dev.amba.wire;

import static dev.amba.collections.Where.eq;
import static org.assertj.core.api.Assertions.assertThat;

import dev.amba.AmbaClient;
import dev.amba.AmbaNotFoundException;
import dev.amba.AmbaPermissionException;
import dev.amba.collections.CollectionDefinition;
import dev.amba.collections.Column;
import dev.amba.collections.ColumnType;
import dev.amba.collections.Query;
import dev.amba.collections.UserCollection;
import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.AmbaEmulatorExtension;
import dev.amba.testkit.EmulatorProject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Many users through one client at once: each sees exactly its own rows, and two projects never cross. */
@ExtendWith(AmbaEmulatorExtension.class)
public class ConcurrentIsolationWireTest {

  private static final int USERS = 64;
  private static final int ROWS_EACH = 5;

  public record Note(String id, String userId, String owner, Integer n) {}

  @Test
  void sixtyFourThreadsActingForSixtyFourUsers_eachSeeOnlyTheirOwnRows(AmbaEmulator emulator, AmbaClient amba)
      throws Exception {
    amba.collections().define(CollectionDefinition.of("notes",
        Column.of("owner", ColumnType.TEXT), Column.of("n", ColumnType.INTEGER)));
    List<String> uids = new ArrayList<>();
    for (int i = 0; i < USERS; i++) {
      uids.add(emulator.createUser(emulator.defaultProject()));
    }
    CyclicBarrier together = new CyclicBarrier(USERS);
    ExecutorService pool = Executors.newFixedThreadPool(USERS);
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      for (String uid : uids) {
        results.add(pool.submit(() -> {
          UserCollection<Note> notes = amba.asUser(uid).collection("notes", Note.class);
          together.await(60, TimeUnit.SECONDS);
          List<String> mine = new ArrayList<>();
          for (int n = 0; n < ROWS_EACH; n++) {
            mine.add(notes.insert(new Note(null, null, uid, n)).id());
          }
          together.await(60, TimeUnit.SECONDS);
          // Every user reads while all the others are writing and reading too.
          List<Note> seen = notes.findAll(Query.all().limit(2)).stream().toList();
          assertThat(seen).extracting(Note::userId).containsOnly(uid);
          assertThat(seen).extracting(Note::owner).containsOnly(uid);
          assertThat(seen).extracting(Note::id).containsExactlyInAnyOrderElementsOf(mine);
          assertThat(notes.count()).isEqualTo(ROWS_EACH);
          assertThat(notes.count(eq("owner", uids.get((uids.indexOf(uid) + 1) % USERS)))).isZero();
          return mine;
        }));
      }
      Set<String> all = new java.util.HashSet<>();
      for (Future<List<String>> f : results) {
        all.addAll(f.get(2, TimeUnit.MINUTES));
      }
      assertThat(all).hasSize(USERS * ROWS_EACH);
    } finally {
      pool.shutdownNow();
    }
  }

  /** JSON-B reaches a bean's getters through a public lookup, which a non-public class fails. */
  static final class HiddenNote {
    public String getOwner() {
      return "x";
    }

    public Integer getN() {
      return 1;
    }
  }

  /** JSON-B reads a record through its fields, but builds one through its constructor, which must be public. */
  record PrivateNote(String id, String owner, Integer n) {}

  @Test
  void aRowClassJsonbCannotRead_isRefusedBeforeSending_namingTheClass(AmbaEmulator emulator, AmbaClient amba) {
    amba.collections().define(CollectionDefinition.of("hidden_notes",
        Column.of("owner", ColumnType.TEXT), Column.of("n", ColumnType.INTEGER)));
    String uid = emulator.createUser(emulator.defaultProject());
    emulator.clearRecordedRequests();
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> amba.asUser(uid).collection("hidden_notes", HiddenNote.class).insert(new HiddenNote()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(HiddenNote.class.getName())
        .hasMessageContaining("public");
    assertThat(emulator.recordedRequests()).isEmpty();

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> amba.asUser(uid).collection("hidden_notes",
            PrivateNote.class).insert(new PrivateNote(null, "y", 2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(PrivateNote.class.getName())
        .hasMessageContaining("public");
    assertThat(emulator.recordedRequests()).isEmpty();
  }

  @Test
  void twoClientsForTwoProjects_neverCross_underConcurrency(AmbaEmulator emulator) throws Exception {
    EmulatorProject a = emulator.createProject();
    EmulatorProject b = emulator.createProject();
    try (AmbaClient clientA = AmbaClient.configure(emulator.config(a));
        AmbaClient clientB = AmbaClient.configure(emulator.config(b))) {
      for (AmbaClient c : List.of(clientA, clientB)) {
        c.collections().define(CollectionDefinition.of("notes",
            Column.of("owner", ColumnType.TEXT), Column.of("n", ColumnType.INTEGER)));
      }
      String userA = emulator.createUser(a);
      String userB = emulator.createUser(b);
      ExecutorService pool = Executors.newFixedThreadPool(16);
      try {
        List<Future<?>> writes = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
          int n = i;
          writes.add(pool.submit(() -> {
            boolean even = n % 2 == 0;
            (even ? clientA.asUser(userA) : clientB.asUser(userB)).collection("notes")
                .insert(Map.of("owner", even ? "a" : "b", "n", n));
          }));
        }
        for (Future<?> f : writes) {
          f.get(1, TimeUnit.MINUTES);
        }
      } finally {
        pool.shutdownNow();
      }
      assertThat(clientA.asUser(userA).collection("notes").findAll(Query.all()).stream()
          .map(r -> r.get("owner")).collect(Collectors.toSet())).containsExactly("a");
      assertThat(clientB.asUser(userB).collection("notes").findAll(Query.all()).stream()
          .map(r -> r.get("owner")).collect(Collectors.toSet())).containsExactly("b");
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> clientA.asUser(userB).collection("notes").count())
          .isInstanceOf(AmbaPermissionException.class);
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> clientB.users().get(userA))
          .isInstanceOf(AmbaNotFoundException.class);
    }
  }
}
