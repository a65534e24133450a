package dev.amba.testkit.internal.kit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amba.testkit.EmulatorProject;
import dev.amba.testkit.internal.ApiResponse;
import dev.amba.testkit.internal.Caller;
import dev.amba.testkit.internal.Handler;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One project's serialized writes run one at a time; a project's lock never holds up a write that does not take it. */
class ProjectLocksTest {

  private static Caller caller(String projectId) {
    return new Caller(new EmulatorProject(projectId, "ck", "sk", "pat"), null);
  }

  @Test
  void aSecondWriteOfTheProject_waitsUntilTheFirstReturns() throws Exception {
    ProjectLocks locks = new ProjectLocks();
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    List<String> order = new CopyOnWriteArrayList<>();
    Handler first = locks.serialized((request, c) -> {
      order.add("first in");
      inside.countDown();
      assertThat(release.await(30, TimeUnit.SECONDS)).isTrue();
      order.add("first out");
      return ApiResponse.ok(JsonValue.TRUE);
    });
    Handler second = locks.serialized((request, c) -> {
      order.add("second");
      return ApiResponse.ok(JsonValue.TRUE);
    });
    Thread a = new Thread(() -> call(first, "p1"));
    a.start();
    assertThat(inside.await(30, TimeUnit.SECONDS)).isTrue();
    Thread b = new Thread(() -> call(second, "p1"));
    b.start();
    // Awaits the condition itself: the second write is parked on the project's lock.
    while (!locks.hasWaiting("p1")) {
      Thread.onSpinWait();
    }
    assertThat(order).containsExactly("first in");
    release.countDown();
    a.join(30_000);
    b.join(30_000);
    assertThat(order).containsExactly("first in", "first out", "second");
  }

  @Test
  void theLockIsReleased_whenTheHandlerThrows() throws Exception {
    ProjectLocks locks = new ProjectLocks();
    Handler failing = locks.serialized((request, c) -> {
      throw new IllegalStateException("boom");
    });
    try {
      failing.handle(null, caller("p1"));
    } catch (IllegalStateException expected) {
      assertThat(expected).hasMessage("boom");
    }
    Thread other = new Thread(() -> call(locks.serialized((r, c) -> ApiResponse.ok(JsonValue.TRUE)), "p1"));
    other.start();
    other.join(30_000);
    assertThat(other.isAlive()).isFalse();
    assertThat(locks.hasWaiting("p1")).isFalse();
  }

  private static void call(Handler handler, String projectId) {
    try {
      handler.handle(null, caller(projectId));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
