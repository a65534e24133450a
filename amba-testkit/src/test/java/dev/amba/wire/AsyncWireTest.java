package dev.amba.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaClient;
import dev.amba.AmbaNotFoundException;
import dev.amba.collections.CollectionDefinition;
import dev.amba.collections.Column;
import dev.amba.collections.ColumnType;
import dev.amba.events.TrackResult;
import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.AmbaEmulatorExtension;
import dev.amba.users.AppUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** async(...) as the fan-out form of every namespace. */
@ExtendWith(AmbaEmulatorExtension.class)
class AsyncWireTest {

  @Test
  void fanOutAcrossUsers_completesWithEachUsersOwnResult(AmbaEmulator emulator, AmbaClient amba) {
    amba.collections().define(CollectionDefinition.of("async_notes", Column.of("owner", ColumnType.TEXT)));
    List<String> uids = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      uids.add(emulator.createUser(emulator.defaultProject()));
    }
    List<CompletableFuture<Long>> counts = new ArrayList<>();
    for (String uid : uids) {
      counts.add(amba.asUser(uid).async(u -> {
        u.collection("async_notes").insert(Map.of("owner", uid));
        u.events().track("fanned_out");
        return u.collection("async_notes").count();
      }));
    }
    CompletableFuture.allOf(counts.toArray(CompletableFuture[]::new)).orTimeout(2, TimeUnit.MINUTES).join();
    assertThat(counts).allSatisfy(f -> assertThat(f.join()).isEqualTo(1L));

    CompletableFuture<AppUser> admin = amba.async(c -> c.users().get(uids.get(0)));
    assertThat(admin.join().id()).isEqualTo(uids.get(0));
  }

  @Test
  void failures_completeTheFutureExceptionally(AmbaClient amba) {
    CompletableFuture<AppUser> f = amba.asUser("nobody_at_all").async(u -> u.users().me());
    assertThatThrownBy(f::join).isInstanceOf(CompletionException.class).hasCauseInstanceOf(AmbaNotFoundException.class);
  }

  @Test
  void callersExecutor_isUsedAndNeverShutDown(AmbaEmulator emulator) {
    AtomicInteger ran = new AtomicInteger();
    ExecutorService mine = Executors.newFixedThreadPool(2);
    try {
      AmbaClient amba = AmbaClient.configure(emulator.config().toBuilder()
          .executor(task -> mine.execute(() -> {
            ran.incrementAndGet();
            task.run();
          })).build());
      String uid = emulator.createUser(emulator.defaultProject());
      TrackResult r = amba.asUser(uid).async(u -> u.events().track("on_my_executor")).join();
      assertThat(r.tracked()).isEqualTo(1);
      assertThat(ran).hasValue(1);
      amba.close();
      assertThat(mine.isShutdown()).isFalse();
      assertThatThrownBy(() -> amba.asUser(uid).async(u -> u.users().me()))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    } finally {
      mine.shutdownNow();
    }
  }
}
