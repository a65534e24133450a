package dev.amba.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The client's own executor for async calls. Each call blocks its thread for the request's
 * duration, so virtual threads (Java 21+) are the natural fit; the SDK compiles for 17, so they are
 * looked up at run time, with a daemon thread pool as the fallback.
 */
final class AsyncExecutors {

  private AsyncExecutors() {}

  static ExecutorService create(String projectId) {
    try {
      return (ExecutorService) MethodHandles.publicLookup()
          .findStatic(Executors.class, "newVirtualThreadPerTaskExecutor", MethodType.methodType(ExecutorService.class))
          .invoke();
    } catch (NoSuchMethodException | IllegalAccessException beforeJava21) {
      AtomicInteger n = new AtomicInteger();
      return Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "amba-async-" + projectId + "-" + n.incrementAndGet());
        t.setDaemon(true);
        return t;
      });
    } catch (Throwable unexpected) {
      throw new IllegalStateException("could not create the async executor", unexpected);
    }
  }
}
