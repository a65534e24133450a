package dev.amba.internal.events;

import dev.amba.AmbaApiException;
import dev.amba.AmbaException;
import dev.amba.events.Event;
import dev.amba.events.EventPipeline;
import dev.amba.events.EventPipelineFailure;
import dev.amba.events.EventPipelineFullException;
import dev.amba.events.EventPipelineOptions;
import dev.amba.events.EventPipelineStats;
import dev.amba.events.IngestEvent;
import dev.amba.events.IngestResult;
import dev.amba.internal.ClientRuntime;
import dev.amba.internal.ProjectCalls;
import dev.amba.internal.UserIds;
import dev.amba.internal.util.Log;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * The event pipeline: a bounded FIFO queue and one sender thread. One sender keeps delivery in
 * acceptance order, which is what makes {@link #flush()} exact (everything up to a sequence number
 * is done) without per-event bookkeeping. The lock guards only the queue and counters; the sender
 * never holds it while sending.
 *
 * <p>Whatever one batch throws, an Error included, ends that batch only: it is reported as given up
 * and the sender goes on. A sender that died would leave every accepted event unreported, pending
 * forever, with every flush() waiting for it.
 */
final class BufferedEventPipeline implements EventPipeline {

  private static final long NEVER = Long.MAX_VALUE;

  private final ClientRuntime runtime;
  private final ProjectCalls calls;
  private final EventPipelineOptions options;
  private final Consumer<EventPipelineFailure> onFailure;
  private final Clock clock;

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition notFull = lock.newCondition();
  private final Condition work = lock.newCondition();
  private final Condition progress = lock.newCondition();
  private final ArrayDeque<Queued> queue = new ArrayDeque<>();
  private final Thread sender;

  // Guarded by lock.
  private long lastSeq;
  private long doneSeq;
  private long flushUpTo;
  private boolean closing;
  private long closeDeadlineNanos = NEVER;
  private long accepted;
  private long delivered;
  private long duplicates;
  private long failed;
  private long rejectedFull;
  private long requests;
  private long retries;
  /** The sender has returned: after close() has drained the queue, or by something beyond catching. */
  private boolean senderStopped;

  // Sender thread only.
  private boolean callbackFailureLogged;

  private record Queued(long seq, long enqueuedNanos, IngestEvent event) {}

  BufferedEventPipeline(ProjectCalls calls, EventPipelineOptions options) {
    this.runtime = calls.runtime();
    this.calls = calls;
    this.options = options;
    this.clock = runtime.config.clock();
    this.onFailure = options.onFailure() != null ? options.onFailure() : BufferedEventPipeline::logFailure;
    this.sender = new Thread(this::run, "amba-event-pipeline-" + runtime.config.projectId());
    // A daemon, so a forgotten close() cannot keep the JVM alive; close() is what delivers the tail.
    sender.setDaemon(true);
    sender.start();
  }

  @Override
  public void track(String uid, Event event) {
    UserIds.check(uid, "uid");
    Objects.requireNonNull(event, "event");
    // Stamped now: delivery may be seconds later, and the event happened now.
    IngestEvent item = IngestEvent.of(uid, event.timestamp().isPresent() ? event : event.at(clock.instant()));
    long waitNanos = options.offerTimeout().toNanos();
    lock.lock();
    try {
      while (queue.size() >= options.capacity()) {
        if (closing) {
          throw closedError();
        }
        if (senderStopped) {
          throw stoppedError();
        }
        if (waitNanos <= 0) {
          rejectedFull++;
          throw new EventPipelineFullException("the event pipeline stayed full (" + options.capacity()
              + " events) for " + options.offerTimeout().toMillis() + " ms; the event was not taken");
        }
        waitNanos = notFull.awaitNanos(waitNanos);
      }
      if (closing) {
        throw closedError();
      }
      if (senderStopped) {
        throw stoppedError();
      }
      queue.addLast(new Queued(++lastSeq, System.nanoTime(), item));
      accepted++;
      if (queue.size() >= options.batchSize()) {
        work.signal();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AmbaException("interrupted while waiting for room in the event pipeline", e);
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void flush() {
    if (Thread.currentThread() == sender) {
      throw new IllegalStateException("flush() was called on the event pipeline's own sender thread, i.e. from its"
          + " onFailure callback: it would wait for itself forever. Flush from another thread.");
    }
    lock.lock();
    try {
      long target = lastSeq;
      flushUpTo = Math.max(flushUpTo, target);
      work.signal();
      while (doneSeq < target) {
        if (senderStopped) {
          throw stoppedError();
        }
        progress.await();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AmbaException("interrupted while flushing the event pipeline", e);
    } finally {
      lock.unlock();
    }
  }

  @Override
  public EventPipelineStats stats() {
    lock.lock();
    try {
      return new EventPipelineStats(accepted, delivered, duplicates, failed, rejectedFull,
          accepted - delivered - failed, requests, retries);
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void close() {
    lock.lock();
    try {
      if (!closing) {
        closing = true;
        closeDeadlineNanos = System.nanoTime() + options.closeTimeout().toNanos();
        work.signal();
        notFull.signalAll();
      }
    } finally {
      lock.unlock();
    }
    if (Thread.currentThread() == sender) {
      // A close asked for from onFailure: waiting for the drain here would wait for this very thread.
      runtime.forget(this);
      return;
    }
    try {
      // The sender stops by the deadline on its own; the margin covers one last in-flight request.
      sender.join(options.closeTimeout().plus(runtime.config.requestTimeout()).plusSeconds(1).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    runtime.forget(this);
  }

  private void run() {
    try {
      while (true) {
        List<Queued> batch = nextBatch();
        if (batch == null) {
          return;
        }
        List<IngestEvent> events = new ArrayList<>(batch.size());
        for (Queued q : batch) {
          events.add(q.event());
        }
        try {
          deliver(events);
        } catch (Throwable t) {
          // Anything deliver() did not settle itself: a bug, a caller's HttpClient or Sleeper that
          // threw, an Error. The batch is given up like a refused one; the next may well go through.
          giveUp(events, unexpected(events.size(), t));
        } finally {
          lock.lock();
          try {
            doneSeq = batch.get(batch.size() - 1).seq();
            progress.signalAll();
          } finally {
            lock.unlock();
          }
        }
      }
    } finally {
      lock.lock();
      try {
        senderStopped = true;
        // Wakes flush() and track() callers, which must not wait for a sender that is gone.
        progress.signalAll();
        notFull.signalAll();
      } finally {
        lock.unlock();
      }
    }
  }

  /** Waits for a full batch, an old enough partial one, a flush or close; null when closed and empty. */
  private List<Queued> nextBatch() {
    lock.lock();
    try {
      while (true) {
        if (queue.isEmpty()) {
          if (closing) {
            return null;
          }
          work.awaitUninterruptibly();
          continue;
        }
        long age = System.nanoTime() - queue.peekFirst().enqueuedNanos();
        long intervalNanos = options.flushInterval().toNanos();
        boolean due = queue.size() >= options.batchSize() || closing || flushUpTo > doneSeq || age >= intervalNanos;
        if (due) {
          int n = Math.min(options.batchSize(), queue.size());
          List<Queued> batch = new ArrayList<>(n);
          for (int i = 0; i < n; i++) {
            batch.add(queue.pollFirst());
          }
          notFull.signalAll();
          return batch;
        }
        try {
          work.awaitNanos(intervalNanos - age);
        } catch (InterruptedException e) {
          // Only close() stops the sender.
        }
      }
    } finally {
      lock.unlock();
    }
  }

  private void deliver(List<IngestEvent> events) {
    List<Map<String, Object>> wire = new ArrayList<>(events.size());
    for (IngestEvent e : events) {
      wire.add(EventAdmin.wire(e));
    }
    for (int attempt = 1; ; attempt++) {
      RuntimeException failure;
      try {
        count(() -> requests++);
        IngestResult counts = EventAdmin.sendBatch(calls, wire);
        count(() -> {
          delivered += events.size();
          duplicates += counts.duplicates();
        });
        return;
      } catch (AmbaApiException e) {
        failure = e;
        if (!worthRetrying(e.status())) {
          giveUp(events, e);
          return;
        }
      } catch (AmbaException e) {
        failure = e;
      } catch (IllegalStateException e) {
        // The client was closed under us: nothing more can be sent.
        giveUp(events, e);
        return;
      }
      long remaining = remainingBeforeDeadline();
      if (remaining <= 0) {
        giveUp(events, failure);
        return;
      }
      count(() -> retries++);
      report(new EventPipelineFailure(events, failure, true));
      long cap = Math.min(options.maxRetryBackoff().toMillis(), 100L << Math.min(attempt, 20));
      long waitMillis = Math.min(ThreadLocalRandom.current().nextLong(cap + 1), TimeUnit.NANOSECONDS.toMillis(remaining));
      try {
        runtime.config.sleeper().sleep(Duration.ofMillis(waitMillis));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static boolean worthRetrying(int status) {
    return status == 408 || status == 429 || status >= 500;
  }

  private long remainingBeforeDeadline() {
    lock.lock();
    try {
      return closeDeadlineNanos == NEVER ? NEVER : closeDeadlineNanos - System.nanoTime();
    } finally {
      lock.unlock();
    }
  }

  private void giveUp(List<IngestEvent> events, RuntimeException cause) {
    count(() -> failed += events.size());
    report(new EventPipelineFailure(events, cause, false));
  }

  /**
   * The throwable is kept as the cause, but only its type goes into the message: the default
   * callback logs the message, and what a JDK or JSON class says may quote a header (a key) or a
   * value (event data).
   */
  private static AmbaException unexpected(int events, Throwable t) {
    return new AmbaException("the event pipeline gave up on a batch of " + events + " events: an unexpected "
        + t.getClass().getName() + " was thrown while sending it", t);
  }

  private void report(EventPipelineFailure failure) {
    try {
      onFailure.accept(failure);
    } catch (Throwable t) {
      // Once per pipeline: a callback that throws usually throws for every batch.
      if (!callbackFailureLogged) {
        callbackFailureLogged = true;
        Log.LOG.log(Level.WARNING, () -> "the event pipeline's onFailure callback threw " + t.getClass().getName()
            + where(t) + "; the pipeline goes on as if it had returned. Its message is not logged, as it may quote"
            + " event data; later throws of this pipeline's callback are not logged.");
      }
    }
  }

  /** The first frame of the caller's own code, to find the bug by. */
  private static String where(Throwable t) {
    StackTraceElement[] trace = t.getStackTrace();
    for (StackTraceElement frame : trace) {
      String c = frame.getClassName();
      if (!c.startsWith("java.") && !c.startsWith("jdk.") && !c.startsWith("sun.") && !c.startsWith("dev.amba.internal.")) {
        return " at " + frame;
      }
    }
    return trace.length > 0 ? " at " + trace[0] : "";
  }

  private void count(Runnable update) {
    lock.lock();
    try {
      update.run();
    } finally {
      lock.unlock();
    }
  }

  private IllegalStateException closedError() {
    return new IllegalStateException("this event pipeline is closed");
  }

  /** Only reachable if the sender met something beyond catching (out of memory while reporting). */
  private IllegalStateException stoppedError() {
    return new IllegalStateException("this event pipeline's sender has stopped; " + (lastSeq - doneSeq)
        + " accepted events were neither delivered nor reported (see stats())");
  }

  private static void logFailure(EventPipelineFailure f) {
    Log.LOG.log(Level.WARNING, () -> "event pipeline: a batch of " + f.events().size() + " events "
        + (f.willRetry() ? "failed and will be retried: " : "was given up: ") + f.cause().getMessage());
  }

  @Override
  public String toString() {
    return "EventPipeline{" + stats() + ", " + options + '}';
  }
}
