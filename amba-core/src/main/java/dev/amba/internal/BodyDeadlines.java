package dev.amba.internal;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * One timer thread per client that cuts off response bodies still arriving at their call's
 * deadline. {@code HttpRequest.timeout} ends once the headers are in; without this, a server that
 * starts answering and never finishes would hold the caller forever. Started on first use.
 */
final class BodyDeadlines {

  private final Lazy<ScheduledThreadPoolExecutor> timer;

  BodyDeadlines(String threadName) {
    this.timer = new Lazy<>(() -> {
      ScheduledThreadPoolExecutor created = new ScheduledThreadPoolExecutor(1, r -> {
        Thread thread = new Thread(r, threadName);
        thread.setDaemon(true);
        return thread;
      });
      // Nearly every deadline is cancelled because the body arrived; don't keep them queued.
      created.setRemoveOnCancelPolicy(true);
      return created;
    });
  }

  ScheduledFuture<?> schedule(Runnable task, long delayNanos) {
    return timer.get().schedule(task, delayNanos, TimeUnit.NANOSECONDS);
  }

  void close() {
    timer.ifMade(ScheduledThreadPoolExecutor::shutdownNow);
  }
}
